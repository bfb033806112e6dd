import { describe, expect, it } from 'vitest';
import { htmlToPolicy } from '../../src/cli/read-policy';
import { buildReport } from '../../src/grading/build-report';
import { corpusPolicies, corpusUnavailable } from '../corpus';

const skip = corpusUnavailable();

describe.skipIf(skip)('the grade on the OPP-115 development policies', () => {
  it('spreads the letters over at least four grades, none above 40%', () => {
    const letters: Record<string, number> = {};
    const policies = corpusPolicies();
    for (const p of policies) {
      const { text } = htmlToPolicy(p.html, `https://${p.name}.example/privacy`);
      const { grade } = buildReport(text, { url: p.name, title: '' });
      letters[grade] = (letters[grade] ?? 0) + 1;
    }
    console.log(`Grades of the ${policies.length} dev policies: ${['A', 'B', 'C', 'D', 'E'].map((l) => `${l} ${letters[l] ?? 0}`).join(', ')}`);
    expect(policies.length).toBe(46);
    expect(Object.keys(letters).length).toBeGreaterThanOrEqual(4);
    for (const [letter, n] of Object.entries(letters)) expect(n / policies.length, letter).toBeLessThanOrEqual(0.4);
  });

  it('gives a real policy the same score with its paragraphs in reverse order, or each one twice', () => {
    for (const p of corpusPolicies().slice(0, 12)) {
      const paragraphs = p.html.split(/\n(?=<p>)/);
      const scoreOf = (html: string) => buildReport(htmlToPolicy(html, 'https://x.example/privacy').text, { url: p.name, title: '' }).score;
      const score = scoreOf(p.html);
      expect(scoreOf([...paragraphs].reverse().join('\n')), p.name).toBe(score);
      expect(scoreOf(paragraphs.flatMap((x) => [x, x]).join('\n')), p.name).toBe(score);
    }
  });
});
