/** Per-tab state in storage.session: it outlives the MV3 worker's restarts and dies with the browser session. */
import { storage } from 'wxt/utils/storage';
import { tabStateKey, type StoredTabState } from '../messages';

const key = (tabId: number) => `session:${tabStateKey(tabId)}` as const;

/** This background instance: a "scanning" state written by another one was orphaned when that one stopped. */
export const WORKER_ID = crypto.randomUUID();

export const ORPHANED = 'Fineprint stopped while reading this page. Press Try again.';

// Loads per tab since this worker started: an analysis that finishes after its tab moved on is dropped.
const loads = new Map<number, number>();
export const loadOf = (tabId: number) => loads.get(tabId) ?? 0;

/** The tab started loading a page: the old page's report, and any analysis still running for it, are void. */
export async function onTabLoading(tabId: number): Promise<void> {
  loads.set(tabId, loadOf(tabId) + 1);
  await clearTabState(tabId);
}

export async function readTabState(tabId: number): Promise<StoredTabState> {
  const state = (await storage.getItem<StoredTabState>(key(tabId))) ?? { status: 'none' };
  if (state.status === 'scanning' && state.worker !== WORKER_ID) return writeTabState(tabId, { status: 'error', message: ORPHANED });
  return state;
}

/** Stores the state; a report too large for session storage is replaced by a message that says so. */
export async function writeTabState(tabId: number, state: StoredTabState): Promise<StoredTabState> {
  try {
    await storage.setItem(key(tabId), state);
    return state;
  } catch (e) {
    const failed: StoredTabState = { status: 'error', message: `Fineprint could not keep this report (${e instanceof Error ? e.message : String(e)}).` };
    await storage.setItem(key(tabId), failed).catch(() => undefined);
    return failed;
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
