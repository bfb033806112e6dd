/** A policy report: the engine's findings with grade, quotes and page facts, as the popup and exports show it. */
import { analyzeText } from '../engine/analyze';
import type { Finding, Grade, Tag } from '../engine/types';
import { version } from '../../package.json';
import { gradeFindings } from './grade';

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

/** Analyse a policy's text and build its report. */
export function buildReport(text: string, page: { url: string; title: string }, now = new Date()): Report {
  const analysis = analyzeText(text);
  const graded = gradeFindings(analysis.findings);
  const kept = analysis.findings.slice(0, MAX_REPORT_FINDINGS);
  const findings = kept.map((f) => ({ ...f, quote: quoteOf(text, f.start, f.end), points: graded.points[f.id] ?? 0 }));
  return {
    tool: 'fineprint',
    version,
    url: page.url,
    title: page.title,
    scannedAt: now.toISOString(),
    grade: graded.grade,
    score: graded.score,
    words: analysis.words,
    findings,
    ...(analysis.findings.length > kept.length ? { omittedFindings: analysis.findings.length - kept.length } : {}),
  };
}
