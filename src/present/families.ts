/** Rule families in the order a reader meets them, and a finding's details as one line. */
import { FAMILIES, type FamilyId } from '../practices';

/** The catalogue's order. Marked pure so that a bundle without the family list (the content script) drops the catalogue. */
export const FAMILY_ORDER: readonly FamilyId[] = /* @__PURE__ */ FAMILIES.map((f) => f.id);

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
