import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleAnalyzePage } from '../../src/background/handlers';
import { clearHistory, diffClauses, flaggedClauses, historyItem, MAX_ADDRESSES_PER_HOST, MAX_SITES, recordVisit } from '../../src/background/history';
import { readTabState } from '../../src/background/tab-state';
import { buildReport } from '../../src/grading/build-report';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '../../src/settings';
import { contentHash } from '../../src/text-hash';

const textHash = contentHash;

const V1 = 'We retain your search history for two years.\nWe share your information with advertising partners.\nWe collect your IP address, browser type and device identifiers.';
const V2 = 'We retain your search history for five years.\nWe share your information with advertising partners.\nWe collect your IP address, browser type and device identifiers.\nWe may disclose your data to law enforcement without notifying you.';
const at = (text: string, when: string, url = 'https://chat.example/privacy') => buildReport(text, { url, title: 'Chat' }, new Date(when));

describe('changed since your last visit', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports nothing on a first visit or the same text again', async () => {
    expect(await recordVisit(at(V1, '2026-01-01'), await textHash(V1))).toBeUndefined();
    expect(await recordVisit(at(V1, '2026-02-01'), await textHash(V1))).toBeUndefined();
  });

  it('tells the same changes again when the changed text is revisited', async () => {
    await recordVisit(at(V1, '2026-01-01'), await textHash(V1));
    const first = await recordVisit(at(V2, '2026-02-01'), await textHash(V2));
    const again = await recordVisit(at(V2, '2026-02-05'), await textHash(V2));
    expect(again).toEqual(first);
  });

  it('reports new, gone and reworded flagged clauses', async () => {
    await recordVisit(at(V1, '2026-01-01'), await textHash(V1));
    const changes = await recordVisit(at(V2, '2026-02-01'), await textHash(V2));
    expect(changes?.since).toBe('2026-01-01T00:00:00.000Z');
    const added = changes!.added.map((c) => c.text);
    expect(added).toContain('We may disclose your data to law enforcement without notifying you.');
    expect(added).toContain('We retain your search history for five years.');
    expect(changes!.removed.map((c) => c.text)).toEqual(['We retain your search history for two years.']);
    expect(changes!.added.find((c) => c.text.includes('law enforcement'))!.tags).toContain('legal-disclosure');
  });

  it('keeps one memory per policy address and a bounded number of them', async () => {
    for (let i = 0; i < MAX_SITES + 5; i++) {
      await recordVisit(at(V1, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), `https://site${i}.example/privacy`), await textHash(V1));
    }
    const h = await historyItem.getValue();
    expect(Object.keys(h)).toHaveLength(MAX_SITES);
    expect(h['site0.example/privacy']).toBeUndefined();
    expect(h[`site${MAX_SITES + 4}.example/privacy`]).toBeDefined();
    await clearHistory();
    expect(await historyItem.getValue()).toEqual({});
  });

  it('keeps every site when eight policies are opened at once', async () => {
    const urls = Array.from({ length: 8 }, (_, i) => `https://site${i}.example/privacy`);
    await Promise.all(urls.map(async (u, i) => recordVisit(at(V1, `2026-01-0${i + 1}`, u), await textHash(V1))));
    expect(Object.keys(await historyItem.getValue()).sort()).toEqual(urls.map((u) => u.slice(8)).sort());
  });

  it('keeps a few addresses per site, so a page changing its own address cannot evict other sites', async () => {
    await recordVisit(at(V1, '2026-01-01', 'https://chat.example/privacy'), await textHash(V1));
    for (let i = 0; i < 30; i++) {
      await recordVisit(at(V1, new Date(Date.UTC(2026, 1, 1, 0, i)).toISOString(), `https://restless.example/privacy/${i}`), await textHash(V1));
    }
    const keys = Object.keys(await historyItem.getValue());
    expect(keys).toContain('chat.example/privacy');
    expect(keys.filter((k) => k.startsWith('restless.example/'))).toHaveLength(MAX_ADDRESSES_PER_HOST);
    expect(keys).toContain('restless.example/privacy/29');
  });

  it('takes a memory keyed by the old 32-bit hash for a first visit, not for the same text', async () => {
    await historyItem.setValue({ 'chat.example/privacy': { scannedAt: '2025-01-01T00:00:00.000Z', textHash: 'e939e43d-395', clauses: [{ hash: '1234abcd-40', quote: 'We sell everything.', tags: ['data-sale'] }] } });
    expect(await recordVisit(at(V1, '2026-01-01'), await textHash(V1))).toBeUndefined();
    expect((await historyItem.getValue())['chat.example/privacy']!.textHash).toBe(await textHash(V1));
  });

  it('diffs by clause text, ignoring case and spacing', async () => {
    const a = await flaggedClauses(at(V1, '2026-01-01'));
    const b = await flaggedClauses(at(V1.replace('two years', 'two  years').toUpperCase(), '2026-01-02'));
    expect(diffClauses({ scannedAt: 'x', textHash: 'y', clauses: a }, b)).toEqual({ since: 'x', added: [], removed: [] });
  });

  it('flows into the tab\'s report and badge, unless the user turned history off', async () => {
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never };
    const scan = (text: string) => ({ url: 'https://chat.example/privacy', title: 'Chat', text: `${text}\n${'Filler sentence about the service and its many features. '.repeat(10)}`, loaded: true });
    await handleAnalyzePage(scan(V1), sender);
    await handleAnalyzePage(scan(V2), sender);
    const s = await readTabState(3);
    expect(s.status === 'report' && s.report.changes?.added.length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toMatch(/^[A-E]!$/);

    await saveSettings({ ...DEFAULT_SETTINGS, history: false });
    expect((await readSettings()).history).toBe(false);
    await handleAnalyzePage(scan(V1), sender);
    const off = await readTabState(3);
    expect(off.status === 'report' && off.report.changes).toBeUndefined();
  });
});
