import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { BONUS, gradeFindings, PENALTY } from '../../src/report/grade';

const grade = (text: string) => gradeFindings(analyzeText(text).findings);

describe('gradeFindings', () => {
  it('gives an empty or harmless text an A with no points', () => {
    expect(grade('')).toEqual({ grade: 'A', score: 100, points: {} });
  });

  it('takes every point from a cited finding', () => {
    const text = 'We may sell your personal information. We may disclose your data to law enforcement without notifying you.';
    const g = grade(text);
    const findings = analyzeText(text).findings;
    expect(Object.keys(g.points).every((id) => findings.some((f) => f.id === id))).toBe(true);
    expect(100 + Object.values(g.points).reduce((a, b) => a + b, 0)).toBe(g.score);
  });

  it('counts a repeated rule less each time', () => {
    const once = grade('We may sell your personal information.');
    const thrice = grade('We may sell your personal information. We sell your data. We sell your browsing history.');
    expect(100 - once.score).toBe(PENALTY.high);
    expect(100 - thrice.score).toBe(PENALTY.high * 1.5);
  });

  it('raises the grade for positive signals, and "we do not sell" costs nothing', () => {
    const bad = grade('We share your information with advertisers.');
    const better = grade('We share your information with advertisers. You can opt out of interest-based advertising at any time.');
    expect(better.score - bad.score).toBe(BONUS);
    expect(grade('We do not sell your personal information.').score).toBe(100);
  });

  it('grades a policy full of high risks E', () => {
    const text = [
      'We may sell your personal information.', 'We may disclose your data to law enforcement.',
      'We collect the time, date and duration of your communications.', 'We upload your address book.',
      'We may keep your information indefinitely.', 'By using the service you agree to this policy.',
      'We may change this policy at any time without notice.', 'We share your data with advertisers.',
    ].join(' ');
    expect(grade(text).grade).toBe('E');
  });
});
