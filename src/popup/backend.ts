/** The popup's connection to the browser: messages to the background and the tab, clipboard and permissions. */
import { browser } from 'wxt/browser';
import { clearHistory } from '../background/history';
import { sendMessage } from '../messages';
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

export function browserBackend(tabId: number): PopupBackend {
  return {
    getState: () => sendMessage('getTabState', tabId),
    scan: () => sendMessage('scanTab', tabId),
    jumpTo: (id) => void sendMessage('jumpTo', id, tabId).catch(() => undefined),
    setHighlightsVisible: (v) => void sendMessage('setHighlightsVisible', v, tabId).catch(() => undefined),
    copy: (text) => navigator.clipboard.writeText(text),
    allSitesGranted: () => browser.permissions.contains(ALL_SITES).catch(() => null),
    requestAllSites: () => browser.permissions.request(ALL_SITES).catch(() => false),
    getSettings: readSettings,
    setSettings: saveSettings,
    clearHistory,
  };
}
