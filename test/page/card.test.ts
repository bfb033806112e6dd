// @vitest-environment happy-dom
// The hover card speaks about this clause: its facts and deciding words, one entry per family, never a
// sentence that contradicts the clause; it sits above or beside the clause, never over it.
import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/present/locale-files';
import { cardEntries, placeCard } from '../../src/page/card';
import { rankFindings } from '../../src/report/rank';
import { buildReport } from '../../src/grading/build-report';
import { type ReportFinding } from '../../src/report/report';

/** The card's entries for one clause, as the content script builds them from the report. */
const entriesOf = (clause: string) => cardEntries(rankFindings(buildReport(clause, { url: 'https://example.com/privacy', title: '' }).findings));

function hand(f: Partial<ReportFinding>): ReportFinding {
  return {
    id: 'x', rule: 'r', family: 'sharing', tags: [], severity: 'medium', polarity: 'does', start: 0, end: 10, text: 'clause',
    explanation: 'why', details: {}, quote: { exact: '', prefix: '', suffix: '' }, points: -6, ...f,
  };
}

describe('card entries', () => {
  it('give one entry per family, however many rules of it fired, with one reason', () => {
    const entries = cardEntries([
      hand({ id: 'a', rule: 'third-party-sharing', explanation: 'Once shared, your data follows the third party’s rules.' }),
      hand({ id: 'b', rule: 'data-disclosure', explanation: 'Your information leaves the service.', details: { to: 'loyalty partners' } }),
      hand({ id: 'c', family: 'contact', severity: 'low', explanation: 'Your email identifies you.' }),
    ]);
    expect(entries.map((e) => [e.family, e.why, e.facts])).toEqual([
      // The reason is the practice's own, from the locale file, not the finding's copy of it.
      ['Sharing with third parties', englishWords().t('reason.third_party_sharing.does'), [['Who gets it', 'loyalty partners']]],
      ['Your contact details', 'Your email identifies you.', []],
    ]);
    // And on the engine's own findings for a clause two sharing rules read.
    const families = entriesOf('We may disclose your personal data to partner companies that run our loyalty scheme.').map((e) => e.family);
    expect(families).toContain('Sharing with third parties');
    expect(new Set(families).size).toBe(families.length);
  });

  it('say how long a backup copy is kept, and never that it is not kept', () => {
    const clause = 'After you delete a photo, copies of it may remain in our backup systems for up to 60 days before they are overwritten.';
    const [retention] = entriesOf(clause).filter((e) => e.family === 'Data retention');
    expect(retention).toBeDefined();
    expect(retention!.facts.find(([label]) => label === 'How long')?.[1]).toMatch(/60 days/);
    expect(retention!.why).not.toMatch(/not kept/i);
  });

  it('name who gets the data', () => {
    const [legal] = entriesOf('We will disclose your information to law enforcement agencies or courts when they request it.').filter((e) => e.family === 'Disclosure to authorities');
    expect(legal!.facts.some(([label]) => label === 'Who gets it')).toBe(true);
  });

  it('prefer what a clause does over a promise not to, in the same family', () => {
    const entries = cardEntries([
      hand({ id: 'a', severity: 'info', polarity: 'does-not', explanation: 'The policy says it does not share this data with third parties.', points: 0 }),
      hand({ id: 'b', explanation: 'Once shared, your data follows the third party’s rules.' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.why).toBe('Once shared, your data follows the third party’s rules.');
  });

  it('do not repeat a stock "does not" sentence over a clause that names a period', () => {
    const [e] = cardEntries([hand({ family: 'retention', severity: 'info', polarity: 'does-not', points: 0, explanation: 'The policy says this data is not kept.', details: { period: '30 days' } })]);
    expect(e!.why).not.toMatch(/not kept/);
    expect(e!.facts).toEqual([['How long', '30 days']]);
  });

  it('show the words that decided it, merged across rules of the family, each once', () => {
    const [e] = cardEntries([
      hand({ id: 'a', text: 'We share your likes with advertisers for their own marketing.', because: ['share', 'advertisers'] } as Partial<ReportFinding>),
      hand({ id: 'b', text: 'We share your likes with advertisers for their own marketing.', because: ['advertisers', 'for their own marketing'] } as Partial<ReportFinding>),
    ]);
    expect(e!.because).toEqual(['share', 'advertisers', 'for their own marketing']);
  });
  it('show only cues that are words of the clause', () => {
    const [e] = cardEntries([hand({ text: 'Our new policy takes effect on 3 March.', because: ['new policy', 'periodically', 'effect'] } as Partial<ReportFinding>)]);
    expect(e!.because).toEqual(['new policy', 'effect']);
  });

  it('end a cue cut inside a word at its last whole word', () => {
    const [e] = cardEntries([hand({ text: 'We keep a copy of every message you send in our archive.', because: ['keep a copy of every message you send in our arc', 'archive'] } as Partial<ReportFinding>)]);
    expect(e!.because).toEqual(['keep a copy of every message you send in our…', 'archive']);
  });
});

describe('card placement', () => {
  const view = { width: 1100, height: 800 };
  const card = { width: 360, height: 180 };
  const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);
  const overlaps = (c: { left: number; top: number }, r: DOMRect) =>
    c.left < r.right && c.left + card.width > r.left && c.top < r.bottom && c.top + card.height > r.top;

  it('goes above a clause with room above it', () => {
    const clause = [rect(100, 400, 800, 24), rect(100, 424, 300, 24)];
    const at = placeCard(clause, card, view);
    expect(at.top + card.height).toBeLessThanOrEqual(400);
    expect(clause.some((r) => overlaps(at, r))).toBe(false);
  });

  it('goes beside, then below, a clause at the top of the screen, never over its lines', () => {
    const narrow = [rect(100, 20, 500, 24), rect(100, 44, 300, 24)];
    const beside = placeCard(narrow, card, view);
    expect(beside.left).toBeGreaterThanOrEqual(600);
    const wide = [rect(20, 20, 1060, 24), rect(20, 44, 1060, 24)];
    const below = placeCard(wide, card, view);
    expect(below.top).toBeGreaterThanOrEqual(68);
    for (const c of [beside, below]) expect([...narrow, ...wide].filter((r) => (c === beside ? narrow : wide).includes(r)).some((r) => overlaps(c, r))).toBe(false);
  });

  it('stays on screen when the clause fills it', () => {
    const tall = Array.from({ length: 40 }, (_, i) => rect(20, i * 20, 1060, 20));
    const at = placeCard(tall, card, view);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.left + card.width).toBeLessThanOrEqual(view.width);
    expect(at.top + card.height).toBeLessThanOrEqual(view.height);
  });
});

describe('card facts through the stored report', () => {
  it('keep the deciding words and details the engine gave, from the report to the page', async () => {
    const { packReport, pageReport, pageFindings } = await import('../../src/report/stored');
    const text = 'We will disclose your information to law enforcement agencies or courts when they request it.';
    const report = buildReport(text, { url: 'https://example.com/privacy', title: '' });
    report.findings = report.findings.map((f) => ({ ...f, because: ['disclose', 'law enforcement'] }) as ReportFinding);
    const onPage = pageFindings(pageReport(await packReport(report)), text);
    const [legal] = cardEntries(rankFindings(onPage)).filter((e) => e.family === 'Disclosure to authorities');
    expect(legal!.because).toEqual(['disclose', 'law enforcement']);
    expect(legal!.facts.some(([label]) => label === 'Who gets it')).toBe(true);
  });
});
