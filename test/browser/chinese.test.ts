// A Chinese policy in Chromium: highlights, and a popup in Chinese when the browser speaks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlightCount, browserUnavailable, fixture, highlightedTexts, launchWithExtension, openPopup, screenshot, serve, tabIdOf, type ExtensionBrowser } from './harness';

const skip = browserUnavailable();

describe.skipIf(skip)('a Chinese policy in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/yinsi/zhiyin': fixture('zh-policy.html') });
    // Chromium on Linux takes its UI language from LANGUAGE/LANG (it ignores --lang there), and only for a
    // language whose strings are installed (Debian's chromium-l10n).
    b = await launchWithExtension({ env: { LANGUAGE: 'zh_CN:zh', LANG: 'zh_CN.UTF-8' } });
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  it('highlights the flagged Chinese clauses and reports them in a Chinese popup', async () => {
    const page = await b.context.newPage();
    const url = `${site.origin}/yinsi/zhiyin`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(10);
    const high = await highlightedTexts(page, 'fineprint-high');
    expect(high).toContain('我们会记录您的通讯对象以及通讯时间、日期和时长。');
    expect(high.some((t) => t.startsWith('根据法律法规的规定'))).toBe(true);
    expect(high).toContain('如果您不同意本指引，您将无法使用畅聊或保留您的账号。');
    await screenshot(page, 'zh-policy-highlights');
    const ui = await b.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(ui, 'Chromium\'s UI language (is chromium-l10n installed?)').toMatch(/^zh/);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.getByRole('heading', { name: /^等级 [A-E]/ }).waitFor({ timeout: 10_000 });
    const text = await popup.locator('main').innerText();
    expect(text).toContain('向政府机关披露');
    expect(text).toContain('数据保存');
    expect(text).not.toContain('Disclosure to authorities');
    await popup.getByRole('button', { name: '导出 JSON' }).waitFor();
    await screenshot(popup, 'zh-popup');
    await popup.close();
    await page.close();
  });
});

declare const chrome: { i18n: { getUILanguage(): string } };
