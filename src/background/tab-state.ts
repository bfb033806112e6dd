/** Per-tab state in storage.session: it outlives the MV3 worker's restarts and dies with the browser session. */
import { storage } from 'wxt/utils/storage';
import type { TabState } from '../messages';

const key = (tabId: number) => `session:tab-${tabId}` as const;

export async function readTabState(tabId: number): Promise<TabState> {
  return (await storage.getItem<TabState>(key(tabId))) ?? { status: 'none' };
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(key(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
