// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/messages';
import { App, type PopupBackend } from '../../src/popup/App';
import { buildReport } from '../../src/grading/build-report';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { localeWords } from '../../src/present/locale-files';
import type { Words } from '../../src/present/words';

// One practice per paragraph: the engine weighs a paragraph's sentences together.
const POLICY = 'We retain your search history for two years.\nWe may disclose your data to law enforcement.\nYou can opt out of interest-based advertising.\nWe do not sell your personal information.';
const report = buildReport(POLICY, { url: 'https://chat.example/privacy', title: 'Chat privacy' }, new Date('2026-03-01T00:00:00Z'));

function backend(state: TabState, over: Partial<PopupBackend> = {}): PopupBackend {
  return {
    getState: vi.fn(async () => state),
    scan: vi.fn(async () => ({ status: 'scanning', url: '' }) as TabState),
    jumpTo: vi.fn(),
    setHighlightsVisible: vi.fn(),
    copy: vi.fn(async () => undefined),
    allSitesGranted: vi.fn(async () => false),
    requestAllSites: vi.fn(async () => true),
    getSettings: vi.fn(async () => DEFAULT_SETTINGS),
    setSettings: vi.fn(async () => undefined),
    clearHistory: vi.fn(async () => undefined),
    ...over,
  };
}

