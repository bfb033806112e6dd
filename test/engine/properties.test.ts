// Property-based tests: any string, however hostile, gives findings inside the text, deterministically, without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { findClauses } from '../../src/engine/clauses';
import { englishWords } from '../../src/present/locale-files';
import { buildReport } from '../../src/grading/build-report';
import { toCsv, toMarkdown } from '../../src/report/export';
import { parseCsv } from '../csv';

// Policy words mixed with noise make the rules fire often, so offsets are really exercised.
const policyWord = fc.constantFrom('We', 'retain', 'share', 'sell', 'do not', 'never', 'your', 'data', 'with', 'law enforcement', 'advertisers',
  'for two years', 'cookies', 'IP address', 'unless required by law', '.', ';', ',', '\n', 'e.g.', 'U.S.', '•', '(a)', '隐私', '🙂', 'مرحبا');
const policyish = fc.array(fc.oneof(policyWord, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(policyish, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));

describe('engine properties', () => {
  it('never throws and keeps every finding inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const { findings } = analyzeText(text);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThan(f.end);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    }), { numRuns: 400 });
  });

  it('gives the same output for the same input', () => {
    fc.assert(fc.property(policyish, (text) => {
      expect(analyzeText(text)).toEqual(analyzeText(text));
    }), { numRuns: 150 });
  });

  it('splits clauses that lie inside the text, in order, without overlap', () => {
    fc.assert(fc.property(anyText, (text) => {
      let last = 0;
      for (const c of findClauses(text)) {
        expect(c.start).toBeGreaterThanOrEqual(last);
        expect(text.slice(c.start, c.end)).toBe(c.text);
        last = c.end;
      }
    }), { numRuns: 400 });
  });

  it('formats any report without throwing, and CSV cells never start a formula', () => {
    fc.assert(fc.property(policyish, fc.constantFrom('=', '+', '-', '@'), (text, lead) => {
      const r = buildReport(`${lead}${text} We share your data with advertisers.`, { url: 'https://x.example/privacy', title: `${lead}title` });
      const csv = toCsv(r, englishWords());
      for (const row of parseCsv(csv).slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(() => toMarkdown(r, englishWords())).not.toThrow();
    }), { numRuns: 100 });
  });
});
