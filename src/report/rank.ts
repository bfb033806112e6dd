/** The order a reader sees findings in; free of the engine, so the popup can use it without bundling it. */
import type { ReportFinding } from './report';

/** Findings a reader should see first: risks by severity and points, then good signs, then the rest. */
export function rankFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  const order = { high: 0, medium: 1, low: 2, info: 3 } as const;
  return [...findings].sort((a, b) => (a.points - b.points) || (order[a.severity] - order[b.severity]) || (a.start - b.start));
}
