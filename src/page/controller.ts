/** The content script's work on a page: detect, extract, ask the background, highlight, and keep up with changes. */
import { onMessage, sendMessage, TITLE_CHARS, URL_CHARS, type PageAnswer, type PageScan } from '../messages';
import { rankFindings } from '../report/rank';
import type { PageFinding } from '../report/report';
import { DEFAULT_SETTINGS, isShown, readSettings, watchSettings, type Settings } from '../settings';
import { createPageUi, type PageUi } from './card';
import { pageFindings } from '../report/stored';
import { AUTO_SCAN_THRESHOLD, detectDocument } from './detect';
import { contentRoot, extractText, rangeFor, type PageText } from './extract';
import { Highlighter, highlightApiAvailable } from './highlight';
import { clauseRects, scrollRangeIntoView } from './jump';
import { extensionAlive, type Reader } from './lifecycle';
import { clauseKey, markOf, marksFor } from './marks';
import { RescanSchedule } from './rescan';
import { markNow, timed } from './timing';

/** A re-scan needs the text to change by at least this share (or its clauses to differ). */
const MATERIAL_CHANGE = 0.02;
/** A page that never settles into a policy stops being watched after this many checks. */
const MAX_DETECTIONS = 20;

export class PageController implements Reader {
  private page: PageText | null = null;
  private findings = new Map<string, PageFinding>();
  private ui: PageUi | null = null;
  private highlighter: Highlighter;
  private scannedText = '';
  private scanning = false;
  private forced = false;
  private detections = 0;
  private observer: MutationObserver | null = null;
  private settleTimer = 0;
  private hoverFrame = 0;
  /** The mark whose card the pointer opened. */
  private hovered: string | null = null;
  /** Same-origin frames whose clauses are marked, listened to for the pointer. */
  private framesHeard = new WeakSet<Document>();
  private cleanups: (() => void)[] = [];
  private settings: Settings = DEFAULT_SETTINGS;
  private navigated = false;
  private stoppedNow = false;
  private schedule = new RescanSchedule();
  /** Scans sent so far; an answer to an older one than the latest is not drawn. */
  private sent = 0;

