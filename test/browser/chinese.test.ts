// A Chinese policy in Chromium: highlights, and a popup in Chinese when the browser speaks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allHighlightCount, browserUnavailable, fixture, highlightCentre, highlightedTexts, launchWithExtension, openPopup, renderedTexts, screenshot, serve, tabIdOf, type ExtensionBrowser } from './harness';

const skip = browserUnavailable();

describe.skipIf(skip)('a Chinese policy in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/yinsi/zhiyin': fixture('zh-policy.html') });
    // On Linux Chromium takes its UI language from the environment (--lang is Windows-only).
    b = await launchWithExtension({ env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' } });
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

    // The card on the page speaks Chinese too.
    const at = await highlightCentre(page, 'fineprint-high', '我们会记录您的通讯对象');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await renderedTexts(page)).join('\n'), { timeout: 5_000 }).toContain('日志与元数据');
    expect((await renderedTexts(page)).join('\n')).toContain('即使不看消息内容，您和谁、何时、聊了多久也会暴露您的人际关系。');
    await screenshot(page, 'zh-card');

    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.getByRole('heading', { name: /^等级 [A-E] 得分 \d+\/100$/ }).waitFor({ timeout: 10_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('向政府机关披露');
    expect(text).toContain('您的数据可能被提供给警方、法院或政府');
    expect(text).toContain('period: 2 years');
    expect(await popup.locator('header .summary').innerText()).toMatch(/^高风险：/);
    await screenshot(popup, 'zh-popup');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 Markdown' }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('## 向政府机关披露');
    expect(md).toMatch(/^# Fineprint 报告：/);
    await popup.close();
    await page.close();
  });
});

declare const chrome: { i18n: { getUILanguage(): string } };
