/** Per-tab state in storage.session: it outlives the MV3 worker's restarts and dies with the browser session. */
import { storage } from 'wxt/utils/storage';
import type { TabState } from '../messages';

const key = (tabId: number) => `session:tab-${tabId}` as const;

export async function readTabState(tabId: number): Promise<TabState> {
  return (await storage.getItem<TabState>(key(tabId))) ?? { status: 'none' };
}

/** Stores the state; a report too large for session storage is replaced by a message that says so. */
export async function writeTabState(tabId: number, state: TabState): Promise<TabState> {
  try {
    await storage.setItem(key(tabId), state);
    return state;
  } catch (e) {
    const failed: TabState = { status: 'error', message: `Fineprint could not keep this report (${e instanceof Error ? e.message : String(e)}).` };
    await storage.setItem(key(tabId), failed).catch(() => undefined);
    return failed;
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
