import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentHash } from '../../src/text-hash';
import { handleAnalyzePage, handleGetTabState } from '../../src/background/handlers';
import { readTabState } from '../../src/background/tab-state';
import { shownState } from '../../src/popup/backend';
import { pageFindings } from '../../src/report/stored';
import { POLICY, popup, reader, scan } from './senders';


describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses a content script\'s scan, keeps the report for the tab and shows the grade on the badge', async () => {
    const answer = await handleAnalyzePage(scan(), reader());
    expect(answer.status).toBe('report');
    if (answer.status !== 'report') return;
    const drawn = pageFindings(answer.report, POLICY);
    expect(drawn.some((f) => f.family === 'legal-disclosure' && f.text.startsWith('We may disclose your data'))).toBe(true);
    const state = await shownState(await readTabState(7));
    expect(state.status === 'report' && state.report.findings.map((f) => f.id)).toEqual(drawn.map((f) => f.id));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(state.status === 'report' && state.report.grade);
    const grade = state.status === 'report' ? state.report : { grade: '', score: 0 };
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(new RegExp(`^Fineprint: grade ${grade.grade} \\(${grade.score}/100\\)\\. Scorecard: \\d+ `));
    expect(await shownState(await handleGetTabState(7, popup()))).toEqual(state);
  });

  it('refuses messages from other extensions and from outside a tab', async () => {
    const other = await handleAnalyzePage(scan(), { id: 'someone-else', tab: { id: 7 } as never });
    expect(other).toEqual({ status: 'error', message: expect.stringContaining('Refused') });
    const noTab = await handleAnalyzePage(scan(), { id: fakeBrowser.runtime.id });
    expect(noTab.status).toBe('error');
    expect(await readTabState(7)).toEqual({ status: 'none' });
  });

  it('refuses malformed and oversized scans', async () => {
    for (const bad of [null, 'text', { ...scan(), text: 42 }, { ...scan(), loaded: undefined }, { ...scan(), text: 'x'.repeat(6_000_000) }]) {
      const s = await handleAnalyzePage(bad, reader());
      expect(s.status).toBe('error');
      // The refusal is kept for the tab, so the popup says why instead of waiting.
      expect((await readTabState(7)).status).toBe('error');
    }
  });

  it('only answers the popup with tab states, not content scripts in web pages', async () => {
    await handleAnalyzePage(scan(), reader());
    expect((await handleGetTabState(7, reader(8))).status).toBe('error');
    expect((await handleGetTabState('7', popup())).status).toBe('error');
  });

  it('says clearly when a page has too little text', async () => {
    const s = await handleAnalyzePage(scan({ text: 'Hello there' }), reader());
    expect(s).toEqual({ status: 'error', message: expect.stringContaining('too little to be a policy') });
    const empty = await handleAnalyzePage(scan({ text: '' }), reader());
    expect(empty).toEqual({ status: 'error', message: 'This page has no readable text.' });
  });

  it('hashes text with SHA-256 (its published test vectors) and tells same-length texts apart', async () => {
    expect(await contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // One word changed mid-policy keeps the length: the hash must still tell the two apart.
    const changed = POLICY.replace('two years', 'six years');
    expect(changed).toHaveLength(POLICY.length);
    expect(await contentHash(changed)).not.toBe(await contentHash(POLICY));
  });
});

describe('report cache', () => {
  it('answers a revisit of the same text from the cache, with the new visit\'s page facts', async () => {
    const { analyzePageScan } = await import('../../src/background/analyze-page');
    const key = await contentHash(POLICY);
    const first = await analyzePageScan(scan(), key, new Date('2026-01-01T00:00:00Z'));
    const again = await analyzePageScan(scan({ url: 'https://chat.example/privacy#top' }), key, new Date('2026-01-02T00:00:00Z'));
    expect(first.status === 'report' && again.status === 'report').toBe(true);
    if (first.status !== 'report' || again.status !== 'report') return;
    expect(again.report.findings).toBe(first.report.findings); // the same object: not analysed again
    expect(again.report.url).toBe('https://chat.example/privacy#top');
    expect(again.report.scannedAt).toBe('2026-01-02T00:00:00.000Z');
  });
});
