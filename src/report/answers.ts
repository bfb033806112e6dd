/** A scorecard answer as the popup and exports show it; free of the engine, so the popup can use it without bundling it. */

export type Answer = 'yes' | 'no' | 'partly' | 'not-stated';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'partly', 'not-stated'];

export const ANSWER_LABELS: Record<Answer, string> = { yes: 'Yes', no: 'No', partly: 'Partly', 'not-stated': 'Not stated' };

export interface RubricAnswer {
  id: string;
  question: string;
  answer: Answer;
  points: number;
  /** What the question is worth: the points of its safe answer. */
  outOf: number;
  /** The findings that decide the answer, in reading order. */
  findings: string[];
}

/** Full points: the safe answer; none: the unsafe one; anything between is partly safe. */
export function answerKind(a: Pick<RubricAnswer, 'points' | 'outOf'>): 'safe' | 'mixed' | 'unsafe' {
  return a.points >= a.outOf ? 'safe' : a.points <= 0 ? 'unsafe' : 'mixed';
}

/** "Scorecard: 3 safe, 4 partly, 6 unsafe, 2 not stated.": the answers at a glance, for the badge's tooltip. */
export function scorecardLine(rubric: readonly Pick<RubricAnswer, 'answer' | 'points' | 'outOf'>[]): string {
  const n = { safe: 0, partly: 0, unsafe: 0, 'not stated': 0 };
  for (const a of rubric) {
    if (a.answer === 'not-stated') n['not stated']++;
    else if (a.answer === 'partly') n.partly++;
    else n[answerKind(a) === 'safe' ? 'safe' : 'unsafe']++;
  }
  const parts = Object.entries(n).filter(([, count]) => count > 0).map(([label, count]) => `${count} ${label}`);
  return parts.length ? `Scorecard: ${parts.join(', ')}.` : '';
}
