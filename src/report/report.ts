/** A policy report as the popup, the page and the exports read it: the engine's findings with grade, quotes and
 *  page facts. Types only, free of the engine (src/grading builds it). */
import type { Finding, Grade, Tag } from '../engine/types';
import type { RubricAnswer } from './answers';

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
  /** Findings past the report's cap (MAX_REPORT_FINDINGS in src/grading) or storage budget that were dropped; the popup says so. */
  omittedFindings?: number;
  changes?: ReportChanges;
}
