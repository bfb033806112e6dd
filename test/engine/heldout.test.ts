// The engine on the held-out clauses (test/fixtures/heldout: written blind, never read to write or tune a rule):
// floors just under today's figures, so that a change that fits the development text at the cost of unseen
// text fails here. Failures print figures only, not clauses: reading them to fix a rule would spoil the measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { evaluate, type Segment } from '../../src/engine/evaluate';

type Labelled = Segment & { negated?: string[]; lookalike?: string[] };
const read = (lang: string): Labelled[] => readFileSync(join(__dirname, `../fixtures/heldout/${lang}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Clauses with a `does` finding on a tag they deny, or on a tag whose words they only borrow. */
function misreadings(clauses: Labelled[]): { denied: number; deniedSaleOrSharing: number; lookalikes: number } {
  let denied = 0, deniedSaleOrSharing = 0, lookalikes = 0;
  for (const c of clauses) {
    const does = analyzeText(c.text).findings.filter((f) => f.polarity === 'does').flatMap((f) => f.tags as string[]);
    const wrong = does.filter((t) => c.negated?.includes(t) && !c.tags[t]);
    if (wrong.length) denied++;
    if (wrong.some((t) => t === 'data-sale' || t === 'sharing')) deniedSaleOrSharing++;
    if (does.some((t) => c.lookalike?.includes(t))) lookalikes++;
  }
  return { denied, deniedSaleOrSharing, lookalikes };
}

describe.each([
  // Today (session 4): en macro 0.732, zh 0.797; the target is 0.90 per tag.
  ['en', 0.71, { denied: 5, deniedSaleOrSharing: 1, lookalikes: 3 }],
  ['zh', 0.78, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 8 }],
] as const)('%s held-out clauses', (lang, macro, most) => {
  const clauses = read(lang);

  it(`macro-F1 ≥ ${macro}`, () => {
    expect(clauses.length).toBeGreaterThan(200);
    expect(evaluate(clauses).macroF1).toBeGreaterThanOrEqual(macro);
  });

  it('reads no more denials or lookalikes as practices than today', () => {
    const found = misreadings(clauses);
    expect(found.denied).toBeLessThanOrEqual(most.denied);
    expect(found.deniedSaleOrSharing).toBeLessThanOrEqual(most.deniedSaleOrSharing);
    expect(found.lookalikes).toBeLessThanOrEqual(most.lookalikes);
  });
});
