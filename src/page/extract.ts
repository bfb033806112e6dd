/** Extracts a page's readable text block by block, with a map from text offsets back to DOM text nodes. */

export interface TextRun {
  /** Offset of the run in the extracted text. */
  start: number;
  length: number;
  node: Text;
  nodeOffset: number;
  /** Its length in the node, when normalising changed it (a ligature, a mathematical letter). */
  nodeLength?: number;
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

// What a reader sees is what is analysed: invisible characters are dropped, compatibility forms read as their
// plain letters (NFKC), and look-alike letters from other scripts inside Latin words read as Latin.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ONLY_IGNORABLE = /^\p{Default_Ignorable_Code_Point}+$/u;
/** Cyrillic and Greek letters that look like Latin ones (a small hand-kept table: the content script has no room
 *  for Unicode's full confusables list). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i',
  ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T',
  Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J', ο: 'o', α: 'a', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', υ: 'u', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z',
  Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LATIN = /[A-Za-z]/;
const LETTER = /\p{L}/u;
const ALNUM = /^[\p{L}\p{N}]+$/u;
const PLAIN = /^[\x21-\x7e]*$/;

/** A word's characters as they are read: [text read, offset in the word, length in the word]. Null when the word
 *  reads as it is written. */
export function readWord(word: string): [string, number, number][] | null {
  if (PLAIN.test(word)) return null;
  const chars = [...word];
  // Fold look-alikes in a word that mixes them with Latin, or is made of nothing else ("сору").
  const fold = LATIN.test(word) || chars.every((c) => LOOK_ALIKES[c] !== undefined || !LETTER.test(c) || IGNORABLE.test(c));
  if (!IGNORABLE.test(word) && word.normalize('NFKC') === word && !(fold && chars.some((c) => LOOK_ALIKES[c] !== undefined))) return null;
  const out: [string, number, number][] = [];
  let at = 0;
  for (const c of chars) {
    if (!IGNORABLE.test(c)) {
      // Letters and digits only: NFKC would also turn Chinese full-width punctuation (，；：) into ASCII.
      const nfkc = c.normalize('NFKC');
      const plain = ALNUM.test(nfkc) ? nfkc : c;
      const read = fold ? [...plain].map((x) => LOOK_ALIKES[x] ?? x).join('') : plain;
      const last = out[out.length - 1];
      // Characters read one for one, side by side, stay one piece.
      if (last && read.length === c.length && last[0].length === last[2] && last[1] + last[2] === at) { last[0] += read; last[2] += c.length; }
      else out.push([read, at, c.length]);
    }
    at += c.length;
  }
  return out;
}

/** A string as it is read (see readWord), for detection's samples of the page. */
export function asRead(text: string): string {
  return text.replace(/[^\s\uFEFF]+|\uFEFF+/g, (w) => (w[0] === '\uFEFF' ? '' : readWord(w)?.map(([read]) => read).join('') ?? w));
}

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

// Elements that can host a shadow root (custom elements have a dash in their name); asking the browser about
// every other element would cost a call each for nothing.
const SHADOW_HOSTS = new Set(['DIV', 'SPAN', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'P', 'BLOCKQUOTE', 'BODY', 'HEADER', 'FOOTER']);

/** A closed shadow root, which pages hide from scripts but a reader sees: Chrome's chrome.dom, Firefox's
 *  openOrClosedShadowRoot (both only in extension content scripts). */
function closedShadowRoot(el: Element): ShadowRoot | null {
  if (!SHADOW_HOSTS.has(el.tagName) && !el.tagName.includes('-')) return null;
  try {
    const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
    if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(el) ?? null;
    return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  } catch {
    return null;
  }
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
        // U+FEFF counts as white space to JavaScript but shows as nothing.
        if (last !== ' ' && last !== '\n' && !ONLY_IGNORABLE.test(m[0])) push(' ');
        continue;
      }
      const pieces = readWord(m[0]);
      if (pieces) {
        for (const [read, offset, nodeLength] of pieces) {
          runs.push({ start: length, length: read.length, node, nodeOffset: m.index + offset, ...(nodeLength !== read.length ? { nodeLength } : {}) });
          push(read);
        }
        continue;
      }
      // Words one plain space apart in the same node map one to one: extend the run instead of adding one.
      const prev = runs[runs.length - 1];
      if (prev && prev.node === node && prev.nodeLength === undefined && raw[m.index - 1] === ' ' && prev.nodeOffset + prev.length + 1 === m.index && prev.start + prev.length + 1 === length) {
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
    const shadow = node.nodeType === 1 ? el.shadowRoot ?? closedShadowRoot(el) : null;
    pushChildren(shadow ? shadow.childNodes : node.childNodes);
  }
  return { text: parts.join(''), runs };
}

/** Where a text offset falls in a run's node; inside a run that normalising resized, at either end of it. */
function nodeOffsetAt(run: TextRun, offset: number): number {
  if (run.nodeLength !== undefined) return run.nodeOffset + (offset <= run.start ? 0 : run.nodeLength);
  return run.nodeOffset + Math.max(0, Math.min(run.length, offset - run.start));
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
    range.setStart(a.node, nodeOffsetAt(a, start));
    range.setEnd(b.node, nodeOffsetAt(b, end));
  } catch {
    return null;
  }
  return range;
}
