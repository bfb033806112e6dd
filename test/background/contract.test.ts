// The message contract: a slim report stored once, budgets that protect other tabs, every refusal kept for the
// popup, results only for the page they came from, and one table of who may send what.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { htmlToPolicy } from '../../src/cli/read-policy';
import { handleAnalyzePage, handleClearHistory, handleGetTabState, handleScanTab } from '../../src/background/handlers';
import { historyItem } from '../../src/background/history';
import { onTabLoading, ORPHANED, readTabState, writeTabState } from '../../src/background/tab-state';
import { tabStateKey } from '../../src/messages';
import { shownState } from '../../src/popup/backend';
import { englishWords } from '../../src/present/locale-files';
import { toExportObject } from '../../src/report/export';
import { buildReport } from '../../src/grading/build-report';
import { CLAUSE_CHARS, packReport, REPORT_BYTES, unpackReport } from '../../src/report/stored';
import { POLICY, popup, reader, scan } from './senders';

const bytes = (v: unknown) => JSON.stringify(v).length;

/** About 100,000 words of policy: the sample policy again and again. */
function policyOf100kWords(): string {
  const one = htmlToPolicy(readFileSync(new URL('../../assets/sample-policy.html', import.meta.url), 'utf8'), 'https://natter.example/privacy').text;
  const parts: string[] = [];
  for (let words = 0; words < 100_000; words += one.split(/\s+/).length) parts.push(one);
  return parts.join('\n');
}

describe('a lean contract', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a 100k-word policy\'s report whole in a fifth of the full report, and sends the page less still', async () => {
    const text = policyOf100kWords();
    const full = buildReport(text, { url: 'https://natter.example/privacy', title: 'Natter' });
    const answer = await handleAnalyzePage(scan({ text, url: 'https://natter.example/privacy' }), reader());
    const stored = await fakeBrowser.storage.session.get(tabStateKey(7));
    const fullState = { status: 'report', report: full };
    console.log(`100k words: full report ${bytes(fullState)} B; stored ${bytes(stored)} B; to the page ${bytes(answer)} B`);
    expect(bytes(answer) * 10).toBeLessThanOrEqual(bytes(fullState));
    expect(bytes(stored) * 5).toBeLessThanOrEqual(bytes(fullState));
    expect(bytes(stored)).toBeLessThanOrEqual(REPORT_BYTES);
    // The page gets ranges and rules, not its own text back.
    expect(JSON.stringify(answer)).not.toContain('By registering for or using Natter');
    // Nothing was dropped to fit: the popup and its exports have every finding the engine reported.
    const shown = await shownState(await readTabState(7));
    expect(shown.status === 'report' && shown.report.findings.length).toBe(full.findings.length);
    expect(shown.status === 'report' && shown.report.omittedFindings).toBe(full.omittedFindings);
  }, 60_000);

  it('unpacks into the same report: exports keep text, explanation and quote for every finding', async () => {
    for (const text of [POLICY, `${POLICY}\n我们会将您的搜索记录保存六个月。我们可能会向执法机关提供您的个人信息。我们不会出售您的个人信息。`]) {
      const full = buildReport(text, { url: 'https://chat.example/privacy', title: 'Chat' });
      const again = await unpackReport(JSON.parse(JSON.stringify(await packReport(full))));
      // The summary is in the export object, computed from the findings; the explanation is the rule's, in the reader's words.
      expect(toExportObject(again, englishWords())).toEqual(toExportObject(full, englishWords()));
      // Field for field, but for the explanation, which is looked up where it is shown rather than stored.
      expect(again).toEqual({ ...full, findings: full.findings.map((f) => ({ ...f, explanation: '' })) });
    }
  });

  it('keeps what a finding says beyond its rule\'s defaults: its own tags, id, quote and any other field', async () => {
    const full = buildReport(POLICY, { url: 'https://chat.example/privacy', title: 'Chat' });
    const [first, ...others] = full.findings;
    const odd = { ...first!, id: 'custom', tags: [], quote: { ...first!.quote, prefix: 'not the text before it' }, because: ['a cue that is not in the clause'], extra: 'a field of tomorrow' };
    const rubric = full.rubric.map((a) => ({ ...a, findings: a.findings.map((id) => (id === first!.id ? 'custom' : id)) }));
    expect(rubric).not.toEqual(full.rubric);
    const report = { ...full, rubric, findings: [odd, ...others] };
    expect(await unpackReport(JSON.parse(JSON.stringify(await packReport(report))))).toEqual({ ...report, findings: report.findings.map((f) => ({ ...f, explanation: '' })) });
  });

  it('cuts a huge clause in storage, so one tab cannot crowd out the others', async () => {
    const huge = `We may share your personal information with third parties ${'and partners '.repeat(33_000)}for advertising.`;
    await handleAnalyzePage(scan({ text: `${POLICY}\n${huge}` }), reader(1));
    const state = await shownState(await readTabState(1));
    expect(state.status).toBe('report');
    if (state.status !== 'report') return;
    expect(bytes(await fakeBrowser.storage.session.get(tabStateKey(1)))).toBeLessThan(REPORT_BYTES);
    const sharing = state.report.findings.find((f) => f.text.startsWith('We may share your personal information with third parties and partners'))!;
    expect(sharing.text.length).toBeLessThanOrEqual(CLAUSE_CHARS + 1);
    expect(sharing.text.endsWith('…')).toBe(true);
    expect(huge.startsWith(sharing.quote.exact)).toBe(true);
    // Another tab still gets its report.
    await handleAnalyzePage(scan(), reader(2));
    expect((await readTabState(2)).status).toBe('report');
  });

  it('keeps a report within its byte budget by dropping the least important findings, and says so', async () => {
    const many = Array.from({ length: 900 }, (_, i) => `We may share your personal information number ${i} with advertising partners ${'and their many affiliates '.repeat(20)}.`).join('\n');
    const full = buildReport(`${POLICY}\n${many}`, { url: 'https://x.example/privacy', title: 'X' });
    // A budget this report overflows even deflated (REPORT_BYTES itself would take about 20,000 such clauses).
    const budget = 48 * 1024;
    const stored = await packReport(full, budget);
    expect(bytes(stored)).toBeLessThanOrEqual(budget);
    const shown = await unpackReport(stored);
    expect(shown.findings.length).toBeLessThan(full.findings.length);
    expect(shown.omittedFindings).toBe((full.omittedFindings ?? 0) + full.findings.length - shown.findings.length);
    expect(shown.grade).toBe(full.grade);
    // The risks come first: the legal disclosure near the top is kept.
    expect(shown.findings.some((f) => f.family === 'legal-disclosure')).toBe(true);
  });
});

