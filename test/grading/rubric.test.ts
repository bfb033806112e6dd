import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { answerOf, answerRubric, ANSWERS, pointsOf, RUBRIC, type Stance } from '../../src/grading/rubric';
import { scorecardLine } from '../../src/present/describe';
import { englishWords } from '../../src/present/locale-files';
import { buildReport } from '../../src/grading/build-report';

const answersOf = (text: string) => answerRubric(analyzeText(text).findings);

describe('the scorecard', () => {
  it('asks each question once, and the questions are worth 100 points together', () => {
    expect(new Set(RUBRIC.map((q) => q.id)).size).toBe(RUBRIC.length);
    expect(RUBRIC.reduce((sum, q) => sum + q.points.safe, 0)).toBe(100);
  });

  for (const q of RUBRIC) {
    describe(q.id, () => {
      for (const answer of ANSWERS) {
        for (const text of q.examples[answer] ?? []) {
          it(`answers "${answer}" to: ${text}`, () => {
            const a = answersOf(text).find((x) => x.id === q.id)!;
            expect(a.answer).toBe(answer);
            expect(a.points).toBe(pointsOf(q, answer));
          });
        }
      }

      it('its examples take only the stances it declares', () => {
        for (const text of Object.values(q.examples).flat()) {
          for (const f of analyzeText(text).findings) {
            const s = q.stance(f);
            if (s) expect(q.stances, text).toContain(s);
          }
        }
      });

      it('has an example of a risky and of a protective or silent answer', () => {
        const unsafe = q.safe === 'yes' ? 'no' : 'yes';
        expect(q.examples[unsafe]?.length ?? q.examples.partly?.length).toBeGreaterThan(0);
      });

      it('gives the safe answer the most points, the unsafe none, and "partly" between', () => {
        expect(q.points.unsafe).toBe(0);
        expect(q.points.partly).toBeGreaterThan(0);
        expect(q.points.partly).toBeLessThan(q.points.safe);
        expect(q.points['not-stated']).toBeLessThan(q.points.safe);
      });

      // Every set of stances, and every stance added to it: a risk never raises the points, a protection never lowers them.
      it('is monotone: a risky clause never raises its points, a protective one never lowers them', () => {
        const subsets: Set<Stance>[] = [];
        const own = q.stances;
        for (let mask = 0; mask < 1 << own.length; mask++) subsets.push(new Set(own.filter((_, i) => mask & (1 << i))));
        for (const s of subsets) {
          const before = pointsOf(q, answerOf(q, s));
          for (const added of own) {
            const after = pointsOf(q, answerOf(q, new Set([...s, added])));
            const risky = added === 'bad' || added === 'weak-bad';
            if (risky) expect(after, `${[...s]} + ${added}`).toBeLessThanOrEqual(before);
            else expect(after, `${[...s]} + ${added}`).toBeGreaterThanOrEqual(before);
          }
        }
      });
    });
  }

  it('cites the clauses that decide an answer, and none for "not stated"', () => {
    const text = 'We may sell your personal information to data brokers. We collect your name.';
    const report = buildReport(text, { url: 'https://x.example/privacy', title: '' });
    const sells = report.rubric.find((a) => a.id === 'sells-data')!;
    expect(sells.findings.map((id) => report.findings.find((f) => f.id === id)!.text)).toEqual(['We may sell your personal information to data brokers.']);
    expect(report.rubric.find((a) => a.id === 'address-book')!.findings).toEqual([]);
  });

  it('"we do not sell" answers no, and the clause is a good sign, not a risk', () => {
    const report = buildReport('We do not sell or rent your personal information.', { url: 'https://x.example/privacy', title: '' });
    const sells = report.rubric.find((a) => a.id === 'sells-data')!;
    expect(sells.answer).toBe('no');
    expect(sells.points).toBe(sells.outOf);
    const f = report.findings.find((x) => x.id === sells.findings[0])!;
    expect(f.points).toBeGreaterThan(0);
  });

  it('answers "partly" when the policy says both, and cites both sides', () => {
    const text = 'Server logs are deleted after 30 days. We may keep your account information indefinitely.';
    const report = buildReport(text, { url: 'https://x.example/privacy', title: '' });
    const keeps = report.rubric.find((a) => a.id === 'keeps-data')!;
    expect(keeps.answer).toBe('partly');
    expect(keeps.findings.map((id) => report.findings.find((f) => f.id === id)!.text)).toEqual([
      'Server logs are deleted after 30 days.', 'We may keep your account information indefinitely.',
    ]);
  });
});

it('the README lists every question with its points', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  for (const q of RUBRIC) {
    const p = q.points;
    expect(readme).toContain(`| ${q.question} | ${q.safe} | ${p.safe} / ${p.partly} / ${p['not-stated']} / ${p.unsafe} |`);
  }
});

it('sums the answers up in one line for the badge', () => {
  const report = buildReport('We may sell your personal information to data brokers. We do not use your data for targeted advertising. We use cookies to remember your preferences.', { url: 'https://x.example/privacy', title: '' });
  expect(scorecardLine(report.rubric, englishWords())).toBe('Scorecard: 1 safe, 1 partly, 2 unsafe, 11 not stated.');
  expect(scorecardLine([], englishWords())).toBe('');
});

it('answers a Chinese policy the same way: the questions read findings, not English words', () => {
  const text = '我们会收集您的精确位置信息。我们会上传您的通讯录。如果您不同意本政策，您将无法使用我们的服务。您的聊天记录将永久保存。我们不会出售您的个人信息。您的消息采用端到端加密。';
  const byId = Object.fromEntries(answersOf(text).map((a) => [a.id, a.answer]));
  expect(byId).toMatchObject({
    'precise-location': 'yes', 'address-book': 'yes', 'forced-consent': 'yes', 'keeps-data': 'no', 'sells-data': 'no', 'end-to-end': 'yes',
  });
});
