// The popup in Chromium: exports download as files, a changed policy is reported, light and dark screenshots.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allHighlightCount, browserUnavailable, launchWithExtension, openPopup, samplePolicy, screenshot, serve, tabIdOf,
  type ExtensionBrowser,
} from './harness';

const skip = browserUnavailable();
const NEW_CLAUSE = 'We may also share your voice messages with government agencies on request.';

describe.skipIf(skip)('the popup in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/privacy': samplePolicy(), '/policy/changing': samplePolicy() });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  async function scannedPopup(path: string) {
    const page = await b.context.newPage();
    const url = `${site.origin}${path}`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.getByRole('heading', { name: /^Grade [A-E]/ }).waitFor();
    return { page, popup };
  }

  it('downloads JSON, CSV and Markdown exports named after the site and day', async () => {
    const { page, popup } = await scannedPopup('/privacy');
    const day = new Date().toISOString().slice(0, 10);
    const files: Record<string, string> = {};
    for (const [button, ext] of [['Export JSON', 'json'], ['Export CSV', 'csv'], ['Export Markdown', 'md']] as const) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(`fineprint-127.0.0.1-${day}.${ext}`);
      files[ext] = readFileSync((await download.path())!, 'utf8');
    }
    const json = JSON.parse(files.json!);
    expect(json.tool).toBe('fineprint');
    expect(json.url).toBe(`${site.origin}/privacy`);
    expect(json.findings.some((f: { tags: string[] }) => f.tags.includes('retention'))).toBe(true);
    expect(files.csv!.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('family,severity,polarity,tags,text,explanation,details,rule,id,url');
    expect(files.csv).toContain('to comply with applicable laws or regulations');
    expect(files.md).toContain('## Disclosure to authorities');
    await popup.close();
    await page.close();
  });

  it('reports a clause that is new since the last visit', async () => {
    const first = await scannedPopup('/policy/changing');
    await first.popup.close();
    site.set('/policy/changing', samplePolicy().replace('</article>', `<p>${NEW_CLAUSE}</p></article>`));
    await first.page.reload();
    await expect.poll(() => allHighlightCount(first.page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(b.worker, `${site.origin}/policy/changing`);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('heading', { name: 'Changed since your last visit' }).waitFor({ timeout: 10_000 });
    expect(await popup.locator('.changes').innerText()).toContain(`New: ${NEW_CLAUSE}`);
    const badge = await b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toMatch(/^[A-E]!$/);
    await screenshot(popup, 'popup-changes');
    await popup.close();
    await first.page.close();
  });

  it('renders in light and dark colour schemes', async () => {
    const { page, popup } = await scannedPopup('/privacy');
    await screenshot(popup, 'popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(23, 23, 28)');
    await screenshot(popup, 'popup-dark');
    await popup.close();
    await page.close();
  });
});

declare const chrome: {
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
};
