import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, isShown, readSettings, saveSettings, watchSettings } from '../src/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults, saves to storage.sync and tells watchers', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.autoScan));
    await saveSettings({ ...DEFAULT_SETTINGS, autoScan: false });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, autoScan: false });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ autoScan: false });
    expect(seen).toEqual([false]);
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([false]);
  });

  it('fills in settings saved by an older version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { history: false } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, history: false });
  });

  it('shows findings by family and minimum severity, good signs always', () => {
    const s = { ...DEFAULT_SETTINGS, hiddenFamilies: ['ads'], minSeverity: 'medium' as const };
    expect(isShown({ family: 'ads', severity: 'high' }, s)).toBe(false);
    expect(isShown({ family: 'sale', severity: 'low' }, s)).toBe(false);
    expect(isShown({ family: 'sale', severity: 'high' }, s)).toBe(true);
    expect(isShown({ family: 'user-choice', severity: 'info', points: 4 }, s)).toBe(true);
  });
});
