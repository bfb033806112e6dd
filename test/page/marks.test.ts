// @vitest-environment happy-dom
// What the page marks by default: the risks a reader should read, each practice once per section, never a heading.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Severity } from '../../src/engine/types';
import { extractText, type PageText } from '../../src/page/extract';
import { isHeadingLine, marksFor, sectionStarts } from '../../src/page/marks';
import type { ReportFinding } from '../../src/report/report';
import { DEFAULT_SETTINGS } from '../../src/settings';

const PAGE = `
<h1>Privacy at Lantern Maps</h1>
<h2>Partners may receive your trips</h2>
<p>Partners may receive your saved trips and the routes you plan. We pass your route history to our analytics vendors as well.
 Your email address is used to send receipts. You can switch off trip sharing in the app. We never sell your trips.
 Police may obtain your trips with a court order. Tax authorities may also obtain them on request.</p>
<h2>Keeping things</h2>
<p>Our hosting partner stores your trips for us.</p>`;

let page: PageText;
let findings: ReportFinding[];

function finding(sentence: string, family: string, severity: Severity, extra: Partial<ReportFinding> = {}): ReportFinding {
  const start = page.text.indexOf(sentence);
  if (start < 0) throw new Error(`not in page: ${sentence}`);
  return {
    id: `${family}@${start}`, rule: family, family, tags: [], severity, polarity: 'does', start, end: start + sentence.length,
    text: sentence, explanation: '', details: {}, quote: { exact: sentence, prefix: '', suffix: '' }, points: severity === 'high' ? -12 : -6, ...extra,
  };
}

const markedTexts = (settings = DEFAULT_SETTINGS) => marksFor(page, findings, settings).map((m) => m.range.toString());

beforeEach(() => {
  document.body.innerHTML = PAGE;
  page = extractText(document.body);
  findings = [
    finding('Partners may receive your trips', 'sharing', 'medium'),
    finding('Partners may receive your saved trips and the routes you plan.', 'sharing', 'medium'),
    finding('We pass your route history to our analytics vendors as well.', 'sharing', 'medium'),
    finding('Your email address is used to send receipts.', 'contact', 'low', { points: -2 }),
    finding('You can switch off trip sharing in the app.', 'user-choice', 'info', { positive: true, points: 4 }),
    finding('We never sell your trips.', 'sale', 'info', { polarity: 'does-not', points: 0 }),
    finding('Police may obtain your trips with a court order.', 'legal-disclosure', 'high'),
    finding('Tax authorities may also obtain them on request.', 'legal-disclosure', 'high', { points: -6 }),
    finding('Our hosting partner stores your trips for us.', 'sharing', 'medium'),
  ];
});

describe('default highlights', () => {
  it('mark medium and high risks, each practice once per section, every high risk, and never a heading', () => {
    expect(markedTexts()).toEqual([
      'Partners may receive your saved trips and the routes you plan.',
      'Police may obtain your trips with a court order.',
      'Tax authorities may also obtain them on request.',
      'Our hosting partner stores your trips for us.',
    ]);
  });

  it('mark a repeated practice when it says something new (other details)', () => {
    findings[2] = { ...findings[2]!, details: { to: 'analytics vendors' } };
    expect(markedTexts()).toContain('We pass your route history to our analytics vendors as well.');
  });

  it('show low risks, notes, good signs and repeats when the reader asks for everything, still no heading', () => {
    const all = markedTexts({ ...DEFAULT_SETTINGS, highlightAll: true });
    expect(all).toContain('We pass your route history to our analytics vendors as well.');
    expect(all).toContain('Your email address is used to send receipts.');
    expect(all).toContain('You can switch off trip sharing in the app.');
    expect(all).toContain('We never sell your trips.');
    expect(all).not.toContain('Partners may receive your trips');
  });

  it('do not count a lesser finding of a clause about something else as the first of its practice', () => {
    document.body.innerHTML = '<h2>Who sees your trips</h2><p>Police may obtain your trips with a court order. Our hosting partner stores your trips for us.</p>';
    page = extractText(document.body);
    // The police clause is also a sharing; the hosting partner clause is still the first sharing of its section.
    findings = [
      finding('Police may obtain your trips with a court order.', 'legal-disclosure', 'high'),
      finding('Police may obtain your trips with a court order.', 'sharing', 'medium'),
      finding('Our hosting partner stores your trips for us.', 'sharing', 'medium'),
    ];
    expect(markedTexts()).toEqual(['Police may obtain your trips with a court order.', 'Our hosting partner stores your trips for us.']);
  });

  it('respect the families the reader hid', () => {
    expect(markedTexts({ ...DEFAULT_SETTINGS, hiddenFamilies: ['legal-disclosure'] })).not.toContain('Police may obtain your trips with a court order.');
  });

  it('colour a clause by its most severe finding', () => {
    findings.push({ ...finding('Partners may receive your saved trips and the routes you plan.', 'sale', 'high'), id: 'sale-x' });
    const marks = marksFor(page, findings, DEFAULT_SETTINGS);
    const m = marks.find((x) => x.range.toString().startsWith('Partners may receive your saved'));
    expect(m?.kind).toBe('high');
    expect(marks.filter((x) => x.range.toString().startsWith('Partners may receive your saved'))).toHaveLength(1);
  });
});

describe('headings', () => {
  it('include short labels closed by a full stop or colon, not short sentences', () => {
    expect(isHeadingLine('Changes to this policy.')).toBe(true);
    expect(isHeadingLine('Location information :')).toBe(true);
    expect(isHeadingLine('What We Collect')).toBe(true);
    expect(isHeadingLine('Answering legal requests and keeping people safe:')).toBe(true);
    expect(isHeadingLine('We sell your trips.')).toBe(false);
    expect(isHeadingLine('Trips are kept forever.')).toBe(false);
    expect(isHeadingLine('Police may obtain your trips with a court order.')).toBe(false);
  });
});

describe('sections', () => {
  it('start at heading-like lines, not at sentences or short list items that end in punctuation', () => {
    const text = 'Privacy Notice\nWe keep logs.\nWhat We Share\nWe share data with partners, for example:\nname,\n2. Cookies\n';
    expect(sectionStarts(text).map((i) => text.slice(i, text.indexOf('\n', i)))).toEqual(['Privacy Notice', 'What We Share', '2. Cookies']);
  });
});