  constructor(private doc: Document = document) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.highlighter = new Highlighter(highlightApiAvailable(win) ? null : (marks) => this.pageUi().drawOverlay(marks));
  }

  async start(forced: boolean): Promise<void> {
    this.forced = forced;
    this.settings = await readSettings();
    this.cleanups.push(watchSettings((s) => { this.settings = s; this.applyHighlights(); }));
    this.cleanups.push(
      onMessage('scanNow', () => { this.scanNow(); return true; }),
      onMessage('jumpTo', ({ data }) => this.jumpTo(data)),
      onMessage('setHighlightsVisible', ({ data }) => { this.highlighter.setVisible(data === true); return true; }),
    );
    // Only the reader's own pointer and keyboard open the card: a page's synthetic events could read what was found.
    this.listen(this.doc, 'mousemove', (e) => { if (e.isTrusted) this.onPointer(e as MouseEvent); });
    this.listen(this.doc, 'focusin', (e) => { if (e.isTrusted) this.onFocus(e.target); });
    // A navigation inside the page makes the background forget the tab's report: tell it again.
    this.listen(this.doc.defaultView!, 'popstate', () => this.onMutations(true));
    this.listen(this.doc.defaultView!, 'hashchange', () => this.onMutations(true));
    this.watchAddress();
    this.observer = new MutationObserver((records) => {
      if (this.orphaned()) return;
      if (records.some((r) => !(r.target instanceof Element && r.target.closest('fineprint-ui')))) this.onMutations();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (forced || (this.settings.autoScan && this.isPolicy())) void this.scan();
  }

  /** The page's address changed without a load (a single-page app's router): look again, and tell the worker. */
  onNavigation(): void {
    this.onMutations(true);
  }

  scanNow(): void {
    this.forced = true;
    void this.scan();
  }

  get stopped(): boolean {
    return this.stoppedNow;
  }

  /** Stops for good when the extension was reloaded or removed; nothing a page does can cause it. */
  private orphaned(): boolean {
    if (!extensionAlive()) this.stop();
    return this.stoppedNow;
  }

  /** history.pushState fires no event: the Navigation API tells of it, or a slow look at the address. */
  private watchAddress(): void {
    const win = this.doc.defaultView as Window & { navigation?: EventTarget };
    let last = this.doc.location.href;
    const check = (next: string) => { if (next !== last) { last = next; this.onNavigation(); } };
    if (win.navigation?.addEventListener) {
      this.listen(win.navigation, 'navigatesuccess', () => check(this.doc.location.href));
    } else {
      const timer = win.setInterval(() => { if (!this.orphaned()) check(this.doc.location.href); }, 1000);
      this.cleanups.push(() => win.clearInterval(timer));
    }
  }

  stop(): void {
    if (this.stoppedNow) return;
    this.stoppedNow = true;
    this.observer?.disconnect();
    clearTimeout(this.settleTimer);
    this.highlighter.clear();
    this.ui?.destroy();
    this.cleanups.forEach((c) => c());
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    const listener = (e: Event) => { if (!this.orphaned()) fn(e); };
    target.addEventListener(type, listener, { passive: true });
    this.cleanups.push(() => target.removeEventListener(type, listener));
  }

  private pageUi(): PageUi {
    this.ui ??= createPageUi(this.doc);
    return this.ui;
  }

  private isPolicy(): boolean {
    this.detections++;
    return timed('detect', () => detectDocument(this.doc)).confidence >= AUTO_SCAN_THRESHOLD;
  }

  private onMutations(navigated = false): void {
    this.navigated ||= navigated;
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.schedule.looked();
      if (this.scanning) return;
      if (this.scannedText || this.forced) { void this.scan(); return; }
      // Not a policy after this many looks: stop watching (the popup can still ask for a scan).
      if (this.detections >= MAX_DETECTIONS) { this.observer?.disconnect(); return; }
      if (this.settings.autoScan && this.isPolicy()) void this.scan();
    }, this.schedule.changed(performance.now()));
  }

  /** Extracts the text and asks the background for a report, unless the text did not change materially. */
  async scan(): Promise<void> {
    const page = timed('extract', () => extractText(contentRoot(this.doc)));
    const navigated = this.navigated;
    this.navigated = false;
    if (this.scannedText && !navigated && !changedMaterially(this.scannedText, page.text)) {
      // Same text, or a small change (a clock, a counter): keep the findings, re-anchored on the live DOM.
      if (page.text !== this.scannedText) this.findings = reanchor(this.findings, page.text);
      this.page = page;
      this.scannedText = page.text;
      this.applyHighlights();
      return;
    }
    // A page that keeps rewriting itself is analysed a bounded number of times; the user can still ask.
    if (!this.forced && this.sent > 0 && !this.schedule.mayAnalyse()) return;
    this.scanning = true;
    const scan: PageScan = {
      // Cut here rather than refused in the background: a page with a huge title is still read.
      url: this.doc.location.href.slice(0, URL_CHARS),
      title: this.doc.title.slice(0, TITLE_CHARS),
      text: page.text,
      loaded: this.sent === 0,
    };
    const mine = ++this.sent;
    try {
      const answer = await askTwice(scan);
      if (mine !== this.sent || this.stoppedNow) return;
      this.page = page;
      this.scannedText = page.text;
      const drawn = answer.status === 'report' ? pageFindings(answer.report, page.text) : [];
      this.findings = new Map(drawn.map((f) => [f.id, f]));
      this.applyHighlights();
    } catch (e) {
      // No answer twice: the background stores an error the popup shows, rather than "scanning" for good.
      if (!this.orphaned()) void sendMessage('scanFailed', e instanceof Error ? e.message : String(e)).catch(() => undefined);
    } finally {
      this.scanning = false;
    }
  }

  private applyHighlights(): void {
    timed('highlight', () => this.applyHighlightsNow());
    if (this.findings.size) markNow('highlights-shown');
  }

  private applyHighlightsNow(): void {
    if (!this.page) return;
    const marks = marksFor(this.page, this.findings.values(), this.settings);
    this.highlighter.apply(marks);
    for (const m of marks) {
      const doc = m.range.startContainer.ownerDocument;
      if (doc && doc !== this.doc && !this.framesHeard.has(doc)) {
        this.framesHeard.add(doc);
        this.listen(doc, 'mousemove', (e) => { if (e.isTrusted) this.onPointer(e as MouseEvent); });
      }
    }
  }

  /** Jump from the popup: the clause itself scrolled into view, flashed, and its card placed where it now stands.
   *  A clause the page does not mark (a repeat, a low risk) is found all the same. */
  private jumpTo(findingId: unknown): boolean {
    const f = typeof findingId === 'string' ? this.findings.get(findingId) : undefined;
    if (!f || !this.page) return false;
    const mark = this.highlighter.all.find((m) => clauseKey(this.findings.get(m.id) ?? { start: -1, end: -1 }) === clauseKey(f));
    const range = mark?.range ?? rangeFor(this.page, f.start, f.end);
    if (!range) return false;
    scrollRangeIntoView(range);
    this.highlighter.focus(mark ?? markOf(f, range));
    const fs = this.findingsOfClause(f.id);
    this.hovered = null;
    if (fs.length) this.pageUi().showCard(fs, clauseRects(range, this.doc));
    return true;
  }

  /** Every shown finding on the same clause as this one, the most severe first. */
  private findingsOfClause(id: string): PageFinding[] {
    const f = this.findings.get(id);
    if (!f) return [];
    return rankFindings([...this.findings.values()].filter((x) => clauseKey(x) === clauseKey(f) && isShown(x, this.settings)));
  }

  /** Keyboard users: focusing a link or control inside a flagged clause opens its card. */
  private onFocus(target: EventTarget | null): void {
    if (!(target instanceof Node) || !this.highlighter.isVisible) return;
    const mark = this.highlighter.all.find((m) => { try { return m.range.intersectsNode(target); } catch { return false; } });
    const fs = mark ? this.findingsOfClause(mark.id) : [];
    this.hovered = null;
    if (mark && fs.length) this.pageUi().showCard(fs, clauseRects(mark.range, this.doc));
    else this.ui?.hideCard();
  }

  private onPointer(e: MouseEvent): void {
    if (!this.findings.size || !this.highlighter.isVisible) return;
    cancelAnimationFrame(this.hoverFrame);
    // A same-origin frame's own pointer events: its coordinates are the frame's; the card maps the clause's rects.
    // (A frame's nodes come from another realm: instanceof Node would say no.)
    const doc = (e.target as Node | null)?.ownerDocument ?? this.doc;
    this.hoverFrame = requestAnimationFrame(() => {
      const mark = this.highlighter.markAt(doc, e.clientX, e.clientY);
      // The card stays put while the pointer moves over the same clause.
      if (mark && mark.id === this.hovered) return;
      const fs = mark ? this.findingsOfClause(mark.id) : [];
      this.hovered = mark && fs.length ? mark.id : null;
      if (mark && fs.length) this.pageUi().showCard(fs, clauseRects(mark.range, this.doc), doc === this.doc ? e.clientX : undefined);
      else this.ui?.hideCard();
    });
  }
}

