/** "Changed since your last visit": per site, the flagged clauses last seen, and what is new, gone or reworded. */
import { storage } from 'wxt/utils/storage';
import type { Tag } from '../engine/types';
import { isRisk } from '../present/kind';
import type { Report, ReportChanges } from '../report/report';
import { contentHash, isContentHash } from '../text-hash';

export interface RememberedClause { hash: string; quote: string; tags: Tag[] }
export interface SiteMemory {
  scannedAt: string;
  textHash: string;
  clauses: RememberedClause[];
  /** What changed when this text was first seen, told again on revisits of the same text. */
  changes?: ReportChanges;
}
export type History = Record<string, SiteMemory>;

/** Bounds, so that history stays small on a shared computer and well inside storage.local's 10 MB:
 *  at most about 100 × (150 + 2 × 50) × 170 bytes ≈ 4 MB. */
export const MAX_SITES = 100;
/** One site keeps at most this many addresses, so a page rewriting its own address cannot evict other sites. */
export const MAX_ADDRESSES_PER_HOST = 4;
export const MAX_CLAUSES_PER_SITE = 150;
export const MAX_CHANGES_LISTED = 50;
export const QUOTE_CHARS = 120;

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

const hostOf = (key: string) => key.split('/')[0]!;

/** The clauses worth remembering: risky practices the policy says it does (hashes of 128 bits: enough against forgery). */
export async function flaggedClauses(report: Report): Promise<RememberedClause[]> {
  const seen = new Map<string, RememberedClause>();
  for (const f of report.findings) {
    if (f.polarity !== 'does' || !isRisk(f) || f.severity === 'info') continue;
    const hash = await contentHash(normalise(f.text), 32);
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
    added: now.filter((c) => !old.has(c.hash)).slice(0, MAX_CHANGES_LISTED).map((c) => ({ text: c.quote, tags: c.tags })),
    removed: before.clauses.filter((c) => !cur.has(c.hash)).slice(0, MAX_CHANGES_LISTED).map((c) => ({ text: c.quote, tags: c.tags })),
  };
}

// One visit at a time: concurrent read-modify-writes of the one history item would lose each other's entries.
let queue: Promise<unknown> = Promise.resolve();

/** Compares the report with the site's last visit, remembers this one, and returns the changes if any
 *  (a revisit of the same text is told the same changes again). `policyTextHash` is the text's contentHash. */
export function recordVisit(report: Report, policyTextHash: string, { remember = true } = {}): Promise<ReportChanges | undefined> {
  const run = queue.then(() => recordVisitNow(report, policyTextHash, remember));
  queue = run.catch(() => undefined);
  return run;
}

/** `remember` false (a re-scan, not a page load): tell the changes, but write nothing. */
async function recordVisitNow(report: Report, policyTextHash: string, remember: boolean): Promise<ReportChanges | undefined> {
  // A copy: the storage fallback object must never be mutated.
  const history = { ...(await historyItem.getValue()) };
  const key = siteKey(report.url);
  // A memory from before SHA-256 keys (or a damaged one) is not trusted: this visit counts as the first.
  const before = isContentHash(history[key]?.textHash) ? history[key] : undefined;
  if (before?.textHash === policyTextHash) return before.changes;
  const clauses = await flaggedClauses(report);
  const diff = before ? diffClauses(before, clauses) : undefined;
  const changes = diff && (diff.added.length || diff.removed.length) ? diff : undefined;
  if (!remember) return changes;
  history[key] = { scannedAt: report.scannedAt, textHash: policyTextHash, clauses, ...(changes ? { changes } : {}) };
  const sameHost = Object.keys(history).filter((k) => k !== key && hostOf(k) === hostOf(key))
    .sort((a, b) => history[b]!.scannedAt.localeCompare(history[a]!.scannedAt));
  for (const old of sameHost.slice(MAX_ADDRESSES_PER_HOST - 1)) delete history[old];
  await saveBounded(history);
  return changes;
}

/** Keeps the newest MAX_SITES memories; if storage still refuses, drops the older half and tries once more,
 *  and otherwise gives up on history rather than on the report. */
async function saveBounded(history: History): Promise<void> {
  const newestFirst = Object.keys(history).sort((a, b) => history[b]!.scannedAt.localeCompare(history[a]!.scannedAt));
  const keep = (n: number) => Object.fromEntries(newestFirst.slice(0, n).map((k) => [k, history[k]!]));
  try {
    await historyItem.setValue(keep(MAX_SITES));
  } catch {
    await historyItem.setValue(keep(Math.ceil(Math.min(newestFirst.length, MAX_SITES) / 2))).catch(() => undefined);
  }
}

export function clearHistory(): Promise<void> {
  const run = queue.then(() => historyItem.removeValue());
  queue = run.catch(() => undefined);
  return run;
}
