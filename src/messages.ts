/** The one typed message contract between content script, popup and background: each message carries only what
 *  its reader uses. Who may send which message is checked in one place (the table in src/background/handlers.ts). */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from './report/report';
import type { PageReport, StoredReport } from './report/stored';

/** What the content script sends: the page's text and facts. */
export interface PageScan {
  url: string;
  title: string;
  text: string;
  /** The first scan after the page loaded (not a navigation inside the page, nor a re-scan): only these are
   *  remembered in history, so a page rewriting its own address cannot flood it. */
  loaded: boolean;
}

/** A tab's state as stored in storage.session (the popup subscribes to it). */
export type StoredTabState =
  | { status: 'none' }
  /** `worker` names the background instance doing the work: another instance's scan was orphaned by a stop. */
  | { status: 'scanning'; url: string; worker?: string }
  | { status: 'report'; report: StoredReport }
  | { status: 'error'; message: string };

/** What the popup shows for a tab: the stored state with its report unpacked. */
export type TabState =
  | Exclude<StoredTabState, { status: 'report' }>
  | { status: 'report'; report: Report };

/** The background's answer to the page: what to draw, or why not. */
export type PageAnswer =
  | { status: 'report'; report: PageReport }
  | { status: 'error'; message: string }
  /** The tab moved on to another page while this one was analysed: nothing to draw. */
  | { status: 'none' };

/** An answer that carries nothing but whether it worked. */
export type Done = { status: 'done' } | { status: 'error'; message: string };

export interface ProtocolMap {
  /** content → background: analyse this page. */
  analyzePage(scan: PageScan): PageAnswer;
  /** content → background: the page could not get an answer, even on a second try. */
  scanFailed(message: string): StoredTabState;
  /** popup → background */
  getTabState(tabId: number): StoredTabState;
  /** popup → background: scan a tab the content script did not scan by itself. */
  scanTab(tabId: number): StoredTabState;
  /** popup → background: forget every site's history (the background owns it and its write queue). */
  clearHistory(): Done;
  /** popup → content */
  jumpTo(findingId: string): boolean;
  /** popup → content */
  setHighlightsVisible(visible: boolean): boolean;
  /** background → content: scan now, whatever detection said. */
  scanNow(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Page text larger than this is refused before analysis (the content script caps well below it). */
export const MAX_SCAN_CHARS = 5_500_000;
/** The content script cuts a page's title and address to these lengths; longer ones are refused. */
export const TITLE_CHARS = 500;
export const URL_CHARS = 2048;

/** Checks the shape and size of a scan from a content script: anything else is refused. */
export function validPageScan(data: unknown): data is PageScan {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return typeof d.url === 'string' && d.url.length <= URL_CHARS
    && typeof d.title === 'string' && d.title.length <= TITLE_CHARS
    && typeof d.text === 'string' && d.text.length <= MAX_SCAN_CHARS
    && typeof d.loaded === 'boolean';
}

/** A tab's key in storage.session, where the background writes its state and the popup watches it. */
export const tabStateKey = (tabId: number) => `tab-${tabId}`;
