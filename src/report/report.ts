/** A policy report: the engine's findings with grade, quotes and page facts, as the popup and exports show it. */
import { analyzeText, type Analysis } from '../engine/analyze';
import type { Finding, Grade, Tag } from '../engine/types';
import { version } from '../../package.json';
import { gradeFindings } from './grade';
import type { RubricAnswer } from './answers';

/** A report keeps at most this many findings (in reading order), so it fits the browser's session storage. */
export const MAX_REPORT_FINDINGS = 3000;

/** W3C Web Annotation TextQuoteSelector: finds the clause again in the page. */
export interface TextQuote { exact: string; prefix: string; suffix: string }

export interface ReportFinding extends Finding {
  quote: TextQuote;
  points: number;
}

export interface ReportChanges {
  since: string;
  added: { text: string; tags: Tag[] }[];
  removed: { text: string; tags: Tag[] }[];
}

export interface Report {
  tool: 'fineprint';
  version: string;
  url: string;
  title: string;
  scannedAt: string;
  grade: Grade;
  score: number;
  /** The scorecard the grade is the sum of. */
  rubric: RubricAnswer[];
  words: { analysed: number; total: number };
  findings: ReportFinding[];
  /** Findings past MAX_REPORT_FINDINGS that were dropped; the popup says so. */
  omittedFindings?: number;
  changes?: ReportChanges;
}

const QUOTE_CONTEXT = 32;

export function quoteOf(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Analyse a policy's text (unless the analysis is given, e.g. done in slices) and build its report. */
export function buildReport(text: string, page: { url: string; title: string }, now = new Date(), analysis: Analysis = analyzeText(text)): Report {
  const graded = gradeFindings(analysis.findings);
  const kept = analysis.findings.slice(0, MAX_REPORT_FINDINGS);
  const findings = kept.map((f) => ({ ...f, quote: quoteOf(text, f.start, f.end), points: graded.points[f.id] ?? 0 }));
  // Evidence past the findings cap still counts; only the clauses the report keeps can be cited.
  const keptIds = new Set(findings.map((f) => f.id));
  const rubric = graded.rubric.map((a) => ({ ...a, findings: a.findings.filter((id) => keptIds.has(id)) }));
  return {
    tool: 'fineprint',
    version,
    url: page.url,
    title: page.title,
    scannedAt: now.toISOString(),
    grade: graded.grade,
    score: graded.score,
    rubric,
    words: analysis.words,
    findings,
    ...(analysis.findings.length > kept.length ? { omittedFindings: analysis.findings.length - kept.length } : {}),
  };
}
