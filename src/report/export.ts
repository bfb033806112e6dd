/** Export formats of a report: JSON (the documented schema), CSV (RFC 4180, spreadsheet-safe), Markdown and text.
 *  Reasons, family names and the summary are in the words given: the reader's language in the popup, English on the command line. */
import { answerLabel, familyName, kindLabel, questionOf, reasonOf, summaryOf } from '../present/describe';
import { detailsText, groupByFamily } from '../present/families';
import type { Words } from '../present/words';
import type { RubricAnswer } from './answers';
import { rankFindings } from './rank';
import type { Report, ReportFinding } from './report';

export type ExportFormat = 'json' | 'csv' | 'md' | 'text';

/** The scorecard with only the findings the report still holds (a stored report may have dropped some). */
function scorecardOf(report: Report): RubricAnswer[] {
  const ids = new Set(report.findings.map((f) => f.id));
  return (report.rubric ?? []).map((a) => ({ ...a, findings: a.findings.filter((id) => ids.has(id)) }));
}

/** The export schema of ../shared/INTERFACES.md, field for field. */
export function toExportObject(report: Report, words: Words) {
  return {
    tool: report.tool,
    version: report.version,
    url: report.url,
    title: report.title,
    scannedAt: report.scannedAt,
    grade: report.grade,
    score: report.score,
    summary: summaryOf(report.findings, words),
    rubric: scorecardOf(report).map((a) => ({ id: a.id, question: a.question, answer: a.answer, points: a.points, outOf: a.outOf, findings: a.findings })),
    findings: report.findings.map((f) => ({
      id: f.id, rule: f.rule, family: f.family, tags: f.tags, severity: f.severity, polarity: f.polarity,
      text: f.text, explanation: reasonOf(f, words), details: f.details, quote: f.quote,
      // INTERFACES: the words or cues that decided the finding.
      ...(f.because?.length ? { because: f.because } : {}),
      ...(f.actor ? { actor: f.actor } : {}), ...(f.modality ? { modality: f.modality } : {}),
    })),
    ...(report.changes ? { changes: report.changes } : {}),
  };
}

/** Bidi controls reorder how text is shown (a clause could read backwards, a file name lie): exports drop them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const withoutBidi = (s: string) => s.replace(BIDI_CONTROLS, '');

export function toJson(report: Report, words: Words): string {
  return withoutBidi(`${JSON.stringify(toExportObject(report, words), null, 2)}\n`);
}

/** A spreadsheet would run a cell starting with = + - @ (or tab/CR) as a formula: prefix a quote. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = ['family', 'severity', 'polarity', 'tags', 'text', 'explanation', 'details', 'rule', 'id', 'url'] as const;

/** The scorecard's own rows below the findings, after an empty row, padded to the same width. */
export const CSV_RUBRIC_COLUMNS = ['question id', 'question', 'answer', 'points', 'out of', 'finding ids'] as const;

