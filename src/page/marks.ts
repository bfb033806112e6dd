/** Which clauses the page highlights, and in which colour: by default only the risks a reader should read. */
import { isActorlessLabel } from '../labels';
import { detailsText } from '../present/families';
import { KIND_PRIORITY, kindOf } from '../present/kind';
import type { PageFinding } from '../report/report';
import { isShown, type Settings } from '../settings';
import { rangeFor, type PageText } from './extract';
import type { Marked } from './highlight';

/** What the default view marks: a reader reads these; low risks, notes and good signs wait until asked for. */
const READ_FIRST = new Set(['high', 'medium']);

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Whether the page highlights this finding under these settings. */
export function isHighlighted(f: PageFinding, s: Settings): boolean {
  if (!isShown(f, s)) return false;
  return s.highlightAll || READ_FIRST.has(kindOf(f));
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** A heading names a section; it is never the clause to read, whatever its words. */
export function inHeading(range: Range): boolean {
  return !!(elementOf(range.startContainer)?.closest(HEADING) || elementOf(range.endContainer)?.closest(HEADING));
}

/** The span key of a finding: findings of one clause share it. */
export const clauseKey = (f: { start: number; end: number }) => `${f.start}:${f.end}`;

/** A line this short with no closing punctuation reads as a heading ("Information We Share", "3. Cookies"); so does
 *  a short label closed by a full stop or colon when nobody acts in it ("Changes to this policy.", "Location data:"). */
const HEADING_LINE = /^[\p{Lu}\p{Lo}\d][^\n]{0,100}$/u;
const CLOSING = /[.!?;:,。！？；：，]["'”’)\]]*\s*$/;

export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (!HEADING_LINE.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (!CLOSING.test(t)) return words <= 12;
  return words <= 8 && isActorlessLabel(t);
}

/** Offsets where a section of the text starts: at each heading-like line. */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) if (m.index > 0 && isHeadingLine(m[0])) starts.push(m.index);
  return starts;
}

/** The findings the page marks: every high risk, and in each section the first clause of each practice (same rule,
 *  same details); later repeats, low risks, notes and good signs when the reader asks for everything.
 *  Findings on a heading-like line are never marked: a heading names a section, it is not the clause to read. */
export function highlightedFindings(text: string, findings: Iterable<PageFinding>, s: Settings): PageFinding[] {
  const shown = [...findings].filter((f) => isHighlighted(f, s) && !isHeadingLine(f.text)).sort((a, b) => a.start - b.start);
  if (s.highlightAll) return shown;
  // A clause speaks for the practice of its most severe findings: "we disclose data to comply with the law" is about
  // the authorities, and does not make the next clause on sharing with advertisers a repeat.
  const topRank = new Map<string, number>();
  for (const f of shown) topRank.set(clauseKey(f), Math.max(topRank.get(clauseKey(f)) ?? 0, KIND_PRIORITY[kindOf(f)]));
  const starts = sectionStarts(text);
  const seen = new Map<string, string>();
  const marked = new Set<string>();
  let section = 0;
  for (const f of shown) {
    const key = clauseKey(f);
    if (KIND_PRIORITY[kindOf(f)] !== topRank.get(key)) continue;
    while (section + 1 < starts.length && starts[section + 1]! <= f.start) section++;
    const practice = `${section}|${f.rule}|${detailsText(f.details)}`;
    const first = seen.get(practice) ?? key;
    seen.set(practice, first);
    if (kindOf(f) === 'high' || first === key) marked.add(key);
  }
  return shown.filter((f) => marked.has(clauseKey(f)));
}

/** One mark per highlighted clause, named by its most severe finding; clauses inside heading elements are left out. */
export function marksFor(page: PageText, findings: Iterable<PageFinding>, s: Settings): Marked[] {
  const ranges = new Map<string, Range>();
  const placed = [...findings].filter((f) => {
    const key = clauseKey(f);
    if (!ranges.has(key)) {
      const range = isHighlighted(f, s) ? rangeFor(page, f.start, f.end) : null;
      if (!range || inHeading(range)) return false;
      ranges.set(key, range);
    }
    return true;
  });
  const top = new Map<string, PageFinding>();
  for (const f of highlightedFindings(page.text, placed, s)) {
    const prev = top.get(clauseKey(f));
    if (!prev || KIND_PRIORITY[kindOf(f)] > KIND_PRIORITY[kindOf(prev)]) top.set(clauseKey(f), f);
  }
  return [...top.values()].map((f) => markOf(f, ranges.get(clauseKey(f))!));
}

export function markOf(f: PageFinding, range: Range): Marked {
  return { id: f.id, kind: kindOf(f), range };
}
