/** Brings a clause itself into view: every scroller between the page and the range, across shadow roots and
 *  same-origin frames, is scrolled by the range's own rects, and the rects are mapped to the top page for the card. */

interface Box { left: number; top: number; right: number; bottom: number }

const frameOf = (win: Window): Element | null => {
  try { return win.frameElement; } catch { return null; } // a cross-origin parent: stop there
};

/** The range's line boxes, in the viewport of its own document. */
function ownRects(range: Range): DOMRect[] {
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** The box around a clause's line boxes. */
export function boundsOf(rects: readonly DOMRectReadOnly[]): Box | null {
  if (!rects.length) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)), top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)), bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/** Where a frame's viewport starts in its parent's viewport (inside its border and padding). */
function frameOrigin(frame: Element): { x: number; y: number } {
  const r = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const px = (v: string | undefined) => Number.parseFloat(v ?? '') || 0;
  return { x: r.left + frame.clientLeft + px(style?.paddingLeft), y: r.top + frame.clientTop + px(style?.paddingTop) };
}

/** The range's rects in the viewport of `top` (the page the card lives in), through same-origin frames. */
export function clauseRects(range: Range, top: Document): DOMRect[] {
  let rects = ownRects(range);
  let win = range.startContainer.ownerDocument?.defaultView ?? null;
  while (win && win.document !== top) {
    const frame = frameOf(win);
    if (!frame) break;
    const o = frameOrigin(frame);
    rects = rects.map((r) => new DOMRect(r.left + o.x, r.top + o.y, r.width, r.height));
    win = frame.ownerDocument.defaultView;
  }
  return rects;
}

function parentAcrossShadow(n: Node): Node | null {
  const p = n.parentNode;
  return p && p.nodeType === 11 && (p as ShadowRoot).host ? (p as ShadowRoot).host : p;
}

function isScroller(el: Element): boolean {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body) return false;
  const style = doc.defaultView?.getComputedStyle(el);
  if (!style) return false;
  // Vertical scrollers only: policies are read down the page (and the content script's budget is tight).
  return /auto|scroll|overlay/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
}

/** How far to scroll so that [start, end) sits in the middle of [from, from + size), or shows its start when longer.
 *  Nothing when it is already in the middle half, which leaves the card room above or below it. */
function centreDelta(start: number, end: number, from: number, size: number): number {
  if (start >= from + size / 4 && end <= from + size * 0.75) return 0;
  const length = Math.min(end - start, size);
  return start - from - (size - length) / 2;
}

/** Scrolls every scroller that holds the range, then the windows up to the top page, so the clause is on screen. */
export function scrollRangeIntoView(range: Range): void {
  let win = range.startContainer.ownerDocument?.defaultView ?? null;
  let node: Node | null = range.commonAncestorContainer;
  // The range's box in the current window's viewport, recomputed after each scroll.
  let boxIn: () => Box | null = () => boundsOf(ownRects(range));
  while (win && node) {
    for (let n: Node | null = node; n; n = parentAcrossShadow(n)) {
      if (n.nodeType !== 1 || !isScroller(n as Element)) continue;
      const el = n as Element;
      const b = boxIn();
      if (!b) return;
      const r = el.getBoundingClientRect();
      const top = r.top + el.clientTop;
      el.scrollBy({ top: centreDelta(b.top, b.bottom, top, el.clientHeight), behavior: 'instant' });
    }
    const b = boxIn();
    if (!b) return;
    win.scrollBy({ top: centreDelta(b.top, b.bottom, 0, win.innerHeight), behavior: 'instant' });
    const frame = frameOf(win);
    if (!frame) return;
    const inner = boxIn;
    boxIn = () => {
      const ib = inner();
      if (!ib) return null;
      const o = frameOrigin(frame);
      return { left: ib.left + o.x, top: ib.top + o.y, right: ib.right + o.x, bottom: ib.bottom + o.y };
    };
    node = parentAcrossShadow(frame);
    win = frame.ownerDocument.defaultView;
  }
}
