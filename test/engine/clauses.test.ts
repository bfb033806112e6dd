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
  it('reads a title as a heading however long and however it ends, and a shouted sentence as a sentence', () => {
    expect(isHeading('Pixels, Beacons and Similar Technologies.')).toBe(true);
    expect(isHeading('Pixel Tags and Other Similar Technologies.')).toBe(true);
    expect(isHeading('INFORMATION WE RECEIVE FROM ADVERTISING PARTNERS 4.')).toBe(true);
    expect(isHeading('Data You Provide to Us or Ask a Partner to Send to Us on Your Behalf')).toBe(true);
    expect(isHeading('WE MAY SELL YOUR INFORMATION TO OTHER COMPANIES.')).toBe(false);
    expect(isHeading('WE KEEP YOUR VOICE RECORDINGS FOR THREE YEARS.')).toBe(false);
    expect(isHeading('PARTNERS RECEIVE YOUR PURCHASE HISTORY EVERY MONTH.')).toBe(false);
    expect(isHeading('We Use Cookies, and so do our partners.')).toBe(false);
    expect(analyzeText('Location Data and How We Share It With Partners.').findings).toEqual([]);
  });
  it('reads a label phrased as an indirect question as a heading', () => {
    expect(isHeading('How long we hold on to your recordings:')).toBe(true);
    expect(isHeading('Who gets to see your listings')).toBe(true);
    expect(isHeading('When you register, we ask for your phone number.')).toBe(false);
    expect(analyzeText('With whom we may share your trip history:').findings).toEqual([]);
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
