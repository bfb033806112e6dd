// Chinese policies: language detection, segmentation, and the same tags on 60+ clauses written for this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { describesThePolicy, findClauses, isHeading } from '../../src/engine/clauses';
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

describe('Chinese negation and its scope', () => {
  const polarityOf = (text: string, family: string) => analyzeText(text).findings.filter((f) => f.family === family).map((f) => f.polarity);

  it('reads a denial however far the negation is from the words of the practice', () => {
    expect(polarityOf('我们不会把您在应用内的私信内容转交给任何广告商。', 'sharing')).not.toContain('does');
    expect(polarityOf('我们承诺不将您的会员资料租给或卖给其他机构。', 'sale')).toEqual(['does-not']);
    expect(polarityOf('您的行程记录绝不会被提供给保险公司。', 'sharing')).not.toContain('does');
  });

  it('keeps a denial whose only condition is your consent, as an opt-in does', () => {
    expect(polarityOf('未经您的书面同意，我们不会向合作机构披露您的病历。', 'sharing')).not.toContain('does');
    expect(polarityOf('我们不会在未获得您授权的情况下读取您的手机联系人。', 'address-book')).toEqual(['does-not']);
    expect(polarityOf('除非事先征得您的同意，我们不会将您的数据传到海外。', 'cross-border')).toEqual(['does-not']);
  });

  it('reads "not … except" (in listed cases) as a conditional practice, "not … except by law" as a legal disclosure, and neither as a sale', () => {
    expect(polarityOf('除下列情形外，我们不会与任何公司共享您的个人信息。', 'sharing')).toContain('does');
    // As in English: denying every recipient but the one the law demands is a disclosure to authorities, not sharing.
    expect(polarityOf('我们不会对外提供您的资料，法律法规另有规定的除外。', 'legal-disclosure')).toContain('does');
    expect(polarityOf('我们不会对外提供您的资料，法律法规另有规定的除外。', 'sharing')).not.toContain('does');
    expect(polarityOf('我们不会对外提供您的资料，但经您同意或法律法规另有规定的除外。', 'sharing')).not.toContain('does');
    expect(polarityOf('我们不会对外提供您的资料，但为完成支付与支付机构共享、或法律法规另有规定的除外。', 'sharing')).toContain('does');
    expect(polarityOf('我们不会出售您的数据，除非法律要求我们这样做。', 'sale')).toEqual(['does-not']);
  });

  it('is not fooled by words that only look negative', () => {
    // 不限于, 不时, 不少于, 未成年人 deny nothing; a condition ("如果您不希望…") asks rather than denies.
    expect(polarityOf('我们会收集您的设备信息，包括但不限于设备型号和IP地址。', 'log-collection')).toContain('does');
    expect(polarityOf('我们可能不时修改本政策，并通过弹窗通知您。', 'policy-change')).toEqual(['does']);
    expect(polarityOf('如果您不希望我们分析您的浏览记录，我们仍会收集您的搜索关键词。', 'log-collection')).toContain('does');
  });

  it('finds no practice on a clause the independent fixtures mark as denied', () => {
    const denied = readFileSync('test/fixtures/clauses/zh.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; negated?: string[] }).filter((c) => c.negated?.length);
    expect(denied.length).toBeGreaterThanOrEqual(20);
    for (const c of denied) expect([...does(c.text)].filter((t) => c.negated!.includes(t)), c.text).toEqual([]);
  });
});

describe('Chinese non-clauses carry nothing', () => {
  it.each([
    '第三条 我们如何共享您的信息',
    '如何保护您的个人信息',
    '五、我们如何使用Cookie和同类技术',
    '什么是设备标识符？',
    '常见问题：你们会出售我的数据吗？',
  ])('%s', (text) => {
    expect(isHeading(text)).toBe(true);
    expect(analyzeText(text).findings).toEqual([]);
  });

  it('reads a table of contents as one, not as practices', () => {
    const toc = '目录 一、我们收集哪些信息 二、我们如何共享、转让您的信息 三、我们如何保存您的信息';
    expect(describesThePolicy(toc)).toBe(true);
    expect(analyzeText(toc).findings).toEqual([]);
  });
});

describe('Chinese secondary tags are decided by the clause', () => {
  const tagsOf = (text: string, family: string) => analyzeText(text).findings.filter((f) => f.family === family).flatMap((f) => f.tags);

  it('a location is a log only when it is gathered as you go', () => {
    expect(tagsOf('我们会在后台持续采集您的GPS定位。', 'location')).toEqual(['location', 'log-collection']);
    expect(tagsOf('我们会根据您提供的位置信息为您推荐附近的门店。', 'location')).toEqual(['location']);
  });

  it('a legal obligation is a disclosure only when the data is handed over', () => {
    expect(tagsOf('根据法院的要求，我们会向其提供您的登录记录。', 'legal-disclosure')).toEqual(['legal-disclosure', 'sharing']);
    expect(tagsOf('按照反洗钱法规的要求，我们会核验您的身份信息。', 'legal-disclosure')).toEqual(['legal-disclosure']);
  });
});
