/** What several rule families share: the opt-out pattern, and how a Chinese rule derives from an English one. */
import type { PracticeId } from '../../practices';
import type { EnglishRule, RuleSpec } from '../types';

/** Clauses that only explain how to refuse are user choice, not a practice: they open with the refusal
 *  ("To opt out of...", "You can unsubscribe...", "If you prefer not to receive..."). */
export const OPT_OUT_ONLY = /^[^\w']{0,40}(?:[\w']{1,40}[^\w']{1,20}){0,6}?(?:opt(?:ing)?[- ]?out|unsubscrib|prefer not to receive|(?:do not|don't) (?:want|wish) to receive|manage your (?:\w+ )?preferences)/i;


/** A Chinese rule finds the English rule's practice (the same family, tags, severity and reasons) with Chinese patterns. */
export type ChineseVariant = { of: PracticeId } & Pick<RuleSpec, 'match' | 'examples'> & Partial<Omit<RuleSpec, 'id' | 'lang' | 'tags'>>;

/** The English rules followed by their Chinese variants, each built from the English rule it names. */
export function withChinese(english: EnglishRule[], variants: ChineseVariant[]): RuleSpec[] {
  const chinese = variants.map(({ of, ...zh }): RuleSpec => {
    const base = english.find((r) => r.id === of);
    if (!base) throw new Error(`no English rule ${of} for a Chinese variant`);
    // The English patterns, their helpers and their examples' overlaps do not carry over: Chinese has its own.
    const { match: _m, also: _a, unless: _u, details: _d, examples: _e, ...meaning } = base;
    return { ...meaning, ...zh, id: `${of}-zh`, lang: 'zh' };
  });
  return [...english, ...chinese];
}
