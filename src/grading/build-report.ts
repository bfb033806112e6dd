/** Builds a policy's report from the engine's findings: grade, scorecard, quotes and page facts. Runs where the
 *  engine runs (the background worker and the command line), never in the page or the popup. */
import { analyzeText, type Analysis } from '../engine/analyze';
import { version } from '../../package.json';
import { QUOTE_CONTEXT, type Report, type TextQuote } from '../report/report';
import { gradeFindings } from './grade';

/** A report keeps at most this many findings (in reading order), so it fits the browser's session storage. */
export const MAX_REPORT_FINDINGS = 3000;

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
