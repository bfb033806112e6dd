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

/** The sample policy with every text between tags rewritten by `rewrite` (the sample has no script or style). */
function rewritten(rewrite: (text: string) => string): string {
  const html = samplePolicy();
  const at = html.indexOf('<body>');
  return html.slice(0, at) + html.slice(at).replace(/>([^<]+)</g, (_, text: string) => `>${rewrite(text)}<`);
}
// A soft hyphen or a zero-width space inside every longer word: the page looks the same.
const invisible = () => rewritten((t) => t.replace(/\b([a-z]{2})([a-z]{2,})/gi, (_, a, b, i) => `${a}${i % 2 ? '\u00ad' : '\u200b'}${b}`));
// Cyrillic а, е, о for the Latin letters: the page looks the same.
const lookAlike = () => rewritten((t) => t.replace(/a/g, '\u0430').replace(/e/g, '\u0435').replace(/o/g, '\u043e'));
// The whole policy inside a closed shadow root.
const closedShadow = () => samplePolicy().replace('<body>', '<body><div id="host"></div><template id="policy">').replace('</body>', `</template>
  <script>document.getElementById('host').attachShadow({ mode: 'closed' }).append(document.getElementById('policy').content.cloneNode(true));</script></body>`);

// A clock that ticks every 300 ms, and the policy arriving a second after load: the page is never quiet.
const restless = () => `<!doctype html><html><head><title>Loading…</title></head><body><p id="clock">0</p><main id="app"></main>
  <template id="policy">${samplePolicy().split('<body>')[1]!.split('</body>')[0]}</template>
  <script>
    let n = 0;
    setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 300);
    setTimeout(() => { document.title = 'Privacy Policy'; document.getElementById('app').append(document.getElementById('policy').content.cloneNode(true)); }, 1000);
  </script></body></html>`;
// A single-page app: a click swaps in another policy and changes the address with history.pushState.
const singlePageApp = () => samplePolicy().replace('</body>', `<script>
  window.goToCookies = () => {
    document.body.innerHTML = '<h1>Cookie Policy</h1>' + ${JSON.stringify('<p>We sell your personal information to data brokers.</p><p>We use cookies and tracking pixels from advertising partners to follow you across websites.</p><p>' + 'This notice explains the cookies and similar technologies that the service uses. '.repeat(8) + '</p>')};
    history.pushState({}, '', '/privacy/app/cookies');
  };
</script></body>`);

describe.skipIf(skip)('hostile pages in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({
      '/privacy/listening': listeningPolicy(), '/privacy/plain': samplePolicy(), '/privacy/invisible': invisible(),
      '/privacy/look-alike': lookAlike(), '/privacy/closed-shadow': closedShadow(), '/privacy/restless': restless(),
      '/privacy/app': singlePageApp(), '/privacy/long': samplePolicy().replace(/<title>[^<]*<\/title>/, `<title>Privacy Policy ${'and more '.repeat(600)}</title>`),
    });
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

  /** The popup's grade line and report text for a page. */
  async function reportOf(path: string): Promise<{ grade: string; text: string }> {
    const page = await b.context.newPage();
    const url = `${site.origin}${path}`;
    await page.goto(url);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await expect.poll(() => popup.locator('#grade-heading').textContent(), { timeout: 15_000 }).toMatch(/^Grade [A-E]/);
    const out = { grade: (await popup.locator('#grade-heading').textContent()) ?? '', text: await popup.locator('main').innerText() };
    await popup.close();
    await page.close();
    return out;
  }

  it('reads clauses hidden by invisible characters, look-alike letters and a closed shadow root as the reader sees them', async () => {
    const plain = await reportOf('/privacy/plain');
    expect(plain.text).toContain('Disclosure to authorities');
    for (const path of ['/privacy/invisible', '/privacy/look-alike', '/privacy/closed-shadow']) {
      const hostile = await reportOf(path);
      expect(hostile.grade, path).toBe(plain.grade);
      expect(hostile.text, path).toContain('Disclosure to authorities');
    }
  }, 90_000);

  it('reads a late policy on a page that never stops changing', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/privacy/restless`);
    await expect.poll(() => allHighlightCount(page), { timeout: 12_000 }).toBeGreaterThan(5);
    await page.close();
  });

  it('follows a single-page app to its next policy (history.pushState)', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/privacy/app`);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    await page.evaluate(() => (window as unknown as { goToCookies(): void }).goToCookies());
    const url = `${site.origin}/privacy/app/cookies`;
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await expect.poll(async () => (await popup.locator('main').innerText().catch(() => '')), { timeout: 15_000 }).toContain('Sale of data');
    expect(await popup.locator('main').innerText()).not.toContain('Disclosure to authorities');
    await popup.close();
    await page.close();
  });

  it('reads a page whose title and address are far too long, cutting them rather than refusing the page', async () => {
    const page = await b.context.newPage();
    const url = `${site.origin}/privacy/long?${'q'.repeat(9000)}`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await expect.poll(() => popup.locator('#grade-heading').textContent(), { timeout: 10_000 }).toMatch(/^Grade [A-E]/);
    await popup.close();
    await page.close();
  });
});
