// Every rule's own examples, each a full expectation run through every rule: the clauses it must flag (with the
// polarity, tags and details it gives them), the clauses it must leave alone, and every other rule each one raises.
import { describe, expect, it } from 'vitest';
import { findingsOfClause } from '../../src/engine/analyze';
import { RULES } from '../../src/engine/rules';
import { TAGS, type FlagExample, type IgnoreExample } from '../../src/engine/types';

const clause = (text: string) => ({ start: 0, end: text.length, text });
const flagOf = (e: FlagExample) => (typeof e === 'string' ? { text: e } : e);
const ignoreOf = (e: IgnoreExample) => (typeof e === 'string' ? { text: e } : e);
const ids = new Set(RULES.map((r) => r.id));

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has examples of both kinds, tags from the vocabulary, and names only rules that exist', () => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.ignore.length).toBeGreaterThan(0);
    for (const t of rule.tags) expect(TAGS).toContain(t);
    for (const e of rule.examples.flag.map(flagOf)) for (const t of e.tags ?? []) expect(TAGS).toContain(t);
    for (const e of [...rule.examples.flag.map(flagOf), ...rule.examples.ignore.map(ignoreOf)]) {
      for (const other of e.also ?? []) {
        expect(ids.has(other), `${e.text}: no rule ${other}`).toBe(true);
        expect(other, `${e.text} names its own rule`).not.toBe(rule.id);
      }
    }
  });

  // A flag example raises this rule once, as it states: polarity (does when unsaid), tags (the rule's when unsaid)
  // and details (none when unsaid); and every other rule it raises is named in `also`, no more and no fewer.
  it.each(rule.examples.flag.map(flagOf).map((e) => [e.text, e] as const))('flags: %s', (text, e) => {
    const all = findingsOfClause(clause(text), RULES, null);
    const own = all.filter((f) => f.rule === rule.id);
    expect(own.map((f) => ({ polarity: f.polarity, tags: f.tags, details: f.details }))).toEqual([
      { polarity: e.polarity ?? 'does', tags: e.tags ?? rule.tags, details: e.details ?? {} },
    ]);
    expect([...new Set(all.filter((f) => f.rule !== rule.id).map((f) => f.rule))].sort()).toEqual([...(e.also ?? [])].sort());
  });

  // An ignore example is not this practice at all: no finding of it, not even a "does not"; what it does raise is named.
  it.each(rule.examples.ignore.map(ignoreOf).map((e) => [e.text, e] as const))('ignores: %s', (text, e) => {
    const all = findingsOfClause(clause(text), RULES, null);
    expect(all.filter((f) => f.rule === rule.id)).toEqual([]);
    expect([...new Set(all.map((f) => f.rule))].sort()).toEqual([...(e.also ?? [])].sort());
  });
});

it('rule ids are unique', () => {
  expect(ids.size).toBe(RULES.length);
});