export function toCsv(report: Report, words: Words): string {
  const rows = report.findings.map((f) => [
    familyName(f.family, words), f.severity, f.polarity, f.tags.join(' '), f.text, reasonOf(f, words),
    detailsText(f.details), f.rule, f.id, report.url,
  ]);
  const rubric = scorecardOf(report).map((a) => [a.id, questionOf(a, words), answerLabel(a.answer, words), String(a.points), String(a.outOf), a.findings.join(' ')]);
  const pad = (r: readonly string[]) => [...r, ...Array<string>(Math.max(0, CSV_COLUMNS.length - r.length)).fill('')];
  const table = [[...CSV_COLUMNS], ...rows, ...(rubric.length ? [pad([]), pad(CSV_RUBRIC_COLUMNS), ...rubric.map(pad)] : [])];
  return withoutBidi(table.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n');
}

/** Page text must not become links, images or HTML when the Markdown is rendered. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    // Bare addresses would be made links by GitHub-flavoured Markdown: break the patterns it looks for.
    .replace(/:\/\//g, ':\\/\\/').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`).replace(/@/g, '\\@')
    .replace(/\s+/g, ' ').trim();
}

const QUOTE_CHARS = 160;

function shortQuote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1)}…` : t;
}

/** The first clause that decides an answer, and how many more there are. */
function evidenceOf(report: Report, a: RubricAnswer): { first?: string; more: number } {
  const first = report.findings.find((f) => f.id === a.findings[0]);
  return { first: first && shortQuote(first.text), more: Math.max(0, a.findings.length - 1) };
}

function detailsLine(f: ReportFinding): string {
  const d = detailsText(f.details);
  return d ? ` (${escapeMarkdown(d)})` : '';
}

export function toMarkdown(report: Report, words: Words): string {
  const t = words.t;
  const lines = [
    `# ${t('export.title', [escapeMarkdown(report.title || report.url)])}`,
    '',
    `- ${t('export.address', [escapeMarkdown(report.url)])}`,
    `- ${t('export.grade', [report.grade, report.score])}`,
    `- ${t('export.scanned', [report.scannedAt])}`,
    '',
    escapeMarkdown(summaryOf(report.findings, words)),
    '',
  ];
  if (report.rubric?.length) {
    lines.push(`## ${t('scorecard.heading')}`, '', t('scorecard.exportHow'), '');
    for (const a of scorecardOf(report)) {
      const { first, more } = evidenceOf(report, a);
      lines.push(`- ${escapeMarkdown(questionOf(a, words))} **${escapeMarkdown(answerLabel(a.answer, words))}** (${a.points}/${a.outOf})`);
      if (first) lines.push(`  > ${escapeMarkdown(first)}${more ? ` ${t('scorecard.andMore', [more])}` : ''}`);
    }
    lines.push('');
  }
  for (const [family, findings] of groupByFamily(rankFindings(report.findings))) {
    lines.push(`## ${escapeMarkdown(familyName(family, words))}`, '');
    for (const f of findings) {
      lines.push(`- **${escapeMarkdown(kindLabel(f, words))}**: ${escapeMarkdown(reasonOf(f, words))}${detailsLine(f)}`, `  > ${escapeMarkdown(f.text)}`);
    }
    lines.push('');
  }
  if (report.changes) {
    lines.push(`## ${t('export.changedSince', [report.changes.since])}`, '');
    for (const c of report.changes.added) lines.push(`- ${t('export.added', [escapeMarkdown(c.text)])}`);
    for (const c of report.changes.removed) lines.push(`- ${t('export.removed', [escapeMarkdown(c.text)])}`);
    lines.push('');
  }
  return withoutBidi(lines.join('\n'));
}

/** The command line's report: grouped by family, clause text included. */
export function toText(report: Report, words: Words): string {
  const lines = [
    `${report.title || report.url}`,
    `Grade ${report.grade} (score ${report.score}/100): ${summaryOf(report.findings, words)}`,
  ];
  if (report.words.analysed < report.words.total) lines.push(`Analysed the first ${report.words.analysed.toLocaleString('en')} of ${report.words.total.toLocaleString('en')} words.`);
  if (report.omittedFindings) lines.push(`Kept the first ${report.findings.length.toLocaleString('en')} findings; ${report.omittedFindings.toLocaleString('en')} more were left out.`);
  lines.push('');
  if (report.rubric?.length) {
    lines.push('== Scorecard (the score is the sum of these points)');
    for (const a of scorecardOf(report)) {
      const { first, more } = evidenceOf(report, a);
      lines.push(`  ${answerLabel(a.answer, words).padEnd(10)} ${`${a.points}/${a.outOf}`.padStart(5)}  ${questionOf(a, words)}`);
      if (first) lines.push(`      "${first}"${more ? ` (and ${more} more)` : ''}`);
    }
    lines.push('');
  }
  for (const [family, findings] of groupByFamily(rankFindings(report.findings))) {
    lines.push(`== ${familyName(family, words)} (${findings.length})`);
    for (const f of findings) {
      const tag = kindLabel(f, words).toLocaleUpperCase(words.lang);
      const d = detailsText(f.details);
      lines.push(`  [${tag}] ${reasonOf(f, words)}${d ? ` (${d})` : ''}`, `      "${f.text.replace(/\s+/g, ' ')}"`);
    }
    lines.push('');
  }
  return withoutBidi(lines.join('\n'));
}

export function formatReport(report: Report, format: ExportFormat, words: Words): string {
  switch (format) {
    case 'json': return toJson(report, words);
    case 'csv': return toCsv(report, words);
    case 'md': return toMarkdown(report, words);
    default: return toText(report, words);
  }
}

/** `fineprint-<host>-<yyyy-mm-dd>.<ext>` */
export function exportFileName(report: Report, ext: 'json' | 'csv' | 'md'): string {
  let host = 'policy';
  try { host = new URL(report.url).hostname || 'policy'; } catch { /* a file path or no URL */ }
  return `fineprint-${host.replace(/[^a-z0-9.-]/gi, '_')}-${report.scannedAt.slice(0, 10)}.${ext}`;
}
