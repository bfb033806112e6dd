/** "Changed since your last visit": per site, the flagged clauses last seen, and what is new, gone or reworded. */
import { storage } from 'wxt/utils/storage';
import type { Tag } from '../engine/types';
import type { Report, ReportChanges } from '../report/report';
import { textHash } from '../text-hash';

export interface RememberedClause { hash: string; quote: string; tags: Tag[] }
export interface SiteMemory { scannedAt: string; textHash: string; clauses: RememberedClause[] }
export type History = Record<string, SiteMemory>;

/** Bounds, so that history cannot grow without limit on a shared computer. */
export const MAX_SITES = 200;
export const MAX_CLAUSES_PER_SITE = 300;
export const QUOTE_CHARS = 200;

export const historyItem = storage.defineItem<History>('local:history', { fallback: {} });

/** One memory per policy address (host and path): a site's privacy policy and cookie policy are apart. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The clauses worth remembering: risky practices the policy says it does. */
export function flaggedClauses(report: Report): RememberedClause[] {
  const seen = new Map<string, RememberedClause>();
  for (const f of report.findings) {
    if (f.polarity !== 'does' || f.points > 0 || f.severity === 'info') continue;
    const hash = textHash(normalise(f.text));
    const prev = seen.get(hash);
    if (prev) prev.tags = [...new Set([...prev.tags, ...f.tags])];
    else seen.set(hash, { hash, quote: f.text.replace(/\s+/g, ' ').slice(0, QUOTE_CHARS), tags: [...f.tags] });
  }
  return [...seen.values()].slice(0, MAX_CLAUSES_PER_SITE);
}

/** New and gone flagged clauses between two visits; a reworded clause is both. */
export function diffClauses(before: SiteMemory, now: RememberedClause[]): ReportChanges {
  const old = new Set(before.clauses.map((c) => c.hash));
  const cur = new Set(now.map((c) => c.hash));
  return {
    since: before.scannedAt,
    added: now.filter((c) => !old.has(c.hash)).map((c) => ({ text: c.quote, tags: c.tags })),
    removed: before.clauses.filter((c) => !cur.has(c.hash)).map((c) => ({ text: c.quote, tags: c.tags })),
  };
}

/** Compares the report with the site's last visit, remembers this one, and returns the changes if any. */
export async function recordVisit(report: Report, policyTextHash: string): Promise<ReportChanges | undefined> {
  // A copy: the storage fallback object must never be mutated.
  const history = { ...(await historyItem.getValue()) };
  const key = siteKey(report.url);
  const before = history[key];
  const clauses = flaggedClauses(report);
  let changes: ReportChanges | undefined;
  if (before && before.textHash !== policyTextHash) {
    const d = diffClauses(before, clauses);
    if (d.added.length || d.removed.length) changes = d;
  }
  if (!before || before.textHash !== policyTextHash) {
    history[key] = { scannedAt: report.scannedAt, textHash: policyTextHash, clauses };
    const keys = Object.keys(history);
    if (keys.length > MAX_SITES) {
      keys.sort((a, b) => history[a]!.scannedAt.localeCompare(history[b]!.scannedAt));
      for (const k of keys.slice(0, keys.length - MAX_SITES)) delete history[k];
    }
    await historyItem.setValue(history);
  }
  return changes;
}

export async function clearHistory(): Promise<void> {
  await historyItem.removeValue();
}
