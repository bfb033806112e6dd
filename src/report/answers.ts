/** A scorecard answer as the popup and exports show it; free of the engine, so the popup can use it without bundling it. */

export type Answer = 'yes' | 'no' | 'partly' | 'not-stated';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'partly', 'not-stated'];


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

