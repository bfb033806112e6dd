/** The one typed message contract between content script, popup and background. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Detection } from './page/detect';
import type { Report } from './report/report';

/** What the content script sends: the page's text and how sure it is that this is a policy. */
export interface PageScan {
  url: string;
  title: string;
  text: string;
  detection: Detection;
  /** The user asked for this scan (from the popup). */
  forced: boolean;
}

/** What the popup shows for a tab. */
export type TabState =
  | { status: 'none' }
  | { status: 'scanning'; url: string }
  | { status: 'report'; report: Report }
  | { status: 'error'; message: string };

export interface ProtocolMap {
  /** content → background: analyse this page; the answer is the tab's new state. */
  analyzePage(scan: PageScan): TabState;
  /** popup → background */
  getTabState(tabId: number): TabState;
  /** popup → background: scan a tab the content script did not scan by itself. */
  scanTab(tabId: number): TabState;
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

/** Checks the shape and size of a scan from a content script: anything else is refused. */
export function validPageScan(data: unknown): data is PageScan {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  const det = d.detection as Record<string, unknown> | undefined;
  return typeof d.url === 'string' && d.url.length < 8192
    && typeof d.title === 'string' && d.title.length < 4096
    && typeof d.text === 'string' && d.text.length <= MAX_SCAN_CHARS
    && typeof d.forced === 'boolean'
    && !!det && typeof det.confidence === 'number' && Array.isArray(det.reasons);
}
