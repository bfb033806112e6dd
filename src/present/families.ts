/** Rule families in the order a reader meets them, and a finding's details as one line. */

export const FAMILY_ORDER = [
  'retention', 'legal-disclosure', 'log-collection', 'sharing', 'sale', 'ads', 'location', 'tracking', 'contact',
  'address-book', 'cross-border', 'forced-consent', 'policy-change', 'user-choice', 'access-deletion', 'security',
] as const;

/** Findings grouped by family, families in reading order. */
export function groupByFamily<T extends { family: string }>(findings: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const f of findings) groups.set(f.family, [...(groups.get(f.family) ?? []), f]);
  const rank = (family: string) => (FAMILY_ORDER as readonly string[]).indexOf(family);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** "period: 2 years; to: law enforcement": a finding's details as one line of text. */
export function detailsText(details: Record<string, string>, separator = '; '): string {
  return Object.entries(details).map(([k, v]) => `${k}: ${v}`).join(separator);
}
