/** The popup's connection to the browser: messages to the background and the tab, clipboard and permissions.
 *  The popup reaches background state (reports, history) only through messages, never by importing its modules. */
import { browser } from 'wxt/browser';
import { sendMessage, tabStateKey, type StoredTabState, type TabState } from '../messages';
import { STORED_VERSION, unpackReport } from '../report/stored';
import { readSettings, saveSettings } from '../settings';
import type { PopupBackend } from './App';

const ALL_SITES = { origins: ['<all_urls>'] };

/** `popup.html?tabId=N` shows tab N; without it, the active tab. */
export async function popupTabId(search: string): Promise<number | null> {
  const n = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(n) && n >= 0 && new URLSearchParams(search).has('tabId')) return n;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The stored state as the popup shows it: the slim report unpacked (one stored in another form, by an earlier
 *  version of Fineprint, asks for a new scan rather than showing nonsense). */
export function shownState(s: StoredTabState): TabState {
  if (s.status !== 'report') return s;
  if (s.report.stored !== STORED_VERSION) return { status: 'error', message: 'Fineprint was updated since it read this page. Press Try again.' };
  return { status: 'report', report: unpackReport(s.report) };
}

/** Calls back whenever the background writes the tab's state (no polling); returns the unsubscribe function. */
function watchTabState(tabId: number, callback: (s: TabState) => void): () => void {
  const session = browser.storage.session;
  if (!session?.onChanged) return () => undefined;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[tabStateKey(tabId)];
    if (change) callback(shownState((change.newValue as StoredTabState | undefined) ?? { status: 'none' }));
  };
  session.onChanged.addListener(listener);
  return () => session.onChanged.removeListener(listener);
}

export function browserBackend(tabId: number): PopupBackend {
  return {
    getState: async () => shownState(await sendMessage('getTabState', tabId)),
    scan: async () => shownState(await sendMessage('scanTab', tabId)),
    watchState: (callback) => watchTabState(tabId, callback),
    jumpTo: (id) => void sendMessage('jumpTo', id, tabId).catch(() => undefined),
    setHighlightsVisible: (v) => void sendMessage('setHighlightsVisible', v, tabId).catch(() => undefined),
    copy: (text) => navigator.clipboard.writeText(text),
    allSitesGranted: () => browser.permissions.contains(ALL_SITES).catch(() => null),
    requestAllSites: () => browser.permissions.request(ALL_SITES).catch(() => false),
    getSettings: readSettings,
    setSettings: saveSettings,
    clearHistory: async () => {
      const done = await sendMessage('clearHistory', undefined);
      if (done.status === 'error') throw new Error(done.message);
    },
  };
}
