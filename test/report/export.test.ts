import { describe, expect, it } from 'vitest';
import { exportFileName, neutraliseCell, toCsv, toExportObject, toJson, toMarkdown } from '../../src/report/export';
import { buildReport } from '../../src/grading/build-report';
import { type Report } from '../../src/report/report';
import { summaryOf } from '../../src/present/describe';
import { englishWords } from '../../src/present/locale-files';
import { parseCsv } from '../csv';

const en = englishWords();
const NOW = new Date('2026-03-01T12:00:00Z');
const report = (text: string, url = 'https://chat.example/privacy'): Report => buildReport(text, { url, title: 'Example policy' }, NOW);

describe('JSON export', () => {
  it('follows the documented schema field for field', () => {
    const r = report('We retain your search history for two years. We do not sell your personal information.');
    const j = JSON.parse(toJson(r, en));
    expect(Object.keys(j)).toEqual(['tool', 'version', 'url', 'title', 'scannedAt', 'grade', 'score', 'summary', 'rubric', 'findings']);
    expect(j.tool).toBe('fineprint');
    expect(j.scannedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(j.grade).toMatch(/^[A-E]$/);
    const f = j.findings.find((x: { rule: string }) => x.rule === 'retention-period');
    expect(Object.keys(f)).toEqual(['id', 'rule', 'family', 'tags', 'severity', 'polarity', 'text', 'explanation', 'details', 'quote', 'because']);
    // The cues that decided it, as words of the clause.
    expect(f.because.length).toBeGreaterThan(0);
    for (const cue of f.because) expect(f.text.toLowerCase()).toContain(cue.toLowerCase());
    expect(f.details.period).toBe('2 years');
    expect(f.quote.exact).toBe(f.text);
    expect(j.findings.find((x: { rule: string }) => x.rule === 'data-sale').polarity).toBe('does-not');
    expect(j.summary).toBe(summaryOf(r.findings, en));
  });

  it('carries the scorecard: every answer with its points and the ids of the findings that decide it', () => {
    const r = report('We do not sell your personal information. We may keep your account information indefinitely.');
    const j = JSON.parse(toJson(r, en));
    expect(Object.keys(j.rubric[0])).toEqual(['id', 'question', 'answer', 'points', 'outOf', 'findings']);
    const sells = j.rubric.find((a: { id: string }) => a.id === 'sells-data');
    expect(sells).toMatchObject({ question: 'Does it sell or trade your data?', answer: 'no', points: 10, outOf: 10 });
    expect(sells.findings.map((id: string) => j.findings.find((f: { id: string }) => f.id === id).text)).toEqual(['We do not sell your personal information.']);
    expect(j.rubric.find((a: { id: string }) => a.id === 'keeps-data').answer).toBe('no');
    expect(j.rubric.reduce((s: number, a: { points: number }) => s + a.points, 0)).toBe(j.score);
  });

  it('cites only findings the report still holds, when a stored report had to drop some', () => {
    const full = report('We may sell your personal information to data brokers. We sell your browsing history to advertisers.');
    const trimmed = { ...full, findings: full.findings.filter((f) => !f.text.startsWith('We sell')) };
    const sells = JSON.parse(toJson(trimmed, en)).rubric.find((a: { id: string }) => a.id === 'sells-data');
    expect(sells.answer).toBe('yes');
    expect(sells.findings).toEqual(trimmed.findings.filter((f) => f.rule === 'data-sale').map((f) => f.id));
    expect(sells.findings).toHaveLength(1);
  });

  it('includes changes when the report has them', () => {
    const r = { ...report('We share your data with advertisers.'), changes: { since: NOW.toISOString(), added: [{ text: 'x', tags: ['sharing' as const] }], removed: [] } };
    expect(toExportObject(r, en).changes?.added).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=HYPERLINK("http://evil")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(bad).startsWith("'")).toBe(true);
    expect(neutraliseCell('We keep logs.')).toBe('We keep logs.');
  });

  it('is RFC 4180: quotes, commas and newlines survive a round trip', () => {
    const text = 'We share "usage data", including searches, with advertisers.\n=cmd|\' /C calc\'!A0 We keep logs for 30 days.';
    const r = report(text);
    const rows = parseCsv(toCsv(r, en));
    expect(rows[0]).toEqual(['family', 'severity', 'polarity', 'tags', 'text', 'explanation', 'details', 'rule', 'id', 'url']);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const texts = rows.slice(1, r.findings.length + 1).map((row) => row[4]);
    expect(texts).toContain('We share "usage data", including searches, with advertisers.');
    expect(texts.some((t) => t!.startsWith("'=cmd"))).toBe(true);
    expect(toCsv(r, en).endsWith('\r\n')).toBe(true);
  });

  it('has the scorecard in rows of its own below the findings', () => {
    const r = report('We may sell your personal information to data brokers. We share your data with advertisers.');
    const rows = parseCsv(toCsv(r, en));
    const header = rows.findIndex((row) => row[0] === 'question id');
    expect(header).toBe(r.findings.length + 2);
    expect(rows[header - 1]!.every((cell) => cell === '')).toBe(true);
    expect(rows[header]!.slice(0, 6)).toEqual(['question id', 'question', 'answer', 'points', 'out of', 'finding ids']);
    const sells = rows.find((row) => row[0] === 'sells-data')!;
    expect(sells.slice(2, 5)).toEqual(['Yes', '0', '10']);
    expect(sells[5]!.split(' ')).toEqual(r.rubric.find((a) => a.id === 'sells-data')!.findings);
    expect(rows.slice(header + 1)).toHaveLength(r.rubric.length);
  });

  it('keeps non-Latin text intact', () => {
    const r = report('Wir geben Daten an Dritte weiter. We share your data with advertisers in 中国 and Москва.');
    expect(toCsv(r, en)).toContain('中国 and Москва');
  });
});

describe('Markdown export', () => {
  it('reads as a report and cannot smuggle links or HTML', () => {
    const md = toMarkdown(report('We share your data with advertisers <img src=x onerror=alert(1)> [click](javascript:alert(1)).'), en);
    expect(md).toContain('# Fineprint report: Example policy');
    expect(md).toContain('## Sharing with third parties');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/\]\(javascript/);
    expect(md).toContain('\\<img');
  });

  it('has a readable scorecard: each question, its answer and points, and the clause that decides it', () => {
    const md = toMarkdown(report('We do not sell your personal information. We may keep your account information indefinitely.'), en);
    expect(md).toContain('## Scorecard');
    expect(md).toContain('- Does it sell or trade your data? **No** (10/10)\n  > We do not sell your personal information.');
    expect(md).toContain('- Does it limit how long your data is kept? **No** (0/8)\n  > We may keep your account information indefinitely.');
    expect(md).toContain('- Is your address book uploaded? **Not stated** (5/6)\n- ');
  });
});

it('names files fineprint-<host>-<yyyy-mm-dd>.<ext>', () => {
  expect(exportFileName(report('We keep logs.', 'https://www.chat.example/legal/privacy'), 'csv')).toBe('fineprint-www.chat.example-2026-03-01.csv');
  expect(exportFileName(report('We keep logs.', 'not a url'), 'json')).toBe('fineprint-policy-2026-03-01.json');
});
