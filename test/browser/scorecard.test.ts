// The scorecard in the popup of the real extension in Chromium: answers with their points, and a jump to the clause behind one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allHighlightCount, browserUnavailable, highlightedTexts, launchWithExtension, openPopup, samplePolicy, screenshot, serve, tabIdOf,
  type ExtensionBrowser,
} from './harness';

const skip = browserUnavailable();
const ADDRESS_BOOK = 'With your permission, we upload your address book to our servers so that we can tell you which of your contacts use Natter.';

describe.skipIf(skip)('the scorecard in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({ '/privacy': samplePolicy() });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  it('answers each question and jumps to the clause that decides an answer', async () => {
    const page = await b.context.newPage();
    const url = `${site.origin}/privacy`;
    await page.goto(url);
    await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    const card = popup.getByRole('region', { name: 'Scorecard' });
    await card.waitFor();
    const addressBook = card.getByRole('listitem').filter({ hasText: 'Is your address book uploaded?' }).first();
    await expect.poll(() => addressBook.locator('.answer-label').textContent()).toBe('Yes');
    expect(await addressBook.textContent()).toContain('0 of 6 points');
    const sells = card.getByRole('listitem').filter({ hasText: 'Does it sell or trade your data?' }).first();
    expect(await sells.locator('.answer-label').textContent()).toBe('No');
    await screenshot(popup, 'popup-scorecard');
    await addressBook.getByRole('button', { name: new RegExp(`^${ADDRESS_BOOK.slice(0, 40)}`) }).click();
    await expect.poll(() => highlightedTexts(page, 'fineprint-focus')).toEqual([ADDRESS_BOOK]);
    await popup.close();
    await page.close();
  });
});
