/** Names and order of rule families as a reader sees them. */

export const FAMILY_LABELS: Record<string, string> = {
  retention: 'Data retention',
  'legal-disclosure': 'Disclosure to authorities',
  'log-collection': 'Logs and metadata',
  sharing: 'Sharing with third parties',
  sale: 'Sale of data',
  ads: 'Advertising and marketing',
  location: 'Location',
  tracking: 'Tracking technologies',
  contact: 'Your contact details',
  'address-book': 'Your address book',
  'cross-border': 'Transfers abroad',
  'forced-consent': 'Forced consent',
  'policy-change': 'Policy changes',
  'user-choice': 'Your choices',
  'access-deletion': 'Access and deletion',
  security: 'Security claims',
};

export const FAMILY_ORDER = Object.keys(FAMILY_LABELS);

export function familyLabel(family: string): string {
  return FAMILY_LABELS[family] ?? family;
}

/** Findings grouped by family, families in reading order. */
export function groupByFamily<T extends { family: string }>(findings: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const f of findings) groups.set(f.family, [...(groups.get(f.family) ?? []), f]);
  return [...groups.entries()].sort(([a], [b]) => FAMILY_ORDER.indexOf(a) - FAMILY_ORDER.indexOf(b));
}

/** "period: 2 years; to: law enforcement": a finding's details as one line of text. */
export function detailsText(details: Record<string, string>, separator = '; '): string {
  return Object.entries(details).map(([k, v]) => `${k}: ${v}`).join(separator);
}

/** How a finding is shown: a good sign, a promise not to (shown as info), or its severity. */
export function findingKind(f: { points: number; polarity: string; severity: string }): string {
  return f.points > 0 ? 'good' : f.polarity === 'does-not' ? 'info' : f.severity;
}
