// Every rule's own examples: clauses it must flag, and clauses it must leave alone.
import { describe, expect, it } from 'vitest';
import { findingsOfClause } from '../../src/engine/analyze';
import { RULES } from '../../src/engine/rules';
import { TAGS } from '../../src/engine/types';

const clause = (text: string) => ({ start: 0, end: text.length, text });

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has examples of both kinds and tags from the vocabulary', () => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.ignore.length).toBeGreaterThan(0);
    for (const t of rule.tags) expect(TAGS).toContain(t);
    expect(rule.why.length).toBeGreaterThan(20);
  });

  const flags = rule.examples.flag.map((e) => (typeof e === 'string' ? { text: e, polarity: 'does' as const } : e));
  it.each(flags.map((e) => [e.text, e.polarity] as const))('flags: %s (%s)', (text, polarity) => {
    const hits = findingsOfClause(clause(text), [rule], null).filter((f) => f.rule === rule.id);
    expect(hits.map((f) => f.polarity)).toEqual([polarity]);
  });

  // An ignore example is not this practice at all: no finding, not even a "does not".
  it.each(rule.examples.ignore)('ignores: %s', (text) => {
    expect(findingsOfClause(clause(text), [rule], null)).toEqual([]);
  });

  // Every example runs through every rule: what else it raises is named in mayAlsoFire, and each name
  // there is raised by some example, so the list neither hides an overlap nor keeps a stale one.
  it('names every other rule its examples raise, and no more', () => {
    const texts = [...flags.map((e) => e.text), ...rule.examples.ignore];
    const others = new Set(texts.flatMap((t) => findingsOfClause(clause(t), RULES, null).map((f) => f.rule)).filter((id) => id !== rule.id));
    expect([...others].sort()).toEqual([...(rule.mayAlsoFire ?? [])].sort());
  });
});

it('rule ids are unique', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
