/** Decides whether a clause says a practice happens ("does") or is ruled out ("does-not"). */
import type { Polarity } from './types';

// A negation that governs what follows it in the clause.
const NEGATION = /\b(?:do|does|did|will|would|shall|should|can|could|may|must|is|are)\s+not\b|\b(?:don't|doesn't|won't|wouldn't|shan't|can't|cannot|isn't|aren't|never|no longer)\b|\bnot\s+(?:sell|rent|share|disclose|trade|use|collect|store|track|retain|keep|give|provide|transfer)|\bneither\b/i;
// An exception turns "we do not share ... unless required by law" back into a practice.
const EXCEPTION = /\b(?:unless|except|other than|without your (?:prior |express )?(?:consent|permission)|but (?:we )?may|however,? we may|only (?:when|if|with|to|as|for|in)|except)\b/i;

/** Polarity of the practice whose trigger starts at `at` in the clause. */
export function polarityAt(clause: string, at: number): Polarity {
  const before = clause.slice(Math.max(0, at - 90), at + 1);
  if (!NEGATION.test(before)) return 'does';
  return EXCEPTION.test(clause) ? 'does' : 'does-not';
}
