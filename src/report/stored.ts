/** The report as it is stored in storage.session and sent to the page: findings as offsets and rule ids, the page's
 *  text kept once (only the stretches that clauses and quotes need, deflated), explanations looked up by rule in the
 *  reader's words (reasonOf), not copied. The popup and exports unpack it into the full Report; the page gets only what it
 *  draws. Engine-free, so the popup and content script can use it. */
import type { Polarity, Tag } from '../engine/types';
import { SEVERITIES } from '../present/kind';
import type { RubricAnswer } from './answers';
import { rankFindings } from './rank';
import { QUOTE_CONTEXT, type PageFinding, type Report, type ReportFinding } from './report';

/** A stored clause or quote is cut here: one huge clause cannot fill session storage for every tab. */
export const CLAUSE_CHARS = 600;
/** A stored report stays under this many bytes of JSON; findings past it are dropped, least important first. */
export const REPORT_BYTES = 512 * 1024;
/** Changes whenever the slim form does; a report stored in another form is not read. */
export const STORED_VERSION = 3;

const POLARITIES: readonly Polarity[] = ['does', 'does-not'];

/** The cues that decided a finding, flat: a number pair is [offset in the clause, length] of the clause's own
 *  words, a string any other cue as it reads. */
type Cues = (number | string)[];

/** What a finding says beyond its rule's defaults: a field is here only when the rule and the text do not
 *  already say it (an id other than rule@start, other tags, a quote that is not the text around the clause…). */
export interface Unusual {
  id?: string;
  family?: string;
  tags?: Tag[];
  text?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  details?: Record<string, string>;
  /** Any other field of the finding (positive, actor, modality…), kept as it is. */
  [field: string]: unknown;
}

/** [start (after the previous finding's start), length, rule (index into rules), how it is shown (severity × 2 +
 *  polarity, indices into SEVERITIES and POLARITIES), points, cues (0 for none), unusual]. Small numbers: a
 *  100k-word policy's findings cost a few bytes each. */
export type PackedFinding =
  | [number, number, number, number, number]
  | [number, number, number, number, number, Cues | 0]
  | [number, number, number, number, number, Cues | 0, Unusual];

/** A rule that has findings, with the family and tags its findings have unless they say otherwise. */
export interface PackedRule { id: string; family: string; tags: Tag[] }

/** What the page draws: ranges, rules and how each finding is shown. No text: the page has it. */
export interface PageReport { rules: PackedRule[]; findings: PackedFinding[] }

/** The slim form in memory: the stretches as text. */
interface SlimReport extends Omit<Report, 'findings' | 'rubric'> {
  stored: typeof STORED_VERSION;
  /** Where the analysed text ends, when a quote's suffix was cut short by it. */
  textEnd?: number;
  rules: PackedRule[];
  findings: PackedFinding[];
  /** The stretches of the text that clauses, quotes and cues need: [offset, text], in order, apart. */
  stretches: [number, string][];
  /** The scorecard, its findings as indices into findings. */
  rubric: (Omit<RubricAnswer, 'findings'> & { findings: number[] })[];
}

/** The slim form as stored: the stretches' text deflated, since a long policy's flagged clauses are most of it. */
export interface StoredReport extends Omit<SlimReport, 'stretches'> {
  /** [offset, length] of each stretch of the text. */
  stretches: [number, number][];
  /** The stretches' text one after another, deflate-raw and base64. */
  text: string;
}

/** Policy prose deflates about threefold (CompressionStream: built into browsers, workers and Node); storage takes
 *  strings, hence base64. */
async function deflate(text: string): Promise<string> {
  const bytes = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function inflate(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
}

async function store(slim: SlimReport): Promise<StoredReport> {
  return { ...slim, stretches: slim.stretches.map(([at, s]) => [at, s.length]), text: await deflate(slim.stretches.map(([, s]) => s).join('')) };
}

/** Fields a packed finding holds in its own places; anything else goes to Unusual. The explanation is looked up. */
const PLACED = new Set(['id', 'rule', 'family', 'tags', 'severity', 'polarity', 'start', 'end', 'text', 'explanation', 'details', 'because', 'quote', 'points']);

const sameTags = (a: readonly Tag[], b: readonly Tag[]) => a.length === b.length && a.every((t, i) => t === b[i]);
const bytes = (v: unknown) => JSON.stringify(v).length;

/** The text of [a, b) from sorted, apart stretches, or null when they do not hold all of it. */
function sliceOf(stretches: readonly [number, string][], a: number, b: number): string | null {
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [at, s] = stretches[mid]!;
    if (a < at) hi = mid - 1;
    else if (a > at + s.length) lo = mid + 1;
    else return b <= at + s.length ? s.slice(a - at, b - at) : null;
  }
  return null;
}

