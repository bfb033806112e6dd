/** The grade: the sum of the scorecard's points, so it depends on what the policy says it does, not on how often or in what order. */
import type { Finding, Grade, Severity } from '../engine/types';
import { isProtective } from '../practices';
import { answerRubric, RUBRIC, type Question, type RubricAnswer } from './rubric';

/**
 * Lowest score of each letter. Fitted on the 46 policies of the OPP-115 development split (Wilson et al.,
 * ACL 2016), where a typical policy scores 38–55, so that their letters spread (README, "The grade").
 */
export const GRADE_FLOORS: [Grade, number][] = [['A', 75], ['B', 55], ['C', 47], ['D', 38], ['E', 0]];

/** How a finding is ranked and coloured (not graded): a risk's weight by severity, a good sign's. */
export const RISK_WEIGHT: Record<Severity, number> = { high: 12, medium: 6, low: 2, info: 0 };
export const GOOD_SIGN_WEIGHT = 4;

export interface GradedReport {
  grade: Grade;
  /** 0–100: the points of all answers (the questions are worth 100 together). */
  score: number;
  rubric: RubricAnswer[];
  /** By finding id: negative for a risk, positive for a good sign, absent for neither. */
  points: Record<string, number>;
}

export function letterFor(score: number): Grade {
  return GRADE_FLOORS.find(([, floor]) => score >= floor)![0];
}

/** Score and letter from the answers alone. */
export function gradeAnswers(answers: readonly Pick<RubricAnswer, 'points'>[]): { grade: Grade; score: number } {
  const score = Math.round(answers.reduce((sum, a) => sum + a.points, 0));
  return { grade: letterFor(score), score };
}

/**
 * How the popup and page show a finding: a risk when some question counts it against the policy, a
 * good sign when one counts it for the policy (or it says it does a protective practice), else by its rule's severity.
 */
function findingWeight(f: Finding, questions: readonly Question[]): number {
  const stances = new Set(questions.map((q) => q.stance(f)));
  if (stances.has('bad') || stances.has('weak-bad')) return -Math.max(RISK_WEIGHT.low, RISK_WEIGHT[f.severity]);
  if (stances.has('good') || stances.has('mitigates') || (f.polarity === 'does' && isProtective(f.rule))) return GOOD_SIGN_WEIGHT;
  return f.polarity === 'does' ? -RISK_WEIGHT[f.severity] : 0;
}

export function gradeFindings(findings: readonly Finding[], questions: readonly Question[] = RUBRIC): GradedReport {
  const rubric = answerRubric(findings, questions);
  const points: Record<string, number> = {};
  for (const f of findings) {
    const w = findingWeight(f, questions);
    if (w !== 0) points[f.id] = w;
  }
  return { ...gradeAnswers(rubric), rubric, points };
}