describe('refusals and stopped workers become errors the popup shows', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the refusal of an over-long title for the tab', async () => {
    await handleAnalyzePage(scan({ title: 't'.repeat(5000) }), reader(4));
    expect(await readTabState(4)).toEqual({ status: 'error', message: expect.stringContaining('refused') });
  });

  it('shows an error with Try again, not nonsense, for a report kept by another version or damaged', async () => {
    await handleAnalyzePage(scan(), reader(9));
    const kept = await readTabState(9);
    if (kept.status !== 'report') throw new Error(`no report: ${kept.status}`);
    expect((await shownState(kept)).status).toBe('report');
    const unreadable = { status: 'error', message: expect.stringContaining('Press Try again') };
    expect(await shownState({ ...kept, report: { ...kept.report, stored: 2 as never } })).toEqual(unreadable);
    for (const text of ['not base64!', 'AAAAAAAA']) expect(await shownState({ ...kept, report: { ...kept.report, text } })).toEqual(unreadable);
  });

  it('turns a scan left "scanning" by a stopped worker into an error at once', async () => {
    await writeTabState(5, { status: 'scanning', url: 'https://chat.example/privacy', worker: 'a worker that stopped' });
    expect(await handleGetTabState(5, popup())).toEqual({ status: 'error', message: ORPHANED });
  });
});

describe('right report, right page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops an analysis that finishes after its tab loaded another page', async () => {
    const pending = handleAnalyzePage(scan(), reader(6));
    await onTabLoading(6);
    expect(await pending).toEqual({ status: 'none' });
    expect(await readTabState(6)).toEqual({ status: 'none' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
    expect(await historyItem.getValue()).toEqual({});
  });

  it('remembers a policy in history on a page load, not on a re-scan or a navigation inside the page', async () => {
    await handleAnalyzePage(scan({ url: 'https://chat.example/privacy/v2', loaded: false }), reader());
    expect(await historyItem.getValue()).toEqual({});
    await handleAnalyzePage(scan(), reader());
    expect(Object.keys(await historyItem.getValue())).toEqual(['chat.example/privacy']);
  });
});

describe('one table of who may send what', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the popup\'s messages only from our pages, and the reader\'s only from a tab', async () => {
    await handleAnalyzePage(scan(), reader());
    expect((await handleGetTabState(7, reader(8))).status).toBe('error');
    expect((await handleScanTab(7, reader(8))).status).toBe('error');
    expect((await handleAnalyzePage(scan({ text: `${POLICY} Changed.` }), { ...popup(), tab: { id: 7 } as never })).status).toBe('error');
    // None of the refused messages touched the tab's report.
    expect((await readTabState(7)).status).toBe('report');
  });

  it('clears history for the popup only: a page\'s reader cannot wipe it', async () => {
    await handleAnalyzePage(scan(), reader());
    expect(Object.keys(await historyItem.getValue())).toEqual(['chat.example/privacy']);
    expect(await handleClearHistory(reader())).toEqual({ status: 'error', message: expect.stringContaining('Refused') });
    expect(Object.keys(await historyItem.getValue())).toEqual(['chat.example/privacy']);
    expect(await handleClearHistory(popup())).toEqual({ status: 'done' });
    expect(await historyItem.getValue()).toEqual({});
  });
});
