// The built extension in Debian's Chromium: a policy page gets highlights, the popup shows its report.
import { READER_SCRIPT } from '../../src/page/policy-urls';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allHighlightCount, browserUnavailable, clickToolbarButton, EXTENSION_DIR, fixture, highlightedTexts, launchWithExtension, openPopup,
  samplePolicy, screenshot, serve, tabIdOf, type ExtensionBrowser,
} from './harness';

const skip = browserUnavailable();
const SPONSOR_SALE = 'We may sell your email address and reading history to data brokers.';

describe.skipIf(skip)('Fineprint in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({
      '/privacy-policy': samplePolicy(),
      '/recipes/lemon-cake': fixture('recipe.html'),
      // The control: the same recipe with one sentence of concern added.
      '/recipes/lemon-cake-sponsored': fixture('recipe.html').replace('</main>', `<p>${SPONSOR_SALE}</p></main>`),
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  it('builds an MV3 manifest with a worker, a content script, a popup and no required all-sites access', () => {
    const m = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeTruthy();
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
    for (const cs of m.content_scripts) for (const match of cs.matches) expect(match).not.toMatch(/^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*)$/);
  });

  it('keeps the engine out of the content script and the popup, and the content script within its size budget', () => {
    const read = (rel: string) => readFileSync(join(EXTENSION_DIR, rel));
    const popupChunks = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.startsWith('popup'));
    // compromise's pattern for a duration lives only in the engine; the background alone should carry it.
    // The fitted weights' citation is only in the engine (compromise, the old marker, left the engine).
    expect(read('background.js').toString()).toContain('Weights fitted by');
    for (const f of [READER_SCRIPT, ...popupChunks.map((c) => `chunks/${c}`)]) expect(read(f).toString(), f).not.toContain('Weights fitted by');
    expect(gzipSync(read(READER_SCRIPT), { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('highlights the flagged clauses of a policy page', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/privacy-policy`);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(10);
    const high = await highlightedTexts(page, 'fineprint-high');
    expect(high.some((t) => t.includes('the time, date and duration of your communications'))).toBe(true);
    expect(high.some((t) => t.includes('to comply with applicable laws or regulations'))).toBe(true);
    // Good signs are in the popup; the page marks them only when the reader asks for everything (test/browser/page.test.ts).
    expect(await highlightedTexts(page, 'fineprint-good')).toEqual([]);
    await screenshot(page, 'policy-highlights');
    await page.close();
  });

  it('shows the report in the popup for that tab', async () => {
    const page = await b.context.newPage();
    const url = `${site.origin}/privacy-policy`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await expect.poll(() => popup.locator('#grade-heading').textContent(), { timeout: 10_000 }).toMatch(/^Grade [A-E]/);
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Disclosure to authorities');
    expect(text).toContain('Data retention');
    // A retention period drawn on its finding. The popup lists the 25 weightiest risks, high ones first; the sample's
    // medium "two years" ranks 26th behind its many high risks and shows in the exports and the CLI report (test/cli/cli.test.ts).
    expect(text).toContain('period: indefinitely');
    await screenshot(popup, 'popup-report-light');
    await popup.close();
    await page.close();
  });

  /** A recipe the reader leaves alone by itself, then scanned as a user asks: the toolbar button grants
   *  activeTab, and "Scan this page" injects the reader into it. */
  async function scanWhenAsked(recipe: string) {
    const page = await b.context.newPage();
    const url = `${site.origin}/recipes/${recipe}`;
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await allHighlightCount(page)).toBe(0);
    await clickToolbarButton(b, url);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    return { page, popup };
  }

  it('does nothing by itself on a page that is not a policy, and shows no risk in it when asked to scan', async () => {
    const { page, popup } = await scanWhenAsked('lemon-cake');
    // A report came back (the page was read), and the recipe's "keeps for three days", "share it with friends"
    // and "sign up for our newsletter" show the reader no risk: no risk highlighted, none listed in the popup.
    // KNOWN WEAKNESS: the engine still lists "keeps for three days … freeze it" as a short retention period
    // (a "good sign"), so this asserts no risk rather than no finding at all. The control below shows the same
    // steps do flag a real clause.
    await popup.getByRole('heading', { name: /^Grade [A-E]/ }).waitFor({ timeout: 15_000 });
    expect(await popup.locator('header .summary').innerText()).toMatch(/No clauses of concern/);
    expect(await popup.getByRole('button', { name: /^(?:high|medium|low) .*Show on page/i }).allInnerTexts()).toEqual([]);
    for (const risk of ['fineprint-high', 'fineprint-medium', 'fineprint-low']) expect(await highlightedTexts(page, risk), risk).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('scans the same recipe with a sale clause added when asked, and flags that clause', async () => {
    // The control for the test above: the same recipe and the same steps, plus one sentence of concern.
    const { page, popup } = await scanWhenAsked('lemon-cake-sponsored');
    await expect.poll(() => highlightedTexts(page, 'fineprint-high'), { timeout: 15_000 }).toContain(SPONSOR_SALE);
    await expect.poll(() => popup.getByRole('button', { name: /^high Sale of data .*Show on page/i }).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
