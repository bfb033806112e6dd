/** Extracts a page's readable text block by block, with a map from text offsets back to DOM text nodes. */

export interface TextRun {
  /** Offset of the run in the extracted text. */
  start: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

export interface PageText {
  text: string;
  runs: TextRun[];
}

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'NAV', 'IMG', 'PICTURE', 'MATH']);
// Containers whose computed visibility is worth asking the browser about.
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'DETAILS']);
const COOKIE_BANNER = /\b(?:cookie|consent|gdpr|cc)[-_]?(?:banner|bar|notice|popup|modal|dialog|overlay|consent)\b|onetrust|cookiebot|didomi|usercentrics|truste-consent/i;
/** The extension's own UI is never read back. */
export const FINEPRINT_HOST_ATTR = 'data-fineprint';
/** Text beyond this many characters is not read, so a huge page cannot hang the tab. */
export const MAX_CHARS = 2_000_000;

function isSiteChrome(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'FOOTER' || tag === 'HEADER') return !el.closest('main, article, [role="main"]');
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'search';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute(FINEPRINT_HOST_ATTR)) return true;
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  const id = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (id.length > 1 && COOKIE_BANNER.test(id)) return true;
  // checkVisibility exists in real browsers; it sees stylesheet-hidden content that inline styles do not.
  const check = (el as HTMLElement).checkVisibility;
  return typeof check === 'function' && CONTAINERS.has(el.tagName) && !check.call(el);
}

/** The element that holds the policy: main or article when they hold most of the text, else body. */
export function contentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const total = body.textContent?.length ?? 0;
  for (const sel of ['main', '[role="main"]', 'article']) {
    // Each candidate's text length once: textContent walks the whole subtree.
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of doc.querySelectorAll(sel)) {
      const length = el.textContent?.length ?? 0;
      if (length > bestLength) { best = el; bestLength = length; }
    }
    if (best && bestLength > total * 0.5) return best;
  }
  return body;
}

/** Reads the text under root: blocks end in newlines, white space folds, hidden and chrome parts are skipped. */
export function extractText(root: Element | null): PageText {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let last = '\n';

  const push = (s: string) => { parts.push(s); length += s.length; last = s[s.length - 1]!; };
  const breakBlock = () => { if (last !== '\n') push('\n'); };

  const readText = (node: Text) => {
    const raw = node.data;
    // Fold white space, but keep each kept character's place in the node.
    const re = /\S+|\s+/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      if (length >= MAX_CHARS) return;
      if (/^\s/.test(m[0])) {
        if (last !== ' ' && last !== '\n') push(' ');
        continue;
      }
      // Words one plain space apart in the same node map one to one: extend the run instead of adding one.
      const prev = runs[runs.length - 1];
      if (prev && prev.node === node && raw[m.index - 1] === ' ' && prev.nodeOffset + prev.length + 1 === m.index && prev.start + prev.length + 1 === length) {
        prev.length += 1 + m[0].length;
      } else {
        runs.push({ start: length, length: m[0].length, node, nodeOffset: m.index });
      }
      push(m[0]);
    }
  };

  // An explicit stack, not recursion: a hostile page 20,000 elements deep cannot overflow it.
  const END_BLOCK = null;
  const stack: (Node | typeof END_BLOCK)[] = root ? [root] : [];
  const pushChildren = (children: NodeListOf<ChildNode> | Node[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  while (stack.length && length < MAX_CHARS) {
    const node = stack.pop()!;
    if (node === END_BLOCK) { breakBlock(); continue; }
    if (node.nodeType === 3) { readText(node as Text); continue; }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1) {
      if (SKIP.has(el.tagName) || isHidden(el) || isSiteChrome(el)) continue;
      if (el.tagName === 'IFRAME') {
        let inner: Document | null = null;
        try { inner = (el as HTMLIFrameElement).contentDocument; } catch { inner = null; }
        if (inner?.body) { breakBlock(); stack.push(END_BLOCK, inner.body); }
        continue;
      }
      if (el.tagName === 'SLOT') { pushChildren((el as HTMLSlotElement).assignedNodes({ flatten: true })); continue; }
    }
    if (node.nodeType === 1 && BLOCK.has(el.tagName)) { breakBlock(); stack.push(END_BLOCK); }
    pushChildren(node.nodeType === 1 && el.shadowRoot ? el.shadowRoot.childNodes : node.childNodes);
  }
  return { text: parts.join(''), runs };
}

function runAt(runs: TextRun[], offset: number, preferEnd: boolean): TextRun | null {
  let lo = 0, hi = runs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return runs[0] ?? null;
  const r = runs[found]!;
  if (offset < r.start + r.length || (preferEnd && offset === r.start + r.length)) return r;
  // The offset is in folded white space: start at the next run, or end at this one.
  return preferEnd ? r : runs[found + 1] ?? null;
}

/** The DOM Range covering text offsets [start, end), across inline elements and text nodes. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  const a = runAt(page.runs, start, false);
  const b = runAt(page.runs, end, true);
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc || !a.node.isConnected || !b.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.nodeOffset + Math.max(0, Math.min(a.length, start - a.start)));
    range.setEnd(b.node, b.nodeOffset + Math.max(0, Math.min(b.length, end - b.start)));
  } catch {
    return null;
  }
  return range;
}
