// Exports of hostile text: no bidi controls that reorder what a reader sees, no links made from page text.
import { describe, expect, it } from 'vitest';
import { toCsv, toJson, toMarkdown } from '../../src/report/export';
import { buildReport } from '../../src/grading/build-report';
import { englishWords } from '../../src/present/locale-files';

const en = englishWords();

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const hostile = buildReport(
  'We may sell your personal information to data brokers \u202Eelbisnopser ton era ew\u202C. To opt out visit https://evil.example/login or www.evil.example or write to help@evil.example.',
  { url: 'https://evil.example/privacy', title: 'Privacy \u2067Policy\u2069 \u202Eadmin' },
);

describe('exports of hostile text', () => {
  it('strip bidi control characters from every format', () => {
    expect(hostile.findings.length).toBeGreaterThan(0);
    for (const out of [toJson(hostile, en), toCsv(hostile, en), toMarkdown(hostile, en)]) expect(out).not.toMatch(BIDI);
    expect(toCsv(hostile, en)).toContain('We may sell your personal information to data brokers elbisnopser ton era ew.');
  });

  it('do not turn bare addresses in page text into Markdown links', () => {
    const md = toMarkdown(hostile, en);
    const body = md.split('\n').filter((l) => l.startsWith('  >')).join('\n');
    expect(body).toContain('evil');
    expect(body).not.toMatch(/https?:\/\//);
    expect(body).not.toMatch(/(^|[^\\])www\./);
    expect(body).not.toMatch(/[^\\]@evil/);
  });
});
