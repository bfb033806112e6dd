/** Decides whether a clause says a practice happens ("does") or is ruled out ("does-not"). */
import type { Polarity } from './types';

// A negation that governs what follows it in the clause.
const NEGATION = /\b(?:do|does|did|will|would|shall|should|can|could|may|must|is|are)\s+not\b|\b(?:don't|doesn't|won't|wouldn't|shan't|can't|cannot|isn't|aren't|dont|doesnt|wont|never|no longer|no one|nor|under no circumstances)\b|[’'`]t\b|\bnot\s+(?:sell|rent|share|disclose|trade|use|collect|store|track|retain|keep|give|provide|transfer)|\bneither\b|\b(?:contains?|uses?|has|have|includes?|there (?:is|are)) no\b/i;
// An exception turns "we do not share ... unless required by law" back into a practice.
const EXCEPTION = /\b(?:unless|except|other than|without your (?:prior |express )?(?:consent|permission)|but (?:we )?may|however,? we may|only (?:when|if|with|to|as|for|in)|except)\b/i;

// Chinese: 不会, 不得, 绝不, 不, 未, 没有, 从不 before the practice; 除非, 除外, 但, 经您同意, 依法 bring it back.
const ZH_NEGATION = /不会|不得|绝不|决不|从不|从未|不会向|不|未|没有|禁止|无需/;
const ZH_EXCEPTION = /除非|除外|以外|但|经(?:过)?您(?:的)?(?:明示|单独|书面)?同意|征得您(?:的)?(?:明示|单独)?同意|依法|依照|依据|根据.{0,6}法律|法律法规(?:另有)?规定/;

/** Polarity of a practice in a Chinese clause. */
export function polarityAtZh(clause: string, at: number): Polarity {
  const before = clause.slice(Math.max(0, at - 12), at);
  if (!ZH_NEGATION.test(before)) return 'does';
  return ZH_EXCEPTION.test(clause) ? 'does' : 'does-not';
}

// A negation inside a relative clause about the data ("information that does not identify you may be shared")
// describes the data, not the practice.
const DESCRIBES_THE_DATA = /\b(?:that|which|who)\s+(?:do|does|did|will|would|can|could|may|might)\s+not\s+(?:personally\s+|directly\s+|by itself\s+)?(?:identify|reveal|include|contain|disclose your identity)\w*/gi;
const blankedOut = (text: string) => text.replace(DESCRIBES_THE_DATA, (m) => ' '.repeat(m.length));
// Where a sentence turns to a new subject: "; ", or ", and/but/while" followed by one.
const NEW_SUBJECT = /;\s+|,\s+(?:and|but|while|whereas|so)\s+(?=(?:the|our|your|we|they|it|this|these|those|advertisers|partners|you)\b)/i;

/** Polarity of the practice whose trigger starts at `at` in the clause. "We do not share … except …" states
 *  a conditional practice (does); with `denialHolds` (a sale) the exception does not turn the denial round. */
export function polarityAt(clause: string, at: number, denialHolds = false): Polarity {
  const window = blankedOut(clause.slice(Math.max(0, at - 90), at + 1));
  // A negation governs its own part of the sentence: "we do not build a profile, and the ads you see are based on…".
  const parts = window.split(NEW_SUBJECT);
  const before = parts[parts.length - 1]!;
  if (!NEGATION.test(before)) return 'does';
  return !denialHolds && EXCEPTION.test(clause) ? 'does' : 'does-not';
}

/** Polarity of a clause as a whole, when no single trigger is known: its first negation governs. */
export function clausePolarity(clause: string): Polarity {
  const m = NEGATION.exec(blankedOut(clause));
  if (!m) return 'does';
  return EXCEPTION.test(clause) ? 'does' : 'does-not';
}
