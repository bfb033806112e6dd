// Chinese policies: language detection, segmentation, and the same tags on 60+ clauses written for this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { findClauses } from '../../src/engine/clauses';
import { chineseNumber } from '../../src/engine/details';
import { evaluate } from '../../src/engine/evaluate';
import { countWords, detectLanguage } from '../../src/engine/language';

const clauses = readFileSync('test/fixtures/zh-clauses.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; tags: Record<string, boolean> });
const does = (text: string) => new Set(analyzeText(text).findings.filter((f) => f.polarity === 'does').flatMap((f) => f.tags));

describe('language', () => {
  it('tells Chinese from English by script', () => {
    expect(detectLanguage('我们会收集您的个人信息。')).toBe('zh');
    expect(detectLanguage('We collect your personal information.')).toBe('en');
    expect(detectLanguage('We collect your 个人信息 and your IP address for analytics purposes.')).toBe('en');
    expect(detectLanguage('微信隐私保护指引 WeChat Privacy Policy 我们会收集您的信息')).toBe('zh');
  });

  it('counts a Han character as a word', () => {
    expect(countWords('我们收集 IP address')).toBe(6);
  });
});

describe('Chinese segmentation', () => {
  it('splits sentences and long sentences at semicolons, keeping offsets', () => {
    const text = '一、我们如何收集信息\n我们会收集您的手机号码。我们会保存您的搜索记录六个月；期满后我们会删除这些记录。';
    const cs = findClauses(text);
    expect(cs.map((c) => c.text)).toEqual(['一、我们如何收集信息', '我们会收集您的手机号码。', '我们会保存您的搜索记录六个月；', '期满后我们会删除这些记录。']);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('Chinese rules', () => {
  it(`tags all ${clauses.length} fixture clauses as expected (positives and hard negatives)`, () => {
    expect(clauses.length).toBeGreaterThanOrEqual(60);
    expect(clauses.filter((c) => !Object.values(c.tags).some(Boolean)).length).toBeGreaterThanOrEqual(15);
    const wrong = clauses
      .map((c) => ({ text: c.text, expected: Object.keys(c.tags).filter((t) => c.tags[t]).sort(), got: [...does(c.text)].sort() }))
      .filter((r) => r.expected.join() !== r.got.join());
    expect(wrong).toEqual([]);
  });

  it('is scored by the same eval as English segments', () => {
    const e = evaluate(clauses);
    expect(e.tags.retention!.f1).toBe(1);
    expect(e.macroF1).toBeGreaterThan(0.9);
  });

  it('reads periods and polarity', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('三十')).toBe(30);
    expect(chineseNumber('六')).toBe(6);
    const f = analyzeText('我们会将您的搜索记录保存六个月。').findings.find((x) => x.family === 'retention');
    expect(f?.details.period).toBe('6 months');
    expect(analyzeText('我们会长期保存您的信息。').findings.find((x) => x.family === 'retention')?.severity).toBe('high');
    expect(analyzeText('我们不会出售您的个人信息。').findings.find((x) => x.family === 'sale')?.polarity).toBe('does-not');
    const legal = analyzeText('我们不会向第三方披露您的信息，除非法律法规另有规定。').findings.find((x) => x.family === 'legal-disclosure');
    expect(legal?.polarity).toBe('does');
    expect(legal?.details.to).toContain('whenever law requires');
  });
});
