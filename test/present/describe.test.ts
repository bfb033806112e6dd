// One vocabulary: how a finding is marked, its reason and the report's one line, in English and Chinese, and the exports that use them.
import { describe, expect, it } from 'vitest';
import { kindLabel, reasonOf, summaryOf } from '../../src/present/describe';
import { colourVariables, GRADE_COLOURS, isRisk, KIND_PRIORITY, KINDS, kindOf, SEVERITIES, SEVERITY_ORDER } from '../../src/present/kind';
import { englishWords, localeWords } from '../../src/present/locale-files';
import { toCsv, toJson, toMarkdown, toText } from '../../src/report/export';
import { buildReport } from '../../src/grading/build-report';
import { parseCsv } from '../csv';

const en = englishWords();
const zh = localeWords('zh_CN');
const POLICY = 'We retain your search history for two years. We may disclose your data to law enforcement. You can opt out of interest-based advertising. We do not sell your personal information.';
const report = buildReport(POLICY, { url: 'https://chat.example/privacy', title: 'Chat' }, new Date('2026-03-01T00:00:00Z'));
const byRule = (rule: string) => report.findings.find((f) => f.rule === rule)!;

describe('how a finding is marked', () => {
  it('a risk by its severity, a promise not to as info, an opt-out as a good sign', () => {
    expect(kindOf(byRule('legal-disclosure'))).toBe('high');
    expect(kindOf(byRule('opt-out'))).toBe('good');
    expect(kindLabel(byRule('opt-out'), en)).toBe('good sign');
    const promise = { ...byRule('data-sale'), points: 0 };
    expect(kindOf(promise)).toBe('info');
    expect(kindLabel(promise, en)).toBe('says it does not');
    expect(kindLabel(promise, zh)).toBe('承诺不做');
    // A promise the grade rewards is a good sign.
    expect(kindLabel({ ...promise, points: 5 }, en)).toBe('good sign');
  });

  it('a repeated good sign stays a good sign though only the first one scores', () => {
    expect(kindOf({ points: 0, polarity: 'does', severity: 'info', positive: true })).toBe('good');
  });

  it('follows the grade: what it counts against the policy is a risk, never a good sign', () => {
    const grudging = { points: -2, polarity: 'does-not', severity: 'info' as const };
    expect(isRisk(grudging)).toBe(true);
    expect(kindOf(grudging)).toBe('info');
    expect(summaryOf([{ ...grudging, family: 'sale', rule: 'data-sale' }], en)).toBe('1 clause of concern, none high-risk.');
    const outweighed = { points: -2, polarity: 'does', severity: 'low' as const, positive: true };
    expect(kindOf(outweighed)).toBe('low');
    expect(isRisk(byRule('opt-out'))).toBe(false);
  });

  it('orders kinds one way everywhere: most severe first, good signs last', () => {
    expect(KINDS).toEqual(['high', 'medium', 'low', 'info', 'good']);
    expect(SEVERITIES).toEqual(['high', 'medium', 'low', 'info']);
    expect(SEVERITIES.map((s) => SEVERITY_ORDER[s])).toEqual([0, 1, 2, 3]);
    expect(KINDS.map((k) => KIND_PRIORITY[k])).toEqual([4, 3, 2, 1, 0]);
  });

  it('gives the reason in the reader\'s language, and a Chinese rule the reason of its practice', () => {
    expect(reasonOf(byRule('legal-disclosure'), en)).toMatch(/^Your data can be handed to police/);
    expect(reasonOf(byRule('legal-disclosure'), zh)).toMatch(/^您的数据可能被提供给警方/);
    expect(reasonOf({ ...byRule('legal-disclosure'), rule: 'legal-disclosure-zh' }, zh)).toMatch(/^您的数据可能被提供给警方/);
    expect(reasonOf(byRule('data-sale'), zh)).toBe('政策承诺不出售您的数据。');
  });

  it('the popup and the badge share one grade colour table', () => {
    expect(colourVariables()).toContain(`--grade-B: ${GRADE_COLOURS.B};`);
  });
});

describe('the report\'s one line', () => {
  it('names the high-risk families and counts the good signs, in either language', () => {
    const legal = { family: 'legal-disclosure', severity: 'high' as const, polarity: 'does', rule: 'legal-disclosure', points: -12 };
    const keep = { family: 'retention', severity: 'high' as const, polarity: 'does', rule: 'retention-period', points: -12 };
    const optOut = { family: 'user-choice', severity: 'low' as const, polarity: 'does', rule: 'opt-out', points: 4 };
    expect(summaryOf([legal, keep, optOut], en)).toBe('High risk: data retention, disclosure to authorities. 1 good sign.');
    expect(summaryOf([legal, keep, optOut, optOut], zh)).toBe('高风险：数据保存、向政府机关披露。积极信号 2 条。');
  });

  it('counts lesser risks with the right plural, and says when there is nothing', () => {
    const f = { family: 'tracking', severity: 'medium' as const, polarity: 'does', rule: 'tracking-technologies', points: -6 };
    expect(summaryOf([f], en)).toBe('1 clause of concern, none high-risk.');
    expect(summaryOf([f, { ...f, points: -3 }], en)).toBe('2 clauses of concern, none high-risk.');
    expect(summaryOf([f, { ...f, points: -3 }], zh)).toBe('2 条值得关注的条款，均非高风险。');
    expect(summaryOf([], en)).toBe('No clauses of concern were found.');
  });
});

describe('exports in the reader\'s language', () => {
  it('Chinese: family headings, reasons and summary; the JSON keys and the CSV header stay as documented', () => {
    const md = toMarkdown(report, zh);
    expect(md).toContain('# Fineprint 报告：Chat');
    expect(md).toContain('## 向政府机关披露');
    expect(md).toContain('您的数据可能被提供给警方');
    const json = JSON.parse(toJson(report, zh));
    expect(json.summary).toBe(summaryOf(report.findings, zh));
    expect(json.summary).toMatch(/^高风险：向政府机关披露。积极信号 \d+ 条。$/);
    expect(json.findings.find((f: { rule: string }) => f.rule === 'legal-disclosure').explanation).toMatch(/^您的数据/);
    const rows = parseCsv(toCsv(report, zh));
    expect(rows[0]).toEqual(['family', 'severity', 'polarity', 'tags', 'text', 'explanation', 'details', 'rule', 'id', 'url']);
    expect(rows.some((r) => r[0] === '数据保存')).toBe(true);
  });

  it('English on the command line', () => {
    const text = toText(report, en);
    expect(text).toMatch(/\[HIGH\] Your data can be handed to police/);
    expect(text).toContain('[GOOD SIGN] The policy promises not to sell your data.');
    const grudging = buildReport('We do not sell your personal information without your consent.', { url: 'https://chat.example/privacy', title: 'Chat' });
    expect(toText(grudging, en)).toContain('[SAYS IT DOES NOT] The policy promises not to sell your data.');
    expect(toMarkdown(report, en)).toContain('## Disclosure to authorities');
    expect(JSON.parse(toJson(report, en)).summary).toMatch(/^High risk: disclosure to authorities\. \d+ good signs?\.$/);
  });
});
