/** The order a reader sees findings in; free of the engine, so the popup can use it without bundling it. */
import type { Severity } from '../engine/types';
import type { ReportFinding } from './report';

/** Most severe first. */
export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** Findings a reader should see first: risks by severity and points, then good signs, then the rest. */
export function rankFindings<F extends Pick<ReportFinding, 'points' | 'severity' | 'start'>>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => (a.points - b.points) || (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) || (a.start - b.start));
}
