// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from '../../src/popup/ReportView';
import { questionOf } from '../../src/present/describe';
import { localeWords } from '../../src/present/locale-files';
import type { Words } from '../../src/present/words';
import { buildReport } from '../../src/grading/build-report';
import { RUBRIC } from '../../src/grading/rubric';

const POLICY = [
  'We may sell your personal information to data brokers.',
  'We do not use your data for targeted advertising.',
  'You can access, correct or delete your personal information from your account settings.',
  'Data is encrypted in transit between our servers and your device.',
  'You can opt out of receiving our newsletter.',
].join(' ');
const reportOf = (text: string) => buildReport(text, { url: 'https://chat.example/privacy', title: 'Chat privacy' }, new Date('2026-03-01T00:00:00Z'));

let root: HTMLElement;
let words: Words = localeWords('en');
const actions = () => ({ jumpTo: vi.fn(), setHighlightsVisible: vi.fn(), copy: vi.fn(async () => undefined) });
async function show(text: string, a = actions()) {
  await act(async () => { render(<ReportView report={reportOf(text)} actions={a} words={words} />, root); });
  return a;
}
const headings = () => [...root.querySelectorAll('h2')].map((h) => h.textContent);
const section = (heading: string) => [...root.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading)!;
const row = (id: string) => root.querySelector(`[data-question="${id}"]`)!;

describe('the scorecard in the popup', () => {
  beforeEach(() => { root = document.createElement('div'); document.body.append(root); });
  afterEach(() => { render(null, root); root.remove(); words = localeWords('en'); });

  it('shows every question with its answer and points', async () => {
    await show(POLICY);
    const items = section('Scorecard').querySelectorAll('ol.scorecard > li');
    expect(items).toHaveLength(RUBRIC.length);
    expect(row('sells-data').textContent).toContain('Does it sell or trade your data?');
    expect(row('sells-data').querySelector('.answer-label')!.textContent).toBe('Yes');
    expect(row('sells-data').textContent).toContain('0 of 10 points');
    expect(row('advertising').querySelector('.answer-label')!.textContent).toBe('No');
    expect(row('address-book').querySelector('.answer-label')!.textContent).toBe('Not stated');
    expect(row('address-book').querySelector('button')).toBeNull();
  });

  it('jumps to the clause behind an answer; the button is named by the clause it shows', async () => {
    const a = await show(POLICY);
    const button = row('sells-data').querySelector('button')!;
    expect(button.textContent!.startsWith('We may sell your personal information to data brokers.')).toBe(true);
    expect(button.getAttribute('aria-label')).toBeNull();
    await act(async () => { button.click(); });
    const report = reportOf(POLICY);
    expect(a.jumpTo).toHaveBeenCalledWith(report.rubric.find((x) => x.id === 'sells-data')!.findings[0]);
  });

  it('lists only risks under "Risks by category"; good signs and choices, access and security have their own places', async () => {
    await show(POLICY);
    const byFamily = section('Risks by category').textContent!;
    expect(byFamily).toContain('Sale of data');
    for (const other of ['Advertising', 'Your choices', 'Access and deletion', 'Security claims']) expect(byFamily).not.toContain(other);
    expect(section('Good signs').textContent).toContain('We do not use your data for targeted advertising.');
    const info = section('Your choices, access and security').textContent!;
    expect(info).toContain('You can access, correct or delete your personal information');
    expect(info).toContain('Data is encrypted in transit');
    expect(section('Top risks').textContent).not.toContain('encrypted in transit');
  });

  it('lists a promise not to that the grade counts against the policy once, among the risks', async () => {
    await show('We do not sell your personal information without your consent.');
    expect(section('Risks by category').textContent).toContain('Sale of data');
    expect(section('Top risks').textContent).toContain('We do not sell your personal information without your consent.');
    expect(headings()).not.toContain('Good signs');
  });

  it('shows no heading with nothing under it', async () => {
    await show('We do not sell or rent your personal information. We do not use your data for targeted advertising.');
    expect(headings()).toEqual(['Scorecard', 'Good signs']);
  });

  it('speaks Chinese in a Chinese browser, every question included', async () => {
    words = localeWords('zh_CN');
    for (const q of RUBRIC) expect(questionOf(q, words), q.id).not.toBe(q.question);
    await show(POLICY);
    expect(headings()).toContain('评分卡');
    expect(row('sells-data').textContent).toContain('是否出售或交易您的数据？');
    expect(row('sells-data').querySelector('.answer-label')!.textContent).toBe('是');
    expect(headings()).toContain('您的选择、访问权与安全');
  });
});
