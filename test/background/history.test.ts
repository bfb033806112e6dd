import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleAnalyzePage } from '../../src/background/handlers';
import { clearHistory, diffClauses, flaggedClauses, historyItem, MAX_SITES, recordVisit } from '../../src/background/history';
import { buildReport } from '../../src/report/report';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '../../src/settings';
import { textHash } from '../../src/text-hash';

const V1 = 'We retain your search history for two years.\nWe share your information with advertising partners.\nWe collect your IP address, browser type and device identifiers.';
const V2 = 'We retain your search history for five years.\nWe share your information with advertising partners.\nWe collect your IP address, browser type and device identifiers.\nWe may disclose your data to law enforcement without notifying you.';
const at = (text: string, when: string, url = 'https://chat.example/privacy') => buildReport(text, { url, title: 'Chat' }, new Date(when));

describe('changed since your last visit', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports nothing on a first visit or the same text again', async () => {
    expect(await recordVisit(at(V1, '2026-01-01'), textHash(V1))).toBeUndefined();
    expect(await recordVisit(at(V1, '2026-02-01'), textHash(V1))).toBeUndefined();
  });

  it('tells the same changes again when the changed text is revisited', async () => {
    await recordVisit(at(V1, '2026-01-01'), textHash(V1));
    const first = await recordVisit(at(V2, '2026-02-01'), textHash(V2));
    const again = await recordVisit(at(V2, '2026-02-05'), textHash(V2));
    expect(again).toEqual(first);
  });

  it('reports new, gone and reworded flagged clauses', async () => {
    await recordVisit(at(V1, '2026-01-01'), textHash(V1));
    const changes = await recordVisit(at(V2, '2026-02-01'), textHash(V2));
    expect(changes?.since).toBe('2026-01-01T00:00:00.000Z');
    const added = changes!.added.map((c) => c.text);
    expect(added).toContain('We may disclose your data to law enforcement without notifying you.');
    expect(added).toContain('We retain your search history for five years.');
    expect(changes!.removed.map((c) => c.text)).toEqual(['We retain your search history for two years.']);
    expect(changes!.added.find((c) => c.text.includes('law enforcement'))!.tags).toContain('legal-disclosure');
  });

  it('keeps one memory per policy address and a bounded number of them', async () => {
    for (let i = 0; i < MAX_SITES + 5; i++) {
      await recordVisit(at(V1, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), `https://site${i}.example/privacy`), textHash(V1));
    }
    const h = await historyItem.getValue();
    expect(Object.keys(h)).toHaveLength(MAX_SITES);
    expect(h['site0.example/privacy']).toBeUndefined();
    expect(h[`site${MAX_SITES + 4}.example/privacy`]).toBeDefined();
    await clearHistory();
    expect(await historyItem.getValue()).toEqual({});
  });

  it('diffs by clause text, ignoring case and spacing', () => {
    const a = flaggedClauses(at(V1, '2026-01-01'));
    const b = flaggedClauses(at(V1.replace('two years', 'two  years').toUpperCase(), '2026-01-02'));
    expect(diffClauses({ scannedAt: 'x', textHash: 'y', clauses: a }, b)).toEqual({ since: 'x', added: [], removed: [] });
  });

  it('flows into the tab\'s report and badge, unless the user turned history off', async () => {
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never };
    const scan = (text: string) => ({ url: 'https://chat.example/privacy', title: 'Chat', text: `${text}\n${'Filler sentence about the service and its many features. '.repeat(10)}`, detection: { confidence: 1, reasons: [] }, forced: false });
    await handleAnalyzePage(scan(V1), sender);
    const s = await handleAnalyzePage(scan(V2), sender);
    expect(s.status === 'report' && s.report.changes?.added.length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toMatch(/^[A-E]!$/);

    await saveSettings({ ...DEFAULT_SETTINGS, history: false });
    expect((await readSettings()).history).toBe(false);
    const off = await handleAnalyzePage(scan(V1), sender);
    expect(off.status === 'report' && off.report.changes).toBeUndefined();
  });
});
