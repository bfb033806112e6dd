import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { gradeAnswers, gradeFindings, letterFor } from '../../src/grading/grade';
import { RUBRIC } from '../../src/grading/rubric';

// Each sentence is its own paragraph: the engine weighs a paragraph's sentences together, so a sentence's
// neighbours may change what it reads in it; these properties are about sentences, not paragraphs.
const grade = (sentences: readonly string[]) => gradeFindings(analyzeText(sentences.join('\n')).findings);

// Practices written for these tests: each sentence states one practice, risky or protective.
const RISKY = [
  'We may sell your personal information to data brokers.',
  'We use your browsing activity to show you targeted advertising.',
  'We send you promotional emails about our products.',
  'We share your personal information with our partners and affiliates for their own marketing.',
  'We share your information with service providers who help us operate the service.',
  'We may disclose your information to government authorities when we believe it is appropriate.',
  'We disclose information to law enforcement only in response to a valid subpoena or court order.',
  'We may keep your account information indefinitely.',
  'Copies of your content may remain in backup storage even after you delete your account.',
  'We log your search queries and the pages you view.',
  'We collect your IP address and device identifiers.',
  'We and our advertising partners use cookies to track your activity across websites.',
  'We collect your precise location from your device GPS.',
  'We upload the contacts in your address book to our servers to find your friends.',
  'Your information may be transferred to and stored in countries other than your own.',
  'By using the service you agree to this privacy policy.',
  'We may change this policy at any time without prior notice.',
  'We will post any changes to this privacy policy on this page.',
  'Your messages are not end-to-end encrypted.',
];
const PROTECTIVE = [
  'We do not sell or rent your personal information.',
  'We do not use your data for targeted advertising.',
  'You can opt out of interest-based advertising at any time.',
  'We do not share your personal information with third parties.',
  'Undelivered messages are deleted from our servers after 30 days.',
  'When you delete your account, we erase your data from our servers within 30 days, including backups.',
  'We do not log your searches or browsing history.',
  'We do not collect your location.',
  'You may withdraw your consent at any time.',
  'We will notify you by email 30 days before material changes to this policy take effect.',
  'You can access, correct or delete your personal information from your account settings.',
  'Your messages are protected with end-to-end encryption.',
  'Data is encrypted in transit between our servers and your device.',
];
const UNRELATED = [
  'Preheat the oven to 200 degrees and grease the tin.',
  'The museum opens at nine on weekdays.',
  'Our team loves hiking in the mountains.',
  'Add two cups of flour and stir well.',
];

const stancesOf = (sentence: string) => analyzeText(sentence).findings.flatMap((f) => RUBRIC.map((q) => q.stance(f)).filter(Boolean));

describe('the grade', () => {
  it('is the sum of the answers\' points, lettered by fixed floors', () => {
    const g = grade([RISKY[0]!, PROTECTIVE[4]!, PROTECTIVE[11]!]);
    expect(g.score).toBe(g.rubric.reduce((s, a) => s + a.points, 0));
    expect(gradeAnswers(g.rubric)).toEqual({ grade: g.grade, score: g.score });
    expect(letterFor(100)).toBe('A');
    expect(letterFor(0)).toBe('E');
  });

  it('does not depend on the order of two retention sentences', () => {
    const a = grade(['Server logs are deleted after 30 days.', 'We may keep your account information indefinitely.']);
    const b = grade(['We may keep your account information indefinitely.', 'Server logs are deleted after 30 days.']);
    expect(b.score).toBe(a.score);
    expect(a.rubric.find((x) => x.id === 'keeps-data')!.answer).toBe('partly');
  });

  it('grades a policy that states every risky practice E, and one that states every protection A', () => {
    expect(grade(RISKY).grade).toBe('E');
    expect(grade(PROTECTIVE).grade).toBe('A');
  });

  it('uses sentences that say what the tests say they say', () => {
    for (const s of RISKY) expect(stancesOf(s).every((x) => x === 'bad' || x === 'weak-bad') && stancesOf(s).length > 0, s).toBe(true);
    for (const s of PROTECTIVE) expect(stancesOf(s).every((x) => x !== 'bad' && x !== 'weak-bad') && stancesOf(s).length > 0, s).toBe(true);
    for (const s of UNRELATED) expect(analyzeText(s).findings, s).toEqual([]);
  });

  const policy = fc.array(fc.constantFrom(...RISKY, ...PROTECTIVE), { maxLength: 14 });
  const runs = { numRuns: 60 };

  it('is invariant under the order of sentences', () => {
    fc.assert(fc.property(policy.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p, { minLength: p.length }))), ([p, shuffled]) => {
      expect(grade(shuffled).score).toBe(grade(p).score);
    }), runs);
  });

  it('is invariant under repeated sentences', () => {
    fc.assert(fc.property(policy, fc.array(fc.nat(), { maxLength: 6 }), (p, picks) => {
      const repeated = [...p];
      for (const i of picks) if (p.length) repeated.splice(i % (repeated.length + 1), 0, p[i % p.length]!);
      expect(grade(repeated).score).toBe(grade(p).score);
    }), runs);
  });

  it('is invariant under added unrelated text', () => {
    fc.assert(fc.property(policy, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...UNRELATED)), { maxLength: 6 }), (p, added) => {
      const padded = [...p];
      for (const [i, s] of added) padded.splice(i % (padded.length + 1), 0, s);
      expect(grade(padded).score).toBe(grade(p).score);
    }), runs);
  });

  it('is monotone: a risky practice never raises it, a protective one never lowers it', () => {
    fc.assert(fc.property(policy, fc.nat(), fc.constantFrom(...RISKY), fc.constantFrom(...PROTECTIVE), (p, at, risky, protective) => {
      const base = grade(p).score;
      const i = at % (p.length + 1);
      expect(grade([...p.slice(0, i), risky, ...p.slice(i)]).score).toBeLessThanOrEqual(base);
      expect(grade([...p.slice(0, i), protective, ...p.slice(i)]).score).toBeGreaterThanOrEqual(base);
    }), runs);
  });
});

it('scores a policy that says nothing by the not-stated points alone, as the README says', () => {
  expect(grade([]).score).toBe(RUBRIC.reduce((s, q) => s + q.points['not-stated'], 0));
  expect(grade([]).score).toBe(65);
  expect(grade(UNRELATED).grade).toBe('B');
});
