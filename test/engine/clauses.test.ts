import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { findClauses, isDefinition, isHeading } from '../../src/engine/clauses';

const texts = (t: string) => findClauses(t).map((c) => c.text);

describe('findClauses', () => {
  it('splits sentences but not at abbreviations', () => {
    expect(texts('We are based in the U.S. and use e.g. cookies. We share data with Acme Inc. partners. Done.'))
      .toEqual(['We are based in the U.S. and use e.g. cookies.', 'We share data with Acme Inc. partners.', 'Done.']);
  });

  it('keeps offsets that point back into the text', () => {
    const text = '  Heading\n\n1. First item here.\n• Second item, a bullet.\n';
    for (const c of findClauses(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(texts(text)).toEqual(['Heading', 'First item here.', 'Second item, a bullet.']);
  });

  it('splits long enumerations at semicolons when each part stands alone', () => {
    const text = 'We may share your information with our affiliates for their own marketing purposes; with service providers who process payments on our behalf; and with law enforcement when we are required to do so by applicable law or legal process in any country.';
    expect(texts(text)).toHaveLength(3);
  });

  it('treats each table cell or line as its own block', () => {
    expect(texts('Data\tPeriod\nSearch logs\nTwo years')).toEqual(['Data\tPeriod', 'Search logs', 'Two years']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(findClauses('')).toEqual([]);
    expect(findClauses('   \n\n  ')).toEqual([]);
  });
});

describe('headings and definitions', () => {
  it('recognises headings', () => {
    expect(isHeading('How long we keep your information')).toBe(true);
    expect(isHeading('We may keep your data indefinitely.')).toBe(false);
    expect(isHeading('We do not sell your data')).toBe(false);
  });
  it('reads a row of links as navigation, not a clause', () => {
    expect(isHeading('About us | Careers | Your privacy choices | Cookie settings | Accessibility')).toBe(true);
    expect(isHeading('Home · Blog · Privacy · Tracking preferences')).toBe(true);
    expect(isHeading('We use cookies | see our cookie notice for details.')).toBe(false);
  });
  it('flags nothing in a link row or a policy about itself', () => {
    expect(analyzeText('Terms of use | Privacy | Cookie preferences | Advertising choices | Sitemap').findings).toEqual([]);
    expect(analyzeText('This notice is intended to inform you about how we collect and protect your data.').findings).toEqual([]);
  });
  it('recognises definitions', () => {
    expect(isDefinition('"Personal Information" means any information that identifies you.')).toBe(true);
    expect(isDefinition('We share personal information with partners.')).toBe(false);
  });
});
