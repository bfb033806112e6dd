import { READER_SCRIPT } from '../../src/page/policy-urls';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EVERYWHERE_ID, syncEverywhere } from '../../src/background/everywhere';

describe('detect policies on every site', () => {
  let registered: { id: string; matches?: string[] }[];
  let granted: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    granted = false;
    // The fake browser has no permissions or dynamic content scripts: stand in for both.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id))),
      registerContentScripts: vi.fn(async (scripts: { id: string; matches?: string[] }[]) => { registered.push(...scripts); }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => { registered = registered.filter((r) => !ids.includes(r.id)); }),
    });
  });

  it('registers the content script for every site once the user grants it, and removes it when revoked', async () => {
    expect(await syncEverywhere()).toBe(false);
    expect(registered).toEqual([]);
    granted = true;
    expect(await syncEverywhere()).toBe(true);
    expect(registered).toEqual([expect.objectContaining({ id: EVERYWHERE_ID, matches: ['<all_urls>'], js: [READER_SCRIPT] })]);
    await syncEverywhere();
    expect(registered).toHaveLength(1);
    granted = false;
    await syncEverywhere();
    expect(registered).toEqual([]);
  });
});
