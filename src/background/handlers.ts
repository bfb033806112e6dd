/** The background's message handlers, in one table that says who may send each message: the page's reader
 *  (a content script of ours in a tab) or our own pages (the popup). Nothing else is answered. */
import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendMessage, validPageScan, type PageAnswer, type ProtocolMap, type StoredTabState } from '../messages';
import { READER_SCRIPT } from '../page/policy-urls';
import { packReport, pageReport } from '../report/stored';
import { readSettings } from '../settings';
import { contentHash } from '../text-hash';
import { analyzePageScan } from './analyze-page';
import { showBadge } from './badge';
import { clearHistory, recordVisit } from './history';
import { loadOf, readTabState, WORKER_ID, writeTabState } from './tab-state';

type Sender = Browser.runtime.MessageSender;

const fromOurExtension = (sender: Sender) => sender.id === browser.runtime.id;
const fromOurOrigin = (sender: Sender) => !!sender.url?.startsWith(browser.runtime.getURL('/'));
/** The popup or another page of ours, not a content script in a web page. */
export const fromOurPages = (sender: Sender) => fromOurExtension(sender) && fromOurOrigin(sender);
/** Our content script, in a tab showing a web page. */
const fromOurReader = (sender: Sender) => fromOurExtension(sender) && sender.tab?.id !== undefined && !fromOurOrigin(sender);

const refused = (why: string) => ({ status: 'error', message: why }) as const;
/** A page's own words in a message are cut, so that a refusal stays short. */
const short = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

async function analyzePage(data: unknown, tabId: number): Promise<PageAnswer> {
  // A refusal is stored too: the popup says why instead of waiting.
  if (!validPageScan(data)) return writeTabState(tabId, refused('Fineprint refused this page\'s scan: it was malformed or too large.')) as Promise<PageAnswer>;
  const load = loadOf(tabId);
  await writeTabState(tabId, { status: 'scanning', url: data.url, worker: WORKER_ID });
  let state: StoredTabState;
  try {
    const hash = await contentHash(data.text);
    const analysed = await analyzePageScan(data, hash);
    if (analysed.status === 'report') {
      let report = analysed.report;
      if ((await readSettings()).history && loadOf(tabId) === load) {
        const changes = await recordVisit(report, hash, { remember: data.loaded });
        if (changes) report = { ...report, changes };
      }
      state = { status: 'report', report: await packReport(report) };
    } else {
      state = analysed;
    }
  } catch (e) {
    state = refused(`Fineprint could not analyse this page: ${short(e instanceof Error ? e.message : String(e))}`);
  }
  // The tab loaded another page meanwhile: this report belongs to no page that is showing.
  if (loadOf(tabId) !== load) return { status: 'none' };
  state = await writeTabState(tabId, state);
  await showBadge(tabId, state);
  if (state.status === 'report') return { status: 'report', report: pageReport(state.report) };
  return state.status === 'error' ? state : { status: 'none' };
}

async function scanFailed(data: unknown, tabId: number): Promise<StoredTabState> {
  const why = typeof data === 'string' ? short(data) : 'no answer';
  return writeTabState(tabId, refused(`Fineprint could not read this page (${why}). Press Try again.`));
}

/** The user pressed "Scan this page": ask the content script, or inject it (activeTab grants that). */
async function scanTab(tabId: unknown): Promise<StoredTabState> {
  if (typeof tabId !== 'number') return refused('Refused.');
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return refused('That tab is gone.');
  const scanning: StoredTabState = { status: 'scanning', url: tab.url ?? '', worker: WORKER_ID };
  await writeTabState(tabId, scanning);
  const asked = await sendMessage('scanNow', undefined, tabId).catch(() => false);
  if (asked) return scanning;
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => { (globalThis as { __fineprintForce?: boolean }).__fineprintForce = true; } });
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER_SCRIPT}`] });
    return scanning;
  } catch (e) {
    return writeTabState(tabId, refused(`Fineprint cannot read this page (${e instanceof Error ? e.message : String(e)}). Browser pages and the extension store are off limits.`));
  }
}

/** Every message the background answers, and who may send it. */
const HANDLERS = {
  analyzePage: { from: fromOurReader, handle: (data: unknown, s: Sender) => analyzePage(data, s.tab!.id!) },
  scanFailed: { from: fromOurReader, handle: (data: unknown, s: Sender) => scanFailed(data, s.tab!.id!) },
  getTabState: { from: fromOurPages, handle: (tabId: unknown) => (typeof tabId === 'number' ? readTabState(tabId) : refused('Refused.')) },
  scanTab: { from: fromOurPages, handle: (tabId: unknown) => scanTab(tabId) },
  clearHistory: { from: fromOurPages, handle: () => clearHistory().then(() => ({ status: 'done' }) as const) },
} satisfies { [K in keyof ProtocolMap]?: { from: (s: Sender) => boolean; handle(data: unknown, s: Sender): Promise<ReturnType<ProtocolMap[K]>> | ReturnType<ProtocolMap[K]> } };

type Handled = keyof typeof HANDLERS;

/** Answers one message if its sender may send it; anyone else gets a refusal and changes nothing. */
export async function dispatch<K extends Handled>(type: K, data: unknown, sender: Sender): Promise<ReturnType<ProtocolMap[K]>> {
  const entry = HANDLERS[type];
  if (!entry.from(sender)) return refused(`Refused: ${type} is not accepted from this sender.`) as ReturnType<ProtocolMap[K]>;
  return (await entry.handle(data, sender)) as ReturnType<ProtocolMap[K]>;
}

export function listenForMessages(): void {
  for (const type of Object.keys(HANDLERS) as Handled[]) onMessage(type, ({ data, sender }) => dispatch(type, data, sender) as never);
}

export const handleAnalyzePage = (data: unknown, sender: Sender) => dispatch('analyzePage', data, sender);
export const handleGetTabState = (tabId: unknown, sender: Sender) => dispatch('getTabState', tabId, sender);
export const handleScanTab = (tabId: unknown, sender: Sender) => dispatch('scanTab', tabId, sender);
export const handleClearHistory = (sender: Sender) => dispatch('clearHistory', undefined, sender);
