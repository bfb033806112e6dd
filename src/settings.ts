/** The user's settings, in storage.sync where the browser has it: what to show, and what Fineprint may do by itself.
 *  Plain browser.storage rather than @wxt-dev/storage: the content script reads this too, and its 15 kB budget
 *  has no room for the storage library for one key. */
import { browser } from 'wxt/browser';
import type { Severity } from './engine/types';
import { SEVERITY_ORDER } from './present/kind';

export interface Settings {
  /** Families the user chose not to see (highlights and popup). */
  hiddenFamilies: string[];
  /** Findings below this severity are not highlighted or listed (good signs always are). */
  minSeverity: Severity;
  /** Scan policy-looking pages by themselves; off means only when asked from the popup. */
  autoScan: boolean;
  /** Remember flagged clauses per site to report what changed since the last visit. */
  history: boolean;
  /** Highlight low risks, notes and good signs on the page too; by default the page shows only medium and high risks. */
  highlightAll: boolean;
}

export const DEFAULT_SETTINGS: Settings = { hiddenFamilies: [], minSeverity: 'info', autoScan: true, history: true, highlightAll: false };

const KEY = 'settings';
const area = () => browser.storage.sync ?? browser.storage.local;

function withDefaults(value: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...(value && typeof value === 'object' ? (value as Partial<Settings>) : {}) };
}

export async function readSettings(): Promise<Settings> {
  const got = await area().get(KEY).catch(() => ({}) as Record<string, unknown>);
  return withDefaults(got[KEY]);
}

export async function saveSettings(s: Settings): Promise<void> {
  await area().set({ [KEY]: s });
}

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (KEY in changes && (areaName === 'sync' || areaName === 'local')) callback(withDefaults(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether the user wants to see this finding. */
export function isShown(f: { family: string; severity: Severity; points?: number }, s: Settings): boolean {
  if (s.hiddenFamilies.includes(f.family)) return false;
  return (f.points ?? 0) > 0 || SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[s.minSeverity];
}
