/** A policy report as the popup, the page and the exports read it: the engine's findings with grade, quotes and
 *  page facts. Free of the engine (src/grading builds it). */
import type { Finding, Grade, Tag } from '../engine/types';
import type { RubricAnswer } from './answers';

/** A quote's prefix and suffix: this many characters of the text either side of the clause. */
export const QUOTE_CONTEXT = 32;

/** W3C Web Annotation TextQuoteSelector: finds the clause again in the page. */
export interface TextQuote { exact: string; prefix: string; suffix: string }

export interface ReportFinding extends Finding {
  quote: TextQuote;
  points: number;
}

/** A finding as the page holds it: no quote, tags or explanation (the page has the text, the card looks the reason up). */
export type PageFinding = Omit<ReportFinding, 'quote' | 'tags' | 'explanation'>;

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
