/** The background's message handlers: only our own extension's contexts are answered. */
import { READER_SCRIPT } from '../page/policy-urls';
import { browser, type Browser } from 'wxt/browser';
import { sendMessage, validPageScan, type TabState } from '../messages';
import { readSettings } from '../settings';
import { contentHash } from '../text-hash';
import { analyzePageScan } from './analyze-page';
import { showBadge } from './badge';
import { recordVisit } from './history';
import { readTabState, writeTabState } from './tab-state';

type Sender = Browser.runtime.MessageSender;

const fromOurExtension = (sender: Sender) => sender.id === browser.runtime.id;
const extensionOrigin = () => browser.runtime.getURL('/');
/** The popup or another page of ours, not a content script in a web page. */
export const fromOurPages = (sender: Sender) => fromOurExtension(sender) && !!sender.url?.startsWith(extensionOrigin());

const refused = (why: string): TabState => ({ status: 'error', message: why });

export async function handleAnalyzePage(data: unknown, sender: Sender): Promise<TabState> {
  const tabId = sender.tab?.id;
  if (!fromOurExtension(sender) || tabId === undefined) return refused('Refused: not from a Fineprint content script.');
  if (!validPageScan(data)) return refused('Refused: the page scan was malformed or too large.');
  await writeTabState(tabId, { status: 'scanning', url: data.url });
  let state: TabState;
  try {
    const hash = await contentHash(data.text);
    state = await analyzePageScan(data, hash);
    if (state.status === 'report' && (await readSettings()).history) {
      const changes = await recordVisit(state.report, hash);
      if (changes) state = { status: 'report', report: { ...state.report, changes } };
    }
  } catch (e) {
    state = refused(`Fineprint could not analyse this page: ${e instanceof Error ? e.message : String(e)}`);
  }
  state = await writeTabState(tabId, state);
  await showBadge(tabId, state);
  return state;
}

export async function handleGetTabState(tabId: unknown, sender: Sender): Promise<TabState> {
  if (!fromOurPages(sender) || typeof tabId !== 'number') return refused('Refused.');
  return readTabState(tabId);
}

/** The user pressed "Scan this page": ask the content script, or inject it (activeTab grants that). */
export async function handleScanTab(tabId: unknown, sender: Sender): Promise<TabState> {
  if (!fromOurPages(sender) || typeof tabId !== 'number') return refused('Refused.');
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return refused('That tab is gone.');
  await writeTabState(tabId, { status: 'scanning', url: tab.url ?? '' });
  const asked = await sendMessage('scanNow', undefined, tabId).catch(() => false);
  if (asked) return { status: 'scanning', url: tab.url ?? '' };
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => { (globalThis as { __fineprintForce?: boolean }).__fineprintForce = true; } });
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${READER_SCRIPT}`] });
    return { status: 'scanning', url: tab.url ?? '' };
  } catch (e) {
    const state = refused(`Fineprint cannot read this page (${e instanceof Error ? e.message : String(e)}). Browser pages and the extension store are off limits.`);
    await writeTabState(tabId, state);
    return state;
  }
}
