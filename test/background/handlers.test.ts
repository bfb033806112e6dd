import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentHash } from '../../src/text-hash';
import { handleAnalyzePage, handleGetTabState } from '../../src/background/handlers';
import { readTabState } from '../../src/background/tab-state';
import type { PageScan } from '../../src/messages';

const POLICY = `Privacy Policy
We retain your search history and communication logs for two years.
We may disclose your data to comply with applicable laws or regulations, or to law enforcement.
We share your information with our affiliates and advertising partners.
We collect your IP address, device identifiers and browser type when you use the service.
You can opt out of personalised advertising at any time in your settings.`;

const scan = (over: Partial<PageScan> = {}): PageScan => ({
  url: 'https://chat.example/privacy', title: 'Privacy Policy', text: POLICY,
  detection: { confidence: 0.9, reasons: ['test'] }, forced: false, ...over,
});

const contentScript = (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url: 'https://chat.example/privacy' });
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses a content script\'s scan, keeps the report for the tab and shows the grade on the badge', async () => {
    const state = await handleAnalyzePage(scan(), contentScript());
    expect(state.status).toBe('report');
    if (state.status !== 'report') return;
    expect(state.report.findings.some((f) => f.family === 'legal-disclosure')).toBe(true);
    expect(await readTabState(7)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(state.report.grade);
    expect(await handleGetTabState(7, popup())).toEqual(state);
  });

  it('refuses messages from other extensions and from outside a tab', async () => {
    const other = await handleAnalyzePage(scan(), { id: 'someone-else', tab: { id: 7 } as never });
    expect(other).toEqual({ status: 'error', message: expect.stringContaining('Refused') });
    const noTab = await handleAnalyzePage(scan(), { id: fakeBrowser.runtime.id });
    expect(noTab.status).toBe('error');
    expect(await readTabState(7)).toEqual({ status: 'none' });
  });

  it('refuses malformed and oversized scans', async () => {
    for (const bad of [null, 'text', { ...scan(), text: 42 }, { ...scan(), detection: undefined }, { ...scan(), text: 'x'.repeat(6_000_000) }]) {
      const s = await handleAnalyzePage(bad, contentScript());
      expect(s.status).toBe('error');
    }
  });

  it('only answers the popup with tab states, not content scripts in web pages', async () => {
    await handleAnalyzePage(scan(), contentScript());
    expect((await handleGetTabState(7, contentScript(8))).status).toBe('error');
    expect((await handleGetTabState('7', popup())).status).toBe('error');
  });

  it('says clearly when a page has too little text', async () => {
    const s = await handleAnalyzePage(scan({ text: 'Hello there' }), contentScript());
    expect(s).toEqual({ status: 'error', message: expect.stringContaining('too little to be a policy') });
    const empty = await handleAnalyzePage(scan({ text: '' }), contentScript());
    expect(empty).toEqual({ status: 'error', message: 'This page has no readable text.' });
  });

  it('hashes the same text the same way and different text differently', async () => {
    expect(await contentHash(POLICY)).toBe(await contentHash(`${POLICY}`));
    expect(await contentHash(POLICY)).not.toBe(await contentHash(`${POLICY}.`));
    expect(await contentHash(POLICY)).toMatch(/^[0-9a-f]{64}$/);
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
