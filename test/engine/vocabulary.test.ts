// The rules' vocabulary: each word list is a fragment any pattern can embed, reading what its name says.
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/engine/rules/vocabulary';
import { anyOf, pattern } from '../../src/engine/rules/vocabulary';

const fragments = Object.entries(vocabulary).filter((e): e is [string, string] => typeof e[1] === 'string');

describe.each(fragments)('%s', (_name, fragment) => {
  it('compiles alone and captures nothing, so embedding it moves no group a rule reads', () => {
    const groups = new RegExp(`${anyOf(fragment)}|`).exec('')!.length - 1;
    expect(groups).toBe(0);
  });
});

it('reads the words it names, in their inflections, and not their look-alikes', () => {
  const word = (f: string) => pattern`^${anyOf(f)}$`;
  for (const w of ['share', 'shares', 'shared', 'sharing']) expect(word(vocabulary.SHARE).test(w), w).toBe(true);
  expect(word(vocabulary.SHARE).test('shareholder')).toBe(false);
  for (const w of ['sell', 'sells', 'sold', 'selling']) expect(word(vocabulary.SELL).test(w), w).toBe(true);
  for (const w of ['hand it over', 'passed your details on', 'turned the records over']) expect(word(vocabulary.HAND_OVER).test(w), w).toBe(true);
  expect(pattern`\b${anyOf(vocabulary.LOG)}`.test('we log your visits')).toBe(true);
  expect(pattern`\b${anyOf(vocabulary.LOG)}`.test('when you log in')).toBe(false);
  for (const w of ['affiliates', 'advertising partners', 'data brokers', 'the buyer']) {
    expect(pattern`\b${anyOf(vocabulary.CORPORATE_FAMILY, vocabulary.PARTNERS, vocabulary.DATA_SOURCES, vocabulary.ACQUIRERS)}`.test(w), w).toBe(true);
  }
  expect(pattern`\b${anyOf(vocabulary.NETWORK_IDS, vocabulary.DEVICE_IDS)}\b`.test('your IP address and advertising ID')).toBe(true);
  for (const w of ['email address', 'mobile phone number', 'billing address']) {
    expect(word(anyOf(vocabulary.EMAIL_ADDRESS, vocabulary.PHONE_NUMBER, vocabulary.POSTAL_ADDRESS)).test(w), w).toBe(true);
  }
  // A change to come, not a past one: "updated" is a date stamp's word.
  for (const w of ['update', 'revising', 'amends']) expect(word(vocabulary.CHANGE_VERBS).test(w), w).toBe(true);
  expect(word(vocabulary.CHANGE_VERBS).test('updated')).toBe(false);
  for (const w of ['web beacons', 'software development kit', 'google analytics']) {
    expect(word(anyOf(vocabulary.TRACKERS, vocabulary.SDKS, vocabulary.ANALYTICS)).test(w), w).toBe(true);
  }
  expect(word(vocabulary.LOCATION).test('precise location')).toBe(true);
});
