// The practice catalogue: every family file registered, every practice complete in every language, found by a rule,
// and the locale files, the reasons and the grade's good signs all derived from it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules';
import type { Finding } from '../../src/engine/types';
import { DOES_NOT_GENERIC, FAMILIES, PRACTICES, practiceOfRule } from '../../src/practices';
import { LANGUAGES, midSentence } from '../../src/practices/shape';
import { catalogueYaml, withCatalogue, yamlScalar } from '../../src/present/catalogue-locales';
import { familyName, reasonOf } from '../../src/present/describe';
import { FAMILY_ORDER } from '../../src/present/families';
import { LOCALES_DIR, localeNames, localeWords } from '../../src/present/locale-files';
import { gradeFindings } from '../../src/grading/grade';

const DIR = join(__dirname, '../../src/practices');
const NOT_FAMILIES = ['index.ts', 'shape.ts'];

describe('the practice catalogue', () => {
  it('registers every family file once, under its file name, in the order the reader meets them', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !NOT_FAMILIES.includes(f)).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const exported = Object.values(await import(join(DIR, file)) as Record<string, unknown>);
      expect(exported, `${file} exports one family`).toHaveLength(1);
      expect(FAMILIES, `${file} is registered in src/practices/index.ts`).toContain(exported[0]);
      expect((exported[0] as { id: string }).id, file).toBe(basename(file, '.ts'));
    }
    expect(FAMILIES).toHaveLength(files.length);
    expect(FAMILY_ORDER).toEqual(FAMILIES.map((f) => f.id));
  });

  it('gives ids once: no two families, no two practices share one', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length);
    expect(new Set(PRACTICES.map((p) => p.id)).size).toBe(PRACTICES.length);
  });

  it('speaks the languages there are locale files for', () => {
    expect([...LANGUAGES].sort()).toEqual(localeNames());
  });

  it('says everything of every practice in every language, each translation its own text', () => {
    const gaps: string[] = [];
    const check = (where: string, texts: Readonly<Record<string, string>> | undefined, minEnglish: number) => {
      if (!texts) return;
      for (const language of LANGUAGES) {
        const text = texts[language]?.trim() ?? '';
        if (!text) gaps.push(`${where}: no ${language}`);
        else if (language !== 'en' && text === texts.en) gaps.push(`${where}: ${language} is the English text`);
      }
      if ((texts.en ?? '').length < minEnglish) gaps.push(`${where}: English shorter than ${minEnglish} characters`);
    };
    for (const family of FAMILIES) check(`family ${family.id}`, family.label, 4);
    for (const p of PRACTICES) {
      expect(typeof p.protective, `${p.id}.protective`).toBe('boolean');
      check(`${p.id}.does`, p.does, 20);
      check(`${p.id}.doesNot`, p.doesNot, 20);
    }
    check('DOES_NOT_GENERIC', DOES_NOT_GENERIC, 20);
    for (const language of LANGUAGES) expect(DOES_NOT_GENERIC[language], language).toContain('$1');
    expect(gaps).toEqual([]);
  });

  it('has a rule for every practice, and every rule finds a practice of its own family', () => {
    const english = new Set(RULES.filter((r) => !r.lang).map((r) => r.id));
    expect(PRACTICES.map((p) => p.id).filter((id) => !english.has(id))).toEqual([]);
    for (const rule of RULES) {
      const practice = practiceOfRule(rule.id);
      expect(practice?.family, rule.id).toBe(rule.family);
      expect(rule.why, rule.id).toBe(practice?.does.en);
      expect(rule.positive, rule.id).toBe(practice?.protective);
    }
  });
});

describe('what is derived from it', () => {
  it.each(LANGUAGES)('locales/%s.yml carries the catalogue as it is now (run `npm run locales` after changing a practice)', (language) => {
    const text = readFileSync(join(LOCALES_DIR, `${language}.yml`), 'utf8');
    expect(text).toContain(catalogueYaml(language));
    expect(withCatalogue(text, language)).toBe(text);
  });

  it('notices a locale file that is not current (the check above can fail)', () => {
    const text = readFileSync(join(LOCALES_DIR, 'en.yml'), 'utf8');
    const stale = text.replace(`  sale: ${yamlScalar(FAMILIES.find((f) => f.id === 'sale')!.label.en)}`, '  sale: Selling');
    expect(stale).not.toBe(text);
    expect(withCatalogue(stale, 'en')).not.toBe(stale);
  });

  it.each(LANGUAGES)('gives the reader in %s the catalogue\'s names and reasons', (language) => {
    const words = localeWords(language);
    for (const family of FAMILIES) expect(familyName(family.id, words)).toBe(family.label[language]);
    for (const p of PRACTICES) {
      const finding = (polarity: string) => ({ rule: p.id, polarity, severity: 'medium' as const, points: 0 });
      expect(reasonOf(finding('does'), words), p.id).toBe(p.does[language]);
      expect(reasonOf(finding('does-not'), words), p.id).toBe(p.doesNot?.[language] ?? DOES_NOT_GENERIC[language].replace('$1', midSentence(p.does[language], words.lang)));
      expect(reasonOf({ ...finding('does'), rule: `${p.id}-zh` }, words), `${p.id}-zh`).toBe(p.does[language]);
    }
  });

  it('reads a reason inside the generic denial with its first letter lowered, an abbreviation kept', () => {
    const en = localeWords('en');
    const denied = (rule: string) => reasonOf({ rule, polarity: 'does-not', severity: 'medium', points: 0 }, en);
    expect(denied('device-data')).toMatch(/^The policy says it does not do this: IP address /);
    expect(denied('location')).toMatch(/^The policy says it does not do this: where you are /);
    expect(RULES.find((r) => r.id === 'device-data')!.whyNot).toBe(denied('device-data'));
  });

  it('makes a protective practice a good sign and any other a risk, where no scorecard question decides', () => {
    for (const rule of RULES) {
      const f = { id: 'f', rule: rule.id, family: rule.family, tags: rule.tags, severity: 'low', polarity: 'does', text: '', explanation: '',
        details: {}, start: 0, end: 0 } satisfies Finding;
      const points = gradeFindings([f], []).points.f ?? 0;
      expect(Math.sign(points), rule.id).toBe(practiceOfRule(rule.id)!.protective ? 1 : -1);
    }
  });

  it('writes YAML that reads back as the very text', () => {
    const tricky = ['a: b', "it's", "'quoted'", '"quoted"', '#1', 'a #b', 'ends:', 'yes', 'No', '12', '- item', '? why', '[x]', '{x}',
      '*star', '&anchor', '!tag', '|pipe', '>fold', '%pct', '@at', '`tick`', ' leading', 'trailing ', '全角：冒号', 'plain text, with commas.'];
    const yaml = tricky.map((t, i) => `k${i}: ${yamlScalar(t)}`).join('\n');
    const parsed = parseMessagesText(yaml, 'YAML').filter((m) => /^k\d+$/.test(m.key.join('.')));
    expect(parsed.map((m) => ('message' in m ? m.message : m))).toEqual(tricky);
  });
});
