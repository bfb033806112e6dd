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

  it.each(rule.examples.flag)('flags: %s', (text) => {
    const hits = findingsOfClause(clause(text), [rule], null);
    expect(hits.map((f) => f.rule)).toContain(rule.id);
  });

  it.each(rule.examples.ignore)('ignores: %s', (text) => {
    const hits = findingsOfClause(clause(text), [rule], null).filter((f) => f.polarity === 'does');
    expect(hits).toEqual([]);
  });
});

it('rule ids are unique', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
