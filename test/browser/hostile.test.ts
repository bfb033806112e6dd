// Hostile pages in Chromium: a page can neither learn that Fineprint runs, nor switch it off, nor hide clauses from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allHighlightCount, browserUnavailable, highlightCentre, launchWithExtension, openPopup, renderedTexts, samplePolicy, serve,
  tabIdOf, type ExtensionBrowser,
} from './harness';

const skip = browserUnavailable();

/** The sample policy with a script that records every message the page receives. */
const listeningPolicy = () => samplePolicy().replace('<head>', `<head><script>
  window.__heard = [];
  window.addEventListener('message', (e) => { try { window.__heard.push(JSON.stringify(e.data)); } catch (err) { window.__heard.push(String(e.data)); } });
</script>`);

describe.skipIf(skip)('hostile pages in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/privacy/listening': listeningPolicy() });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  it('tells the page nothing: no message names the extension', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/privacy/listening`);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((m) => m.includes(b.extensionId) || m.includes('wxt'))).toEqual([]);
    await page.close();
  });

  it('keeps reading when the page fires WXT\'s "content script started" announcement back', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/privacy/listening`);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const before = await allHighlightCount(page);
    await page.evaluate((id) => {
      for (const entry of ['content', 'reader']) {
        const type = `${id}:${entry}:wxt:content-script-started`;
        const detail = { contentScriptName: entry, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, b.extensionId);
    await page.waitForTimeout(500);
    expect(await allHighlightCount(page)).toBe(before);
    // The card still answers the reader's own pointer.
    const at = await highlightCentre(page, 'fineprint-high', 'duration of your communications');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await renderedTexts(page)).some((t) => t.includes('Fineprint'))).toBe(true);
    // And the popup can still ask the page to scan again.
    const url = `${site.origin}/privacy/listening`;
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await expect.poll(() => popup.locator('#grade-heading').textContent(), { timeout: 10_000 }).toMatch(/^Grade [A-E]/);
    await popup.close();
    await page.close();
  });
});