/** One stretch per run of overlapping or touching pieces of the text. */
function stretchesOf(pieces: [number, string][]): [number, string][] {
  pieces.sort((x, y) => x[0] - y[0]);
  const out: [number, string][] = [];
  for (const [at, s] of pieces) {
    const last = out[out.length - 1];
    if (last && at <= last[0] + last[1].length) {
      const end = last[0] + last[1].length;
      if (at + s.length > end) last[1] += s.slice(end - at);
    } else if (s.length) {
      out.push([at, s]);
    }
  }
  return out;
}

/** A quote as a report built from the text has it: CLAUSE_CHARS of the clause, QUOTE_CONTEXT either side. */
function quoteFrom(stretches: readonly [number, string][], start: number, end: number, length: number) {
  return {
    exact: sliceOf(stretches, start, Math.min(end, start + CLAUSE_CHARS)),
    prefix: sliceOf(stretches, Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: sliceOf(stretches, end, Math.min(length, end + QUOTE_CONTEXT)),
  };
}

/** The end of the analysed text, where a short suffix says it is (unknown otherwise: every suffix is whole). */
function textLength(findings: readonly ReportFinding[]): number {
  let length = Infinity;
  for (const f of findings) if (f.quote.suffix.length < QUOTE_CONTEXT) length = Math.min(length, f.end + f.quote.suffix.length);
  return length;
}

/** The cues as packed: the clause's own words by where they stand in its kept part, others as they read. */
function packCues(because: readonly string[] | undefined, exact: string | null): Cues | 0 {
  if (!because?.length) return 0;
  return because.flatMap((cue): Cues => {
    const at = exact === null || !cue ? -1 : exact.indexOf(cue);
    return at >= 0 ? [at, cue.length] : [cue];
  });
}

function unpackCues(cues: Cues | 0 | undefined, clause: (a: number, b: number) => string): string[] | undefined {
  if (!cues) return undefined;
  const out: string[] = [];
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (typeof c === 'string') out.push(c);
    else { const length = cues[++i] as number; out.push(clause(c, c + length)); }
  }
  return out;
}

function pack(report: Report, findings: readonly ReportFinding[]): SlimReport {
  const { findings: _all, rubric, ...facts } = report;
  const length = textLength(findings);
  const pieces: [number, string][] = [];
  for (const { start, end, quote } of findings) {
    pieces.push([start - quote.prefix.length, quote.prefix], [start, quote.exact.slice(0, CLAUSE_CHARS)], [end, quote.suffix]);
  }
  const stretches = stretchesOf(pieces);
  const rules: PackedRule[] = [];
  const ruleIndex = new Map<string, number>();
  let previous = 0;
  const packed = findings.map((f): PackedFinding => {
    let r = ruleIndex.get(f.rule);
    if (r === undefined) { r = rules.push({ id: f.rule, family: f.family, tags: f.tags }) - 1; ruleIndex.set(f.rule, r); }
    const rule = rules[r]!;
    const odd: Unusual = {};
    if (f.id !== `${f.rule}@${f.start}`) odd.id = f.id;
    if (f.family !== rule.family) odd.family = f.family;
    if (!sameTags(f.tags, rule.tags)) odd.tags = f.tags;
    if (Object.keys(f.details).length) odd.details = f.details;
    // The quote is checked against what unpacking would rebuild: whatever differs is kept as it is.
    const kept = quoteFrom(stretches, f.start, f.end, length);
    const exact = f.quote.exact.slice(0, CLAUSE_CHARS);
    if (kept.exact !== exact) odd.exact = exact;
    if (kept.prefix !== f.quote.prefix) odd.prefix = f.quote.prefix;
    if (kept.suffix !== f.quote.suffix) odd.suffix = f.quote.suffix;
    if (f.text !== f.quote.exact || f.end - f.start !== f.text.length) odd.text = f.text.slice(0, CLAUSE_CHARS);
    for (const [k, v] of Object.entries(f)) if (!PLACED.has(k) && v !== undefined) odd[k] = v;
    const cues = packCues(f.because, odd.exact === undefined && odd.text === undefined ? exact : null);
    const head: PackedFinding = [f.start - previous, f.end - f.start, r, SEVERITIES.indexOf(f.severity) * 2 + POLARITIES.indexOf(f.polarity), f.points];
    previous = f.start;
    if (Object.keys(odd).length) return [...head, cues, odd];
    return cues ? [...head, cues] : head;
  });
  const index = new Map(findings.map((f, i) => [f.id, i]));
  return {
    ...facts,
    stored: STORED_VERSION,
    ...(Number.isFinite(length) ? { textEnd: length } : {}),
    rules,
    findings: packed,
    stretches,
    // A finding the report no longer holds is not cited (exports cite only the findings they list).
    rubric: (rubric ?? []).map((a) => ({ ...a, findings: a.findings.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])) })),
  };
}