/** A background worker that stopped mid-analysis rejects the message; the next one starts afresh, once. */
async function askTwice(scan: PageScan): Promise<PageAnswer> {
  try {
    return await sendMessage('analyzePage', scan);
  } catch {
    return sendMessage('analyzePage', scan);
  }
}

/** Moves each finding to where its clause now stands in the text (the nearest copy), dropping clauses that are gone. */
export function reanchor(findings: Map<string, PageFinding>, text: string): Map<string, PageFinding> {
  const out = new Map<string, PageFinding>();
  for (const [id, f] of findings) {
    if (text.slice(f.start, f.end) === f.text) { out.set(id, f); continue; }
    const after = text.indexOf(f.text, Math.max(0, f.start - f.text.length));
    const before = text.lastIndexOf(f.text, f.start);
    const at = after < 0 ? before : before < 0 ? after : (f.start - before <= after - f.start ? before : after);
    if (at >= 0) out.set(id, { ...f, start: at, end: at + f.text.length });
  }
  return out;
}

/** True when the new text differs from the old by more than a small share. */
export function changedMaterially(before: string, after: string): boolean {
  if (before === after) return false;
  const longer = Math.max(before.length, after.length, 1);
  if (Math.abs(before.length - after.length) / longer > MATERIAL_CHANGE) return true;
  // Same length or nearly: compare the sets of lines.
  const a = new Set(before.split('\n'));
  const changed = after.split('\n').filter((l) => !a.has(l)).reduce((n, l) => n + l.length, 0);
  return changed / longer > MATERIAL_CHANGE;
}
