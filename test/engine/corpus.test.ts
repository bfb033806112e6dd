// The engine on 46 real policies from OPP-115: accuracy floors per tag, and no crash on any page.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { evaluate } from '../../src/engine/evaluate';
import { htmlToPolicy } from '../../src/cli/read-policy';
import { corpusPolicies, corpusSegments, corpusUnavailable } from '../corpus';

const skip = corpusUnavailable();

describe.skipIf(skip)('OPP-115 development split', () => {
  const result = skip ? null : evaluate(corpusSegments());

  // The targets for retention, legal disclosure and log collection; floors near the figures reached for the rest.
  it.each([
    ['legal-disclosure', 0.85],
    ['log-collection', 0.80],
    ['retention', 0.75],
    ['sharing', 0.65],
    ['contact', 0.72],
    ['location', 0.78],
    ['policy-change', 0.75],
    ['tracking', 0.75],
    ['ads', 0.65],
  ])('%s F1 ≥ %s', (tag, floor) => {
    expect(result!.tags[tag]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it('macro-F1 over the 12 tags ≥ 0.70', () => {
    expect(Object.keys(result!.tags)).toHaveLength(12);
    expect(result!.macroF1).toBeGreaterThanOrEqual(0.70);
    expect(result!.unsupported).toEqual(['legal-purpose-any']);
  });

  it('reads every policy page and keeps every finding inside the text', () => {
    for (const p of corpusPolicies()) {
      const { text } = htmlToPolicy(p.html, `https://${p.name}.example/privacy`);
      const { findings } = analyzeText(text);
      expect(findings.length, p.name).toBeGreaterThan(0);
      for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