/** The slim form of a report as stored, within `budget` bytes of JSON. */
export async function packReport(report: Report, budget = REPORT_BYTES): Promise<StoredReport> {
  const whole = await store(pack(report, report.findings));
  if (bytes(whole) <= budget) return whole;
  // Over budget: keep as many of what a reader should see first as fit, in reading order; the grade already
  // counted everything. Neighbouring clauses share their text, so the size is measured, not estimated.
  const ranked = rankFindings(report.findings);
  const packFirst = (n: number) => {
    const keep = new Set(ranked.slice(0, n));
    return store(pack(report, report.findings.filter((f) => keep.has(f))));
  };
  let lo = 0;
  let hi = ranked.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bytes(await packFirst(mid)) + 32 <= budget) lo = mid;
    else hi = mid - 1;
  }
  const slim = await packFirst(lo);
  return { ...slim, omittedFindings: (report.omittedFindings ?? 0) + report.findings.length - slim.findings.length };
}

/** The page's share of a stored report: no text (the page has it), no page facts, no scorecard. */
export function pageReport(stored: Pick<StoredReport, 'rules' | 'findings'>): PageReport {
  return {
    rules: stored.rules,
    findings: stored.findings.map((f) => {
      if (f.length < 7) return f;
      const { text: _t, exact: _e, prefix: _p, suffix: _s, tags: _g, actor: _a, modality: _m, ...drawn } = f[6]!;
      const head = [f[0], f[1], f[2], f[3], f[4]] as const;
      return Object.keys(drawn).length ? [...head, f[5]!, drawn] : [...head, f[5]!];
    }),
  };
}

type Slice = (a: number, b: number) => string;
type QuoteAt = (start: number, end: number) => ReportFinding['quote'];

/** The packed findings as the popup and the exports read them; `slice` gives the text of [a, b). */
function unpackFindings(findings: readonly PackedFinding[], rules: readonly PackedRule[], slice: Slice, quote: QuoteAt): ReportFinding[] {
  let previous = 0;
  return findings.map((f) => {
    const [delta, length, r, shown, points, cues] = f;
    const start = previous + delta;
    const end = start + length;
    previous = start;
    const { id, family, tags, text, exact, prefix, suffix, details, ...rest } = f[6] ?? {};
    const rule = rules[r];
    const q = quote(start, end);
    const kept = exact ?? q.exact;
    const because = unpackCues(cues, (a, b) => slice(start + a, start + b));
    return {
      ...rest,
      id: id ?? `${rule?.id}@${start}`,
      rule: rule?.id ?? '',
      family: family ?? rule?.family ?? '',
      tags: tags ?? rule?.tags ?? [],
      severity: SEVERITIES[shown >> 1] ?? 'info',
      polarity: POLARITIES[shown & 1] ?? 'does',
      start,
      end,
      text: text ?? (kept.length < end - start ? `${kept}…` : kept),
      // Looked up by rule in the reader's words where it is shown (reasonOf).
      explanation: '',
      details: details ?? {},
      points,
      quote: { exact: kept, prefix: prefix ?? q.prefix, suffix: suffix ?? q.suffix },
      ...(because ? { because } : {}),
    };
  });
}

/** The full report again, as the popup shows it and exports write it. A cut clause ends in "…"; its quote is the
 *  part that was kept, which still finds the clause in the page. */
export async function unpackReport(stored: StoredReport): Promise<Report> {
  const { stored: _version, textEnd, rules, stretches: spans, text, findings, rubric, ...facts } = stored;
  const all = await inflate(text);
  let from = 0;
  const stretches = spans.map(([at, length]): [number, string] => [at, all.slice(from, (from += length))]);
  const slice = (a: number, b: number) => sliceOf(stretches, a, b) ?? '';
  const quote = (start: number, end: number) => {
    const q = quoteFrom(stretches, start, end, textEnd ?? Infinity);
    return { exact: q.exact ?? '', prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
  };
  const unpacked = unpackFindings(findings, rules, slice, quote);
  return { ...facts, rubric: rubric.map((a) => ({ ...a, findings: a.findings.map((i) => unpacked[i]?.id ?? '') })), findings: unpacked };
}

/** The page's findings as the card and ranking read them, with each clause from the page's own text. Written
 *  apart from unpackReport, and small: it is all of this module the content script carries. */
export function pageFindings(report: PageReport, text: string): PageFinding[] {
  let at = 0;
  return report.findings.map(([delta, length, r, shown, points, cues, odd]) => {
    const start = (at += delta);
    const rule = report.rules[r]!;
    const clause = text.slice(start, start + length);
    const because: string[] = [];
    for (let i = 0; cues && i < cues.length; i++) {
      const c = cues[i]!;
      because.push(typeof c === 'string' ? c : text.slice(start + c, start + c + (cues[++i] as number)));
    }
    return {
      id: `${rule.id}@${start}`, rule: rule.id, family: rule.family, severity: SEVERITIES[shown >> 1]!, polarity: shown & 1 ? 'does-not' : 'does',
      start, end: start + length, text: clause, details: {}, points, because, ...odd,
    };
  });
}
