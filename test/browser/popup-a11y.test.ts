// The popup for keyboard and screen-reader users, in Chromium: axe-core finds nothing in any state, light or dark,
// English or Chinese; landmarks; names that start with what is shown; a keyboard walk to a clause and to the exports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messages';
import { buildReport } from '../../src/grading/build-report';
import { allHighlightCount, browserUnavailable, fixture, launchWithExtension, openPopup, samplePolicy, screenshot, serve, tabIdOf, type ExtensionBrowser } from './harness';

const skip = browserUnavailable();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }
declare const axe: { run(ctx: Document, options: object): Promise<{ violations: AxeViolation[]; passes: { id: string }[] }> };
declare const chrome: { storage: { session: { set(items: object): Promise<void> } } };

/** axe-core's violations, every rule including the experimental label-content-name-mismatch, as readable lines.
 *  Injected through evaluate: the extension page's CSP lets no added script tag run. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(() => axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } }));
  // axe really looked: contrast and landmarks were checked, not skipped.
  expect(passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'region']));
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No violation in the light or the dark colour scheme. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** What a screen reader hears for each button starts with what the button shows, and no plain element carries aria-label. */
async function expectHonestNames(page: Page): Promise<void> {
  const buttons = await page.getByRole('button').all();
  for (const button of buttons) {
    const shown = (await button.innerText()).replace(/\s+/g, ' ').trim().slice(0, 30);
    const name = await button.evaluate((b) => b.getAttribute('aria-label'));
    expect(name, `aria-label replaces "${shown}"`).toBeNull();
  }
  expect(await page.locator('span[aria-label], div[aria-label]:not([role]), p[aria-label]').count()).toBe(0);
}

const LANGUAGES = [
  { name: 'English', env: {}, grade: /^Grade [A-E]/, exports: 'Skip to exports', json: 'Export JSON', risks: 'Top risks' },
  { name: 'Chinese', env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' }, grade: /^等级 [A-E]/, exports: '跳到导出', json: '导出 JSON', risks: '主要风险' },
] as const;

describe.skipIf(skip).each(LANGUAGES)('the popup in $name, for keyboard and screen-reader users', (lang) => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/privacy': samplePolicy(), '/policy/changing': samplePolicy(), '/recipe': fixture('recipe.html') });
    b = await launchWithExtension({ env: lang.env });
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  async function scanned(path: string) {
    const page = await b.context.newPage();
    const url = `${site.origin}${path}`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(b.worker, url);
    const popup = await openPopup(b, tabId);
    await popup.getByRole('heading', { name: lang.grade }).waitFor();
    return { page, popup, tabId };
  }

  /** A state the background would write for a tab (scanning, an error, a report without findings). */
  async function popupInState(state: TabState) {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/recipe`);
    await page.bringToFront();
    const tabId = await tabIdOf(b.worker, `${site.origin}/recipe`);
    await b.worker.evaluate(([id, s]) => chrome.storage.session.set({ [`tab-${id}`]: s }), [tabId, state] as const);
    const popup = await openPopup(b, tabId);
    return { page, popup };
  }

  it('a report: landmarks, honest names, axe clean light and dark, with settings open too', async () => {
    const { page, popup } = await scanned('/privacy');
    await expect.poll(() => popup.getByRole('heading', { name: lang.risks }).count()).toBe(1);
    for (const role of ['banner', 'navigation', 'main', 'complementary'] as const) expect(await popup.getByRole(role).count(), role).toBe(1);
    await expectHonestNames(popup);
    await expectAccessible(popup, 'report');
    await screenshot(popup, `popup-a11y-${lang.name}-light`);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, `popup-a11y-${lang.name}-dark`);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.locator('summary').click();
    await expectAccessible(popup, 'settings open');
    await popup.close();
    await page.close();
  });

  it('a keyboard walk: the skip link reaches the exports in three stops; Tab reaches the top risks, Enter on one jumps to it', async () => {
    const { page, popup } = await scanned('/privacy');
    const focused = () => popup.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe(lang.exports);
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe(lang.json);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);

    // From the top again: past the skip link and the scorecard's clauses to the first of the top risks; Enter shows it on the page.
    await popup.reload();
    await popup.getByRole('heading', { name: lang.risks }).waitFor();
    const inTopRisks = () => popup.evaluate(() => !!document.activeElement?.closest('section[aria-labelledby="risks-heading"]'));
    let stops = 0;
    while (!(await inTopRisks()) && stops < 40) { await popup.keyboard.press('Tab'); stops++; }
    expect(await inTopRisks(), `no top risk within ${stops} tab stops`).toBe(true);
    expect((await focused()).length).toBeGreaterThan(40);
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('fineprint-focus')), { timeout: 5_000 }).toBe(true);
    await popup.close();
    await page.close();
  });

  it('what changed since the last visit', async () => {
    const first = await scanned('/policy/changing');
    await first.popup.close();
    site.set('/policy/changing', samplePolicy().replace('</article>', '<p>We may also share your voice messages with government agencies on request.</p></article>'));
    await first.page.reload();
    await expect.poll(() => allHighlightCount(first.page), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(b, first.tabId);
    await popup.locator('.changes').waitFor({ timeout: 10_000 });
    await expectAccessible(popup, 'changes');
    await popup.close();
    await first.page.close();
  });

  it('not a policy, scanning, an error, and a report without findings', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}/recipe`);
    const none = await openPopup(b, await tabIdOf(b.worker, `${site.origin}/recipe`));
    await none.locator('button.primary').waitFor();
    await expectAccessible(none, 'none');
    await none.close();
    await page.close();

    const empty = buildReport('This page says nothing about data at all, only the weather today.', { url: `${site.origin}/recipe`, title: 'Weather' });
    for (const [name, state] of [
      ['scanning', { status: 'scanning', url: `${site.origin}/recipe` }],
      ['error', { status: 'error', message: 'This page has no readable text.' }],
      ['no findings', { status: 'report', report: empty }],
    ] as [string, TabState][]) {
      const { page: p, popup } = await popupInState(state);
      await popup.locator('main').waitFor();
      await expectAccessible(popup, name);
      await popup.close();
      await p.close();
    }
  });
});
