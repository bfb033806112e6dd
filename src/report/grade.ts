/** The grade: one documented function in which every point comes from a cited finding. */
import type { Finding, Grade, Severity } from '../engine/types';

/** Points a risky practice costs, by severity. */
export const PENALTY: Record<Severity, number> = { high: 12, medium: 6, low: 2, info: 0 };
/** Points a positive signal (opt-out, deletion rights, end-to-end encryption, short retention) adds. */
export const BONUS = 4;
/** A rule's repeats cost less: the first finding full, the second half, the rest nothing. */
const REPEAT_WEIGHT = [1, 0.5];

export const GRADE_FLOORS: [Grade, number][] = [['A', 85], ['B', 70], ['C', 50], ['D', 30], ['E', 0]];

export interface GradedReport {
  grade: Grade;
  score: number;
  /** Points by finding id: negative for risks, positive for good signals. */
  points: Record<string, number>;
}

function isPositive(f: Finding): boolean {
  return f.polarity === 'does' && (f.positive === true || (f.family === 'retention' && f.severity === 'low'));
}

/** Score = 100 − Σ penalties + Σ bonuses (each rule's bonus once), clamped to 0..100. */
export function gradeFindings(findings: readonly Finding[]): GradedReport {
  const points: Record<string, number> = {};
  const seen = new Map<string, number>();
  let score = 100;
  for (const f of findings) {
    if (f.polarity !== 'does') continue;
    const n = seen.get(f.rule) ?? 0;
    seen.set(f.rule, n + 1);
    let p = 0;
    if (isPositive(f)) p = n === 0 ? BONUS : 0;
    else p = -PENALTY[f.severity] * (REPEAT_WEIGHT[n] ?? 0);
    if (p !== 0) points[f.id] = p;
    score += p;
  }
  score = Math.round(Math.max(0, Math.min(100, score)));
  const grade = GRADE_FLOORS.find(([, floor]) => score >= floor)![0];
  return { grade, score, points };
}
