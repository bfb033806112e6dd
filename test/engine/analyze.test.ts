import { describe, expect, it } from 'vitest';
import { analyzeText, MAX_WORDS } from '../../src/engine/analyze';

const rulesOf = (text: string) => analyzeText(text).findings.map((f) => `${f.rule}:${f.polarity}`);

describe('analyzeText', () => {
  it('keeps "we do not sell" apart from "we sell"', () => {
    expect(rulesOf('We do not sell your personal information.')).toContain('data-sale:does-not');
    expect(rulesOf('We may sell your personal information to data brokers.')).toContain('data-sale:does');
  });

  it('treats "will not disclose ... unless required by law" as a legal disclosure', () => {
    expect(rulesOf('We will not disclose your personal information unless required by law.')).toContain('legal-disclosure:does');
  });

  it('pulls out the retention period', () => {
    const [f] = analyzeText('We retain your search history for two years.').findings.filter((x) => x.family === 'retention');
    expect(f?.details.period).toBe('2 years');
    expect(f?.severity).toBe('medium');
    const [g] = analyzeText('We may keep your account information indefinitely.').findings.filter((x) => x.family === 'retention');
    expect(g?.details.period).toBe('indefinitely');
    expect(g?.severity).toBe('high');
  });

  it('does not flag headings or definitions', () => {
    expect(analyzeText('Third parties and advertisers').findings).toEqual([]);
    expect(analyzeText('"Cookies" means small files that advertisers use.').findings).toEqual([]);
  });

  it('tells encryption in transit from end-to-end encryption', () => {
    expect(rulesOf('Messages are encrypted in transit between our servers and your device.')).toContain('transit-encryption-only:does');
    expect(rulesOf('Messages are end-to-end encrypted, so we cannot read them.')).toContain('end-to-end-encryption:does');
  });

  it('gives findings offsets inside the text', () => {
    const text = 'Intro line.\nWe share your data with advertisers. We keep logs for 30 days.';
    for (const f of analyzeText(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('caps very long text and says how much was read', () => {
    const text = 'We share data with partners today. '.repeat(Math.ceil((MAX_WORDS + 600) / 6));
    const a = analyzeText(text);
    expect(a.words.analysed).toBe(MAX_WORDS);
    expect(a.words.total).toBeGreaterThan(MAX_WORDS);
  });
});
