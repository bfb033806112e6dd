/** The user's settings, in storage.sync where the browser has it: what to show, and what Fineprint may do by itself. */
import { storage } from 'wxt/utils/storage';
import type { Severity } from './engine/types';

export interface Settings {
  /** Families the user chose not to see (highlights and popup). */
  hiddenFamilies: string[];
  /** Findings below this severity are not highlighted or listed (good signs always are). */
  minSeverity: Severity;
  /** Scan policy-looking pages by themselves; off means only when asked from the popup. */
  autoScan: boolean;
  /** Remember flagged clauses per site to report what changed since the last visit. */
  history: boolean;
}

export const DEFAULT_SETTINGS: Settings = { hiddenFamilies: [], minSeverity: 'info', autoScan: true, history: true };

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export async function readSettings(): Promise<Settings> {
  const s = await settingsItem.getValue().catch(() => DEFAULT_SETTINGS);
  return { ...DEFAULT_SETTINGS, ...s };
}

/** Whether the user wants to see this finding. */
export function isShown(f: { family: string; severity: Severity; points?: number }, s: Settings): boolean {
  if (s.hiddenFamilies.includes(f.family)) return false;
  return (f.points ?? 0) > 0 || RANK[f.severity] >= RANK[s.minSeverity];
}
