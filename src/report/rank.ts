/** The order a reader sees findings in; free of the engine, so the popup can use it without bundling it. */
import { SEVERITY_ORDER } from '../present/kind';
import type { ReportFinding } from './report';

/** Findings a reader should see first: risks by severity and points, then good signs, then the rest. */
export function rankFindings<F extends Pick<ReportFinding, 'points' | 'severity' | 'start'>>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => (a.points - b.points) || (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) || (a.start - b.start));
}
