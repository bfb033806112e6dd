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
  // Session 5: en macro 0.743, zh 0.810; the target is 0.90 per tag. en lookalikes 3 -> 4: a rule's finding
  // in a one-sentence paragraph now stands unless its words weigh against it, and one policy-change lookalike that the
  // fitted layer used to overrule now stands (the same change lifted policy-change on these clauses from 0.38 to 0.73).
  // Session 6: one-sentence findings stand unless their words weigh clearly against the tag (WORDS_AGAINST): en
  // 0.744 -> 0.755, en-2 0.604 -> 0.627.
  // Session 7: denials written in other ways ("at no time do we", "none of your data is", "have not sold", "no
  // personal data is passed to…"), from paraphrases of our own, not from these clauses: en denied 5 -> 4 and the
  // one denied sale or sharing gone; titles read as headings, en lookalikes 4 -> 3; macro 0.756 -> 0.763.
  ['en', 0.755, 200, { denied: 4, deniedSaleOrSharing: 0, lookalikes: 3 }],
  ['zh', 0.80, 200, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 8 }],
  // The held half of session 5's blind batches (split by policy; the other half was read to widen the rules).
  ['en-2', 0.62, 150, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 2 }],
  ['zh-2', 0.57, 150, { denied: 3, deniedSaleOrSharing: 2, lookalikes: 4 }],
  // Session 6's blind batch, all held (about 30% of the English are short paragraphs). It was scored once before
  // WORDS_AGAINST (en 0.745) and chose it; nothing else was tuned on it.
  // Thresholds chosen on smoothed F1 (fit.ts) lowered contact's flag-alone threshold: one more contact lookalike
  // here (2 -> 3) as the macro rose 0.767 -> 0.776 (0.781 with the sale fixes).
  ['en-3', 0.78, 180, { denied: 0, deniedSaleOrSharing: 0, lookalikes: 2 }],
  ['zh-3', 0.84, 100, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 1 }],
  // Session 7's blind batch on denying versus doing a sale or sharing: the held halves (by policy). Scored once on
  // arrival (en 0.774, zh 0.800) and again at the end of the session; nothing was tuned on them.
  ['en-4', 0.76, 75, { denied: 2, deniedSaleOrSharing: 1, lookalikes: 1 }],
  ['zh-4', 0.79, 50, { denied: 2, deniedSaleOrSharing: 2, lookalikes: 0 }],
  // Session 7's second blind batch, for the mission's practices: the held halves (scored on arrival: en 0.803, zh 0.677).
  ['en-5', 0.79, 75, { denied: 1, deniedSaleOrSharing: 1, lookalikes: 0 }],
  ['zh-5', 0.66, 45, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 0 }],
  // Session 9's blind batch on denying, limiting and conditioning a sale or sharing: the held halves (by policy).
  // Scored on arrival (en 0.421, zh 0.457: the macro counts the many tags these clauses never use as 0) and at the
  // end of the session; nothing was tuned on them.
  ['en-6', 0.41, 70, { denied: 2, deniedSaleOrSharing: 2, lookalikes: 0 }],
  ['zh-6', 0.44, 45, { denied: 0, deniedSaleOrSharing: 0, lookalikes: 2 }],
  // Session 10's blind batch of paragraph-length passages (run-in titles, table rows, bullets) for every tag: the held
  // halves (by policy). Scored on arrival (en 0.725, zh 0.803) and at the end of the session; nothing was tuned on them.
  ['en-7', 0.71, 110, { denied: 2, deniedSaleOrSharing: 1, lookalikes: 0 }],
  ['zh-7', 0.78, 75, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 7 }],
  // Session 11's blind batch for products of 2024-2026: the held halves (by policy). Scored on arrival (en 0.730,
  // zh 0.803) and at the end of the session; nothing was tuned on them.
  ['en-8', 0.71, 90, { denied: 0, deniedSaleOrSharing: 0, lookalikes: 1 }],
  ['zh-8', 0.78, 60, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 3 }],
  // Session 11's second blind batch, held whole (ordinary consumer services of every kind), written after the session's
  // last engine change and scored once on arrival (en 0.753, rules alone 0.764; zh 0.832).
  ['en-9', 0.73, 130, { denied: 4, deniedSaleOrSharing: 0, lookalikes: 4 }],
  ['zh-9', 0.81, 85, { denied: 2, deniedSaleOrSharing: 0, lookalikes: 5 }],
  // Session 12's blind batch, held whole (22 English and 14 Chinese imagined policies of every kind, 10% non-clauses),
  // scored on arrival after the session's first two rule changes (en 0.751, rules alone 0.759; zh 0.806).
  ['en-10', 0.73, 140, { denied: 0, deniedSaleOrSharing: 0, lookalikes: 2 }],
  ['zh-10', 0.78, 90, { denied: 1, deniedSaleOrSharing: 0, lookalikes: 4 }],
] as const)('%s held-out clauses', (lang, macro, size, most) => {
  const clauses = read(lang);

  it(`macro-F1 ≥ ${macro}`, () => {
    expect(clauses.length).toBeGreaterThan(size);
    expect(evaluate(clauses).macroF1).toBeGreaterThanOrEqual(macro);
  });

  it('reads no more denials or lookalikes as practices than today', () => {
    const found = misreadings(clauses);
    expect(found.denied).toBeLessThanOrEqual(most.denied);
    expect(found.deniedSaleOrSharing).toBeLessThanOrEqual(most.deniedSaleOrSharing);
    expect(found.lookalikes).toBeLessThanOrEqual(most.lookalikes);
  });
});
