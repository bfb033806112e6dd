// Jump-to-clause from the popup lands on the clause itself, deep in a long block, inside a same-origin frame and
// inside a shadow root's scroll box; it flashes on screen and its card sits beside or above it, never over it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlightCount, browserUnavailable, fixture, launchWithExtension, openPopup, screenshot, serve, tabIdOf, type ExtensionBrowser } from './harness';

const skip = browserUnavailable();

interface Box { left: number; top: number; right: number; bottom: number }
interface Landing { rects: Box[]; text: string; visible: boolean; view: { width: number; height: number } }

/** The flashed clause (Fineprint's focus highlight) as the reader sees it: its line boxes in the top page's
 *  viewport, through frames, and whether the page shows the clause itself at its first line's centre (not a
 *  frame edge or a scroll box that hides it). A string: it runs in the page, across its frames. */
const LANDING = `(() => {
  const found = [];
  const visit = (win, dx, dy) => {
    const h = win.CSS.highlights.get('fineprint-focus');
    if (h) for (const r of h) found.push({ r, dx, dy });
    for (const f of win.document.querySelectorAll('iframe')) {
      let inner = null;
      try { inner = f.contentWindow; void inner.document; } catch { continue; }
      const fr = f.getBoundingClientRect(), cs = win.getComputedStyle(f);
      visit(inner, dx + fr.left + f.clientLeft + parseFloat(cs.paddingLeft), dy + fr.top + f.clientTop + parseFloat(cs.paddingTop));
    }
  };
  visit(window, 0, 0);
  if (found.length !== 1) return null;
  const { r, dx, dy } = found[0];
  const rects = [...r.getClientRects()].filter((b) => b.width && b.height)
    .map((b) => ({ left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy }));
  let visible = false;
  if (rects.length) {
    let x = (rects[0].left + rects[0].right) / 2, y = (rects[0].top + rects[0].bottom) / 2;
    let doc = document, el = doc.elementFromPoint(x, y);
    while (el && el.tagName === 'IFRAME') {
      const fr = el.getBoundingClientRect(), cs = getComputedStyle(el);
      x -= fr.left + el.clientLeft + parseFloat(cs.paddingLeft); y -= fr.top + el.clientTop + parseFloat(cs.paddingTop);
      doc = el.contentDocument; el = doc.elementFromPoint(x, y);
    }
    while (el && el.shadowRoot) { const inner = el.shadowRoot.elementFromPoint(x, y); if (!inner || inner === el) break; el = inner; }
    visible = !!el && el.contains(r.startContainer);
  }
  return { rects, text: r.toString(), visible, view: { width: innerWidth, height: innerHeight } };
})()`;

/** The card's box, read through the DevTools protocol (it lives in a closed shadow root), or null when hidden. */
async function cardBox(page: Page): Promise<Box | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: Node };
    let card: Node | null = null;
    const walk = (n: Node, inUi: boolean) => {
      const attrs = n.attributes ?? [];
      const cls = attrs.indexOf('class');
      if (inUi && n.nodeName === 'DIV' && cls >= 0 && attrs[cls + 1] === 'card') { card = n; return; }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, inUi || n.nodeName === 'FINEPRINT-UI');
    };
    walk(root, false);
    if (!card || (card as Node).attributes?.includes('hidden')) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: (card as Node).nodeId }) as { model: { border: number[] } };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  } finally {
    await cdp.detach();
  }
}

const overlap = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe.skipIf(skip)('Jump to a clause', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    site = await serve({
      '/privacy/jump-long-block': fixture('jump-long-block.html'),
      '/privacy/jump-iframe': fixture('jump-iframe.html'),
      '/privacy/jump-iframe-inner': fixture('jump-iframe-inner.html'),
      '/privacy/jump-shadow': fixture('jump-shadow.html'),
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  /** Opens the page, waits for its report, clicks the clause in the popup and reads where it landed. */
  async function jump(path: string, words: string): Promise<{ page: Page; landing: Landing; card: Box | null }> {
    const page = await b.context.newPage();
    await page.goto(`${site.origin}${path}`);
    const popup = await openPopup(b, await tabIdOf(b.worker, `${site.origin}${path}`));
    const item = popup.locator('button', { hasText: words }).first();
    await item.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await item.click();
    await expect.poll(() => page.evaluate(LANDING), { timeout: 5_000 }).not.toBeNull();
    const landing = (await page.evaluate(LANDING)) as Landing;
    const card = await cardBox(page);
    await popup.close();
    return { page, landing, card };
  }

  function expectLanded({ landing, card }: { landing: Landing; card: Box | null }, words: string): void {
    expect(landing.text).toContain(words);
    expect(landing.rects.length).toBeGreaterThan(0);
    for (const r of landing.rects) {
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(landing.view.height);
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(landing.view.width);
    }
    // Shown, not hidden behind a frame's edge or a scroll box.
    expect(landing.visible).toBe(true);
    expect(card).not.toBeNull();
    for (const r of landing.rects) expect(overlap(card!, r), `card ${JSON.stringify(card)} over ${JSON.stringify(r)}`).toBe(false);
  }

  it('to a clause thousands of pixels down a single long block', async () => {
    const words = 'share your account records';
    const got = await jump('/privacy/jump-long-block', words);
    expectLanded(got, words);
    expect(await got.page.evaluate(() => scrollY)).toBeGreaterThan(1500);
    await screenshot(got.page, 'jump-long-block');
    // Hovering the clause where it landed opens the same card, again off its lines.
    const r = got.landing.rects[0]!;
    await got.page.mouse.move(r.left + 30, (r.top + r.bottom) / 2);
    await got.page.waitForTimeout(200);
    const hovered = await cardBox(got.page);
    expect(hovered).not.toBeNull();
    for (const line of got.landing.rects) expect(overlap(hovered!, line)).toBe(false);
    await screenshot(got.page, 'hover-card-long-block');
    await got.page.close();
  });

  it('to a clause deep inside a same-origin frame below the fold', async () => {
    const words = 'keep a copy of every message';
    const got = await jump('/privacy/jump-iframe', words);
    expectLanded(got, words);
    await screenshot(got.page, 'jump-iframe');
    // The pointer elsewhere closes the card; over the clause inside the frame it opens it again, off the clause.
    await got.page.mouse.move(5, 5);
    await expect.poll(() => cardBox(got.page)).toBeNull();
    const r = got.landing.rects[0]!;
    await got.page.mouse.move(r.left + 20, (r.top + r.bottom) / 2);
    await expect.poll(() => cardBox(got.page), { timeout: 5_000 }).not.toBeNull();
    const card = (await cardBox(got.page))!;
    for (const line of got.landing.rects) expect(overlap(card, line)).toBe(false);
    await got.page.close();
  });

  it('to a clause in a shadow root, inside a box with its own scroll bar', async () => {
    const words = 'street addresses to garden centre chains';
    const got = await jump('/privacy/jump-shadow', words);
    expectLanded(got, words);
    await screenshot(got.page, 'jump-shadow');
    await got.page.close();
  });

  it('flashes the clause only for a moment', async () => {
    const got = await jump('/privacy/jump-long-block', 'share your account records');
    await expect.poll(() => got.page.evaluate(LANDING), { timeout: 5_000 }).toBeNull();
    expect(await allHighlightCount(got.page)).toBeGreaterThan(0);
    await got.page.close();
  });
});
