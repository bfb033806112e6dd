/** What a finding is called and why it matters, and the report's one line, in the reader's words. */
import type { Severity } from '../engine/types';
import { midSentence } from '../practices/shape';
import { groupByFamily } from './families';
import { isRisk, kindOf } from './kind';
import { countOf, type Words } from './words';

/** Message keys allow letters, digits and underscores only: "legal-disclosure" → "legal_disclosure". */
const keyPart = (id: string) => id.replace(/-zh$/, '').replace(/[^A-Za-z0-9]/g, '_');

export function familyName(family: string, words: Words): string {
  return words.find(`family.${keyPart(family)}`) ?? family;
}

interface Described { rule: string; polarity: string; severity: Severity; points: number; positive?: boolean; explanation?: string }

/** The chip on a finding: its severity, "good sign", or "says it does not". */
export function kindLabel(f: Described, words: Words): string {
  if (f.polarity === 'does-not' && kindOf(f) !== 'good') return words.t('kind.doesNot');
  return words.t(`kind.${kindOf(f)}`);
}

/** Why a finding matters. A Chinese rule ("x-zh") shares the reason of the practice it was built from. */
export function reasonOf(f: Described, words: Words): string {
  const id = keyPart(f.rule);
  const does = words.find(`reason.${id}.does`);
  if (f.polarity !== 'does-not') return does ?? f.explanation ?? '';
  const not = words.find(`reason.${id}.doesNot`);
  if (not) return not;
  return does ? words.t('reason.notGeneric', [midSentence(does, words.lang)]) : f.explanation ?? '';
}

/** The report's one line: the high-risk families in reading order, or how many lesser risks, and the good signs. */
export function summaryOf(findings: readonly (Described & { family: string })[], words: Words): string {
  const risks = findings.filter(isRisk);
  const good = findings.filter((f) => kindOf(f) === 'good').length;
  if (!risks.length) return words.t(good ? 'summary.onlyGood' : 'summary.nothing');
  const highFamilies = groupByFamily(risks.filter((f) => kindOf(f) === 'high')).map(([family]) => family);
  const parts = [
    highFamilies.length
      ? words.t('summary.high', [highFamilies.map((f) => familyName(f, words).toLocaleLowerCase(words.lang)).join(words.t('summary.listSeparator'))])
      : countOf(words, 'summary.lesser', risks.length),
  ];
  if (good) parts.push(countOf(words, 'summary.good', good));
  return parts.join(words.t('summary.partSeparator'));
}



type Answer = 'yes' | 'no' | 'partly' | 'not-stated';

/** A scorecard answer: Yes, No, Partly, Not stated. */
export function answerLabel(answer: Answer, words: Words): string {
  return words.find(`scorecard.answer.${keyPart(answer)}`) ?? answer;
}

/** A scorecard question in the reader's words; the report's own (English) words for one no locale has yet. */
export function questionOf(a: { id: string; question: string }, words: Words): string {
  return words.find(`scorecard.question.${keyPart(a.id)}`) ?? a.question;
}

/** The scorecard in one line ("Scorecard: 9 safe, 2 partly, 4 unsafe."), for the toolbar button's tooltip. */
export function scorecardLine(rubric: readonly { answer: Answer; points: number; outOf: number }[], words: Words): string {
  const n = { safe: 0, partly: 0, unsafe: 0, not_stated: 0 };
  for (const a of rubric) {
    if (a.answer === 'not-stated') n.not_stated++;
    else if (a.answer === 'partly') n.partly++;
    else n[a.points >= a.outOf ? 'safe' : 'unsafe']++;
  }
  const parts = Object.entries(n).filter(([, count]) => count > 0).map(([kind, count]) => words.find(`scorecard.tally.${kind}`, [count]) ?? '');
  return parts.length ? words.t('scorecard.tally.line', [parts.join(words.t('summary.listSeparator'))]) : '';
}
