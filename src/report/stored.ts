/** The report as it is stored and sent: each clause once and at most CLAUSE_CHARS long, each explanation once,
 *  findings as offsets and rule ids. The popup and exports unpack it into the full Report; the page gets only
 *  what it draws. Engine-free, so the popup and content script can use it. */
import type { Finding } from '../engine/types';
import { rankFindings } from './rank';
import type { Report, ReportFinding } from './report';

/** A stored clause or quote is cut here: one huge clause cannot fill session storage for every tab. */
export const CLAUSE_CHARS = 600;
/** A stored report stays under this many bytes of JSON; findings past it are dropped, least important first. */
export const REPORT_BYTES = 512 * 1024;

/** [start, end, text (cut at CLAUSE_CHARS), prefix, suffix] */
export type StoredClause = [number, number, string, string, string];

/** A finding without its clause's text, its explanation, or what its rule already says. */
export type StoredFinding = Omit<ReportFinding, 'id' | 'start' | 'end' | 'text' | 'explanation' | 'quote' | 'family' | 'tags' | 'details' | 'points'> & {
  /** Index into clauses. */
  c: number;
  /** Index into reasons. */
  r: number;
  /** Only when it is not `${rule}@${start}`. */
  id?: string;
  details?: Record<string, string>;
  points?: number;
};

export interface StoredReport extends Omit<Report, 'findings'> {
  stored: 1;
  /** Family and tags of each rule that has a finding. */
  rules: Record<string, { family: string; tags: Finding['tags'] }>;
  reasons: string[];
  clauses: StoredClause[];
  findings: StoredFinding[];
}

/** What the page draws: ranges, ids and how each finding is shown, with the reasons for its card. Defaults are
 *  left out as in StoredFinding; the family comes from the rule. */
export interface PageFinding {
  rule: string;
  severity: Finding['severity'];
  polarity: Finding['polarity'];
  /** [start, end) in the text the page sent. */
  s: number;
  e: number;
  r: number;
  id?: string;
  points?: number;
  details?: Record<string, string>;
  /** The clause's words that decided it, for the card. */
  because?: string[];
}
export interface PageReport { families: Record<string, string>; reasons: string[]; findings: PageFinding[] }

const cut = (s: string, n = CLAUSE_CHARS) => (s.length > n ? s.slice(0, n) : s);

/** The slim form of a report, within REPORT_BYTES. */
export function packReport(report: Report): StoredReport {
  const { findings, ...facts } = report;
  const rules: StoredReport['rules'] = {};
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const clauses: StoredClause[] = [];
  const clauseIndex = new Map<string, number>();
  const slim: [ReportFinding, StoredFinding, number][] = [];
  for (const f of findings) {
    const { id, start, end, text, explanation, quote, family, tags, details, points, ...rest } = f;
    rules[f.rule] ??= { family, tags };
    let r = reasonIndex.get(explanation);
    if (r === undefined) { r = reasons.push(explanation) - 1; reasonIndex.set(explanation, r); }
    const at = `${start}:${end}`;
    let c = clauseIndex.get(at);
    let bytes = 0;
    if (c === undefined) {
      const clause: StoredClause = [start, end, cut(text), quote.prefix, quote.suffix];
      c = clauses.push(clause) - 1;
      clauseIndex.set(at, c);
      bytes += JSON.stringify(clause).length;
    }
    const s: StoredFinding = { ...rest, c, r };
    if (id !== `${f.rule}@${start}`) s.id = id;
    if (Object.keys(details).length) s.details = details;
    if (points) s.points = points;
    slim.push([f, s, bytes + JSON.stringify(s).length + 1]);
  }
  const fixed = JSON.stringify({ ...facts, rules, reasons }).length + 64;
  let total = fixed + slim.reduce((n, [, , b]) => n + b, 0);
  if (total <= REPORT_BYTES) return { ...facts, stored: 1, rules, reasons, clauses, findings: slim.map(([, s]) => s) };

  // Over budget: keep what a reader should see first, in reading order; the grade already counted everything.
  const keep = new Set<ReportFinding>();
  const clauseKept = new Set<number>();
  const slimOf = new Map(slim.map(([f, s]) => [f, s]));
  total = fixed;
  for (const f of rankFindings(findings)) {
    const s = slimOf.get(f)!;
    const bytes = JSON.stringify(s).length + 1 + (clauseKept.has(s.c) ? 0 : JSON.stringify(clauses[s.c]).length + 1);
    if (total + bytes > REPORT_BYTES) break;
    total += bytes;
    keep.add(f);
    clauseKept.add(s.c);
  }
  // Renumber the clauses that are kept.
  const renumber = new Map<number, number>();
  const keptClauses: StoredClause[] = [];
  const keptFindings: StoredFinding[] = [];
  for (const [f, s] of slim) {
    if (!keep.has(f)) continue;
    let c = renumber.get(s.c);
    if (c === undefined) { c = keptClauses.push(clauses[s.c]!) - 1; renumber.set(s.c, c); }
    keptFindings.push({ ...s, c });
  }
  const omitted = (report.omittedFindings ?? 0) + findings.length - keptFindings.length;
  return { ...facts, omittedFindings: omitted, stored: 1, rules, reasons, clauses: keptClauses, findings: keptFindings };
}

/** The full report again, as the popup shows it and exports write it. A cut clause ends in "…"; its quote is the
 *  part that was kept, which still finds the clause in the page. */
export function unpackReport(stored: StoredReport): Report {
  const { stored: _version, rules, reasons, clauses, findings, ...facts } = stored;
  return {
    ...facts,
    findings: findings.map(({ c, r, id, details, points, ...rest }) => {
      const [start, end, exact, prefix, suffix] = clauses[c]!;
      const rule = rules[rest.rule];
      return {
        ...rest,
        id: id ?? `${rest.rule}@${start}`,
        family: rule?.family ?? '',
        tags: rule?.tags ?? [],
        start,
        end,
        text: exact.length < end - start ? `${exact}…` : exact,
        explanation: reasons[r] ?? '',
        details: details ?? {},
        points: points ?? 0,
        quote: { exact, prefix, suffix },
      };
    }),
  };
}

/** The page's share of a stored report: no clause text (the page has it), no page facts. */
export function pageReport(stored: StoredReport): PageReport {
  const families = Object.fromEntries(Object.entries(stored.rules).map(([rule, r]) => [rule, r.family]));
  return {
    families,
    reasons: stored.reasons,
    findings: stored.findings.map((f) => {
      const { c, r, id, details, points, rule, severity, polarity } = f;
      // The engine's cues (Finding.because), where it gives them.
      const because = (f as { because?: string[] }).because;
      const [s, e] = stored.clauses[c]!;
      return { rule, severity, polarity, s, e, r, ...(id ? { id } : {}), ...(points ? { points } : {}), ...(details ? { details } : {}), ...(because?.length ? { because } : {}) };
    }),
  };
}

/** The page's findings as the card and ranking read them, with each clause from the page's own text. */
export function pageFindings(report: PageReport, text: string): ReportFinding[] {
  return report.findings.map((f) => {
    const clause = text.slice(f.s, f.e);
    return {
      id: f.id ?? `${f.rule}@${f.s}`, rule: f.rule, family: report.families[f.rule] ?? '', tags: [], severity: f.severity, polarity: f.polarity,
      start: f.s, end: f.e, text: clause, explanation: report.reasons[f.r] ?? '', details: f.details ?? {}, points: f.points ?? 0,
      quote: { exact: clause, prefix: '', suffix: '' }, ...(f.because ? { because: f.because } : {}),
    };
  });
}