let root: HTMLElement;
let words: Words = localeWords('en');
async function show(b: PopupBackend) {
  await act(async () => { render(<App backend={b} words={words} />, root); });
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('popup', () => {
  beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
  afterEach(() => { render(null, root); root.remove(); });

  it('shows the grade, the families and the clauses behind them', async () => {
    await show(backend({ status: 'report', report }));
    expect(root.querySelector('#grade-heading')?.textContent).toContain(`Grade ${report.grade}`);
    expect(root.textContent).toContain(`score ${report.score}/100`);
    expect(root.textContent).toContain('Disclosure to authorities');
    expect(root.textContent).toContain('period: 2 years');
    expect(root.textContent).toContain('Good signs');
    expect(root.textContent).toContain('We do not sell your personal information.');
  });

  it('jumps to a clause on the page when it is clicked', async () => {
    const b = backend({ status: 'report', report });
    await show(b);
    await act(async () => { button(/Disclosure to authorities/)!.click(); });
    const legal = report.findings.find((f) => f.family === 'legal-disclosure')!;
    expect(b.jumpTo).toHaveBeenCalledWith(legal.id);
  });

  it('downloads exports with the documented names', async () => {
    const clicks: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download); });
    await show(backend({ status: 'report', report }));
    for (const name of [/Export JSON/, /Export CSV/, /Export Markdown/]) await act(async () => { button(name)!.click(); });
    expect(clicks).toEqual(['fineprint-chat.example-2026-03-01.json', 'fineprint-chat.example-2026-03-01.csv', 'fineprint-chat.example-2026-03-01.md']);
    spy.mockRestore();
  });

  it('copies Markdown and toggles highlights', async () => {
    const b = backend({ status: 'report', report });
    await show(b);
    await act(async () => { button(/^Copy$/)!.click(); });
    expect(b.copy).toHaveBeenCalledWith(expect.stringContaining('# Fineprint report: Chat privacy'));
    await act(async () => { button(/Hide highlights/)!.click(); });
    expect(b.setHighlightsVisible).toHaveBeenCalledWith(false);
    await act(async () => { button(/Show highlights/)!.click(); });
    expect(b.setHighlightsVisible).toHaveBeenLastCalledWith(true);
  });

  it('offers "Scan this page" and the optional all-sites permission on other pages', async () => {
    const b = backend({ status: 'none' });
    await show(b);
    expect(root.textContent).toContain('Not a privacy policy?');
    expect(button(/Detect policies on every site/)).toBeTruthy();
    await act(async () => { button(/Scan this page/)!.click(); });
    expect(b.scan).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Reading the policy');
  });

  it('shows errors with a way to try again', async () => {
    await show(backend({ status: 'error', message: 'This page has no readable text.' }));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('This page has no readable text.');
    expect(button(/Try again/)).toBeTruthy();
  });

  it('turns every rejection into a message with a way to try again, never "Reading…" for good', async () => {
    // The background could not be reached when the popup opened.
    await show(backend({ status: 'none' }, { getState: vi.fn(async () => { throw new Error('Could not establish connection.'); }) }));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Could not establish connection.');
    expect(root.querySelector('[role="status"]')).toBeNull();
    render(null, root);
    // "Scan this page" and then the worker stops before it answers.
    const b = backend({ status: 'none' }, { scan: vi.fn(async () => { throw new Error('The message port closed before a response was received.'); }) });
    await show(b);
    await act(async () => { button(/Scan this page/)!.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The message port closed');
    expect(root.textContent).not.toContain('Reading the policy');
    expect(button(/Try again/)).toBeTruthy();
  });

  it('says so when history could not be cleared', async () => {
    await show(backend({ status: 'none' }, { clearHistory: vi.fn(async () => { throw new Error('Refused: clearHistory is not accepted from this sender.'); }) }));
    await act(async () => { button(/Clear history/)!.click(); });
    await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
    expect(root.querySelector('.settings [role="alert"]')?.textContent).toContain('Refused');
    expect(button(/History cleared/)).toBeUndefined();
  });

  it('says so when a policy has no findings', async () => {
    const empty = buildReport('Hello. This page says nothing about data at all, only the weather today.', { url: 'https://x.example/privacy', title: 'X' });
    await show(backend({ status: 'report', report: empty }));
    expect(root.textContent).toContain('No clauses of concern were found');
    expect(root.textContent).not.toContain('Risks by category');
    expect(root.textContent).not.toContain('Top risks');
    expect(button(/Export JSON/)).toBeTruthy();
  });

  it('hides families and low severities the user turned off, and saves the settings', async () => {
    const b = backend({ status: 'report', report }, { getSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, hiddenFamilies: ['legal-disclosure'] })) });
    await show(b);
    const listed = () => [...root.querySelectorAll('.finding, .family-row')].map((e) => e.textContent).join(' ');
    expect(listed()).not.toContain('Disclosure to authorities');
    expect(listed()).toContain('Data retention');
    const box = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes('Disclosure to authorities'))!.querySelector('input')!;
    await act(async () => { box.click(); });
    expect(b.setSettings).toHaveBeenCalledWith(expect.objectContaining({ hiddenFamilies: [] }));
    expect(listed()).toContain('Disclosure to authorities');
    await act(async () => { button(/Clear history/)!.click(); });
    expect(b.clearHistory).toHaveBeenCalled();
  });

  it('offers to mark every finding on the page, off by default, and saves the choice', async () => {
    const b = backend({ status: 'report', report });
    await show(b);
    const box = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes('Mark every finding on the page'))!.querySelector('input')!;
    expect(box.checked).toBe(false);
    await act(async () => { box.click(); });
    expect(b.setSettings).toHaveBeenCalledWith(expect.objectContaining({ highlightAll: true }));
  });
});

describe('popup in Chinese', () => {
  beforeEach(() => { root = document.createElement('div'); document.body.append(root); words = localeWords('zh_CN'); });
  afterEach(() => { render(null, root); root.remove(); words = localeWords('en'); });

  it('speaks Chinese when the browser does, keeping JSON/CSV/Markdown in the export buttons', async () => {
    const zhReport = buildReport('我们会将您的搜索记录保存六个月。我们可能会向执法机关提供您的个人信息。我们不会出售您的个人信息。', { url: 'https://weixin.example/privacy', title: '隐私政策' });
    await show(backend({ status: 'report', report: zhReport }));
    expect(root.querySelector('#grade-heading')?.textContent).toContain('等级');
    expect(root.textContent).toContain('向政府机关披露');
    expect(root.textContent).toContain('高风险');
    expect(root.textContent).toContain('您的数据可能被提供给警方、法院或政府');
    for (const name of [/JSON/, /CSV/, /Markdown/]) expect(button(name)?.textContent).toMatch(/^导出 /);
  });

  it('offers 扫描此页面 on other pages', async () => {
    await show(backend({ status: 'none' }));
    expect(button(/扫描此页面/)).toBeTruthy();
  });
});
