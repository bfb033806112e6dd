/** Inline highlights of flagged clauses: CSS Custom Highlight API, or an overlay where it is missing. */
import { KIND_COLOURS, KIND_PRIORITY, KINDS, type Kind } from '../present/kind';

export interface Marked {
  id: string;
  /** How it is shown (kindOf): its colour on the page. */
  kind: Kind;
  range: Range;
}

const NAMES: Record<string, string> = {
  high: 'fineprint-high', medium: 'fineprint-medium', low: 'fineprint-low', info: 'fineprint-info', good: 'fineprint-good', focus: 'fineprint-focus',
};

// Translucent colours with an underline read on light and dark pages alike; risks worth reading get a thicker line.
const HIGHLIGHT_CSS = `${KINDS.map((k) => `::highlight(fineprint-${k}) { background-color: ${KIND_COLOURS[k].mark};${KIND_COLOURS[k].line ? ` text-decoration: underline ${KIND_COLOURS[k].line};` : ''} }`).join('\n')}
::highlight(fineprint-focus) { background-color: rgba(60, 120, 255, 0.45); }
`;

export function highlightApiAvailable(win: Window & typeof globalThis = window): boolean {
  return typeof (win as { Highlight?: unknown }).Highlight === 'function' && !!(win.CSS as { highlights?: unknown })?.highlights;
}

/** Adds the highlight stylesheet without touching the page's DOM (adoptedStyleSheets). */
function ensureStyles(doc: Document): void {
  const sheets = doc.adoptedStyleSheets;
  if (!sheets || sheets.some((s) => (s as CSSStyleSheet & { fineprint?: boolean }).fineprint)) return;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet() as CSSStyleSheet & { fineprint?: boolean };
  sheet.replaceSync(HIGHLIGHT_CSS);
  sheet.fineprint = true;
  doc.adoptedStyleSheets = [...sheets, sheet];
}

/** Highlights: one named Highlight per severity in every document that holds a marked range. */
export class Highlighter {
  private marks: Marked[] = [];
  private visible = true;
  private overlay: ((marks: Marked[]) => void) | null;
  private flashTimer = 0;

  constructor(overlay: ((marks: Marked[]) => void) | null = null) {
    this.overlay = overlay;
  }

  get all(): readonly Marked[] {
    return this.marks;
  }

  apply(marks: Marked[]): void {
    this.clear();
    this.marks = marks;
    this.render();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.render();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Emphasises one clause for a moment (jump from the popup). */
  focus(mark: Marked, ms = 2000): void {
    const win = mark.range.startContainer.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
    if (win && highlightApiAvailable(win)) {
      ensureStyles(win.document);
      const flash = new win.Highlight(mark.range);
      // Above every severity's colour, so the clause visibly changes whatever it was marked with.
      flash.priority = 10;
      win.CSS.highlights.set(NAMES.focus!, flash);
      win.clearTimeout(this.flashTimer);
      this.flashTimer = win.setTimeout(() => win.CSS.highlights.delete(NAMES.focus!), ms);
    }
  }

  clear(): void {
    for (const doc of this.documents()) {
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      if (win && highlightApiAvailable(win)) for (const name of Object.values(NAMES)) win.CSS.highlights.delete(name);
    }
    this.overlay?.([]);
  }

  private documents(): Document[] {
    const docs = new Set<Document>();
    for (const m of this.marks) if (m.range.startContainer.ownerDocument) docs.add(m.range.startContainer.ownerDocument);
    if (typeof document !== 'undefined') docs.add(document);
    return [...docs];
  }

  private render(): void {
    const shown = this.visible ? this.marks : [];
    const byDoc = new Map<Document, Marked[]>();
    for (const m of shown) {
      const doc = m.range.startContainer.ownerDocument;
      if (doc) byDoc.set(doc, [...(byDoc.get(doc) ?? []), m]);
    }
    const fallback: Marked[] = [];
    for (const doc of this.documents()) {
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      const marks = byDoc.get(doc) ?? [];
      if (!win || !highlightApiAvailable(win)) { fallback.push(...marks); continue; }
      ensureStyles(doc);
      for (const key of KINDS) {
        const ranges = marks.filter((m) => m.kind === key).map((m) => m.range);
        if (ranges.length) {
          const highlight = new win.Highlight(...ranges);
          // A clause with several findings shows its most severe colour.
          highlight.priority = KIND_PRIORITY[key];
          win.CSS.highlights.set(NAMES[key]!, highlight);
        }
        else win.CSS.highlights.delete(NAMES[key]!);
      }
    }
    this.overlay?.(fallback);
  }

  /** The mark under a point of the page, for the hover card. */
  markAt(doc: Document, x: number, y: number): Marked | null {
    const pos = caretAt(doc, x, y);
    if (!pos) return null;
    for (const m of this.marks) {
      if (m.range.startContainer.ownerDocument !== doc) continue;
      try {
        if (m.range.isPointInRange(pos.node, pos.offset)) {
          // The caret lands beside the nearest character: check that the pointer is really over the text.
          const rects = m.range.getClientRects();
          for (let i = 0; i < rects.length; i++) {
            const r = rects[i]!;
            if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
          }
        }
      } catch { /* a range whose nodes left the document */ }
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
