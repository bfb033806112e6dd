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
 *  version of Fineprint, or damaged, asks for a new scan rather than showing nonsense). */
export async function shownState(s: StoredTabState): Promise<TabState> {
  if (s.status !== 'report') return s;
  const again = { status: 'error', message: 'Fineprint cannot read the report it kept for this page. Press Try again.' } as const;
  if (s.report.stored !== STORED_VERSION) return again;
  return unpackReport(s.report).then((report) => ({ status: 'report', report }) as const, () => again);
}

/** Calls back whenever the background writes the tab's state (no polling); returns the unsubscribe function. */
function watchTabState(tabId: number, callback: (s: TabState) => void): () => void {
  const session = browser.storage.session;
  if (!session?.onChanged) return () => undefined;
  // Unpacking takes a moment: states are told in the order they were written.
  let told = Promise.resolve();
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[tabStateKey(tabId)];
    if (!change) return;
    const shown = shownState((change.newValue as StoredTabState | undefined) ?? { status: 'none' });
    told = told.then(() => shown).then(callback);
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
