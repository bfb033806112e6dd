import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { findBlocks } from '../../src/engine/clauses';
import { withLeadIns } from '../../src/engine/lists';

/** The findings a reader sees on the line that starts with `line`. */
const on = (text: string, line: string) => analyzeText(text).findings.filter((f) => f.text.startsWith(line));

describe('a list read under its lead-in', () => {
  it('reads an item that only names a recipient as what the lead-in announces', () => {
    const text = 'We may disclose your information to:\nour hosting companies;\nlaw enforcement agencies, if the law requires it.';
    expect(on(text, 'law enforcement').some((f) => f.polarity === 'does' && f.tags.includes('legal-disclosure'))).toBe(true);
    expect(on(text, 'our hosting').filter((f) => f.tags.includes('legal-disclosure'))).toEqual([]);
    // Read alone, the item names no practice.
    expect(analyzeText('law enforcement agencies, if the law requires it.').findings).toEqual([]);
  });

  it('reads bare labels under "we collect" as the data collected', () => {
    const text = 'While you browse the store, our servers record the following:\nyour IP address\nthe operating system of your phone';
    for (const line of ['your IP address', 'the operating system']) expect(on(text, line).some((f) => f.tags.includes('log-collection')), line).toBe(true);
    // Read alone, a label states nothing.
    expect(analyzeText('your IP address').findings).toEqual([]);
  });

  it('carries the lead-in\'s "not" to its items', () => {
    const text = 'Here is what we will never hand over to anyone:\nthe phone numbers saved in your address book.';
    const item = on(text, 'the phone numbers');
    expect(item.length).toBeGreaterThan(0);
    expect(item.every((f) => f.polarity === 'does-not')).toBe(true);
  });

  it('does not repeat the lead-in\'s own practice on every item, nor read on past the list', () => {
    const text = 'We share your information with third parties such as:\ncourier companies;\nour accounting firm.\nHow to reach us\nWrite to our office if you have a question about this page.';
    const findings = analyzeText(text).findings;
    expect(findings.some((f) => f.text.startsWith('We share') && f.tags.includes('sharing'))).toBe(true);
    expect(findings.filter((f) => !f.text.startsWith('We share'))).toEqual([]);
    const items = withLeadIns(findBlocks(text)).flat().filter((c) => c.lead);
    expect(items.map((c) => c.text)).toEqual(['courier companies;', 'our accounting firm.']);
  });

  it('leaves a label ending in a colon, and the paragraph under it, as they are', () => {
    const blocks = withLeadIns(findBlocks('Contact:\nWe sell garden tools and ship them across Europe.'));
    expect(blocks.flat().some((c) => c.lead)).toBe(false);
  });
});
