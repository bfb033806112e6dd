// Every language says everything: the same messages, the same $1…$n, a reason for every rule, a name for every family
// (the names and reasons come from the practice catalogue: test/practices/catalogue.test.ts).
import { SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules';
import { familyName, questionOf, reasonOf } from '../../src/present/describe';
import { RUBRIC } from '../../src/grading/rubric';
import { FAMILY_ORDER } from '../../src/present/families';
import { localeMessages, localeNames, localeWords } from '../../src/present/locale-files';

const locales = localeNames();
const english = localeMessages('en');
const substitutions = (m: string) => Math.max(0, ...[...m.matchAll(/(?<!\$)\$([1-9])/g)].map((x) => Number(x[1])));

describe('locale files', () => {
  it('are English and Chinese, in locales Chrome and Firefox know', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN']));
    for (const l of locales) expect(SUPPORTED_LOCALES.has(l), `${l} is not a browser locale`).toBe(true);
  });

  it.each(locales)('%s has every message English has, with the same substitutions, and no others', (locale) => {
    const messages = localeMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(substitutions(messages[key]!.message), `${locale} ${key}`).toBe(substitutions(message));
    }
  });

  it('use message names the browser accepts', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^(?:@@)?[A-Za-z0-9_]+$/);
  });

  it('give every rule a reason in every language, and the English one is the rule\'s own', () => {
    const missing: string[] = [];
    for (const locale of locales) {
      const words = localeWords(locale);
      for (const rule of RULES) {
        const does = reasonOf({ rule: rule.id, polarity: 'does', severity: rule.severity, points: 0 }, words);
        if (!does || does === rule.why && locale !== 'en') missing.push(`${locale}: ${rule.id}`);
      }
    }
    expect(missing).toEqual([]);
    const en = localeWords('en');
    for (const rule of RULES) {
      expect(reasonOf({ rule: rule.id, polarity: 'does', severity: rule.severity, points: 0 }, en), `locales/en.yml reason.${rule.id}`).toBe(rule.why);
      expect(reasonOf({ rule: rule.id, polarity: 'does-not', severity: rule.severity, points: 0 }, en), `locales/en.yml reason.${rule.id}.doesNot`).toBe(rule.whyNot);
    }
  });

  it('name every family in every language', () => {
    for (const rule of RULES) expect(FAMILY_ORDER as readonly string[]).toContain(rule.family);
    for (const locale of locales) {
      const words = localeWords(locale);
      for (const family of FAMILY_ORDER) expect(familyName(family, words), `${locale} ${family}`).not.toBe(family);
    }
  });

  it('ask every scorecard question in every language, the English one as the rubric asks it', () => {
    for (const q of RUBRIC) expect(questionOf({ id: q.id, question: '' }, localeWords('en')), `locales/en.yml scorecard.question.${q.id}`).toBe(q.question);
    for (const locale of locales) {
      const words = localeWords(locale);
      for (const q of RUBRIC) expect(questionOf({ id: q.id, question: '' }, words), `${locale} ${q.id}`).not.toBe('');
    }
  });
});
