import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTextInSlices, MAX_WORDS } from '../../src/engine/analyze';
import type { FittedModel } from '../../src/engine/fitted';
import { MODEL } from '../../src/engine/model';
import { RULES } from '../../src/engine/rules';

const rulesOf = (text: string) => analyzeText(text).findings.map((f) => `${f.rule}:${f.polarity}`);
// Polarity is the rules' reading, before the fitted layer weighs whether a finding stands.
const polaritiesOf = (text: string) => analyzeText(text, RULES, null).findings.map((f) => `${f.rule}:${f.polarity}`);

describe('analyzeText', () => {
  it('keeps "we do not sell" apart from "we sell"', () => {
    expect(rulesOf('We do not sell your personal information.')).toContain('data-sale:does-not');
    expect(rulesOf('We may sell your personal information to data brokers.')).toContain('data-sale:does');
    // The data first, the denial before the verb.
    expect(rulesOf('Your contact details will never be sold to anyone.')).toContain('data-sale:does-not');
    expect(rulesOf('Your contact details will never be sold to anyone.')).not.toContain('data-sale:does');
    expect(rulesOf('Your contact details may be sold to marketing firms.')).toContain('data-sale:does');
  });

  it('reads the other ways a sale or sharing is ruled out as denials', () => {
    const saleOrSharing = (text: string) => analyzeText(text).findings.filter((f) => f.tags.includes('data-sale') || f.tags.includes('sharing'));
    for (const text of [
      'At no time do we sell the details you give us.',
      'Selling customer data is not something we do.',
      'We have not sold personal information in the past 12 months.',
      'None of your data is sold to marketing firms.',
      'We refuse to sell subscriber lists to brokers.',
      'No personal data is passed to partners for their own marketing.',
      'We have decided never to license the profiles we hold, and not to monetise them in any other way either.',
      'Our income comes from memberships, not from selling members\' personal data.',
      '本服务不存在出售用户个人信息的情况。',
      '我们严禁员工出售用户资料。',
      '我们不做用户数据的买卖。',
      '本平台的收入不依靠出售会员的个人信息。',
    ]) {
      expect(saleOrSharing(text).length, text).toBeGreaterThan(0);
      expect(saleOrSharing(text).filter((f) => f.polarity === 'does').map((f) => f.rule), text).toEqual([]);
    }
    // A practice named as the subject is denied only by its own verb.
    expect(polaritiesOf('Your browsing history is kept for 30 days and is not sold.')).toContain('search-and-viewing-history:does');
    // Sharing with everyone but one kind of company is sharing with that kind.
    expect(saleOrSharing('我们不会与关联公司以外的任何公司共享您的信息。').map((f) => f.polarity)).toContain('does');
  });

  it('reads a mailing list rented out as a sale', () => {
    expect(rulesOf('From time to time we rent the names and home addresses of our catalogue customers to other retailers.')).toContain('data-sale:does');
    expect(rulesOf('We may lease your postal address to selected charities.')).toContain('data-sale:does');
    expect(rulesOf('We ship the items you buy to the postal address you give us.')).not.toContain('data-sale:does');
  });

  it('keeps a denial whose only condition is your consent a denial, and one with other exceptions a practice', () => {
    const sharingOf = (text: string) => analyzeText(text).findings.filter((f) => f.tags.includes('sharing')).map((f) => f.polarity);
    for (const text of [
      'We never share your personal information with third parties without your consent.',
      'We do not share your data with partners unless you ask us to.',
      'We will not disclose your information except with your written permission.',
      'Your order history is not shared with other companies except when we have your express consent.',
      'We never pass your contact details to partners unless we have your permission.',
    ]) {
      expect(sharingOf(text).length, text).toBeGreaterThan(0);
      expect(sharingOf(text).every((p) => p === 'does-not'), text).toBe(true);
    }
    // The law as the other exception: a disclosure to authorities, and no sharing.
    expect(sharingOf('We will not share your information without your consent, except where the law requires it.')).not.toContain('does');
    expect(rulesOf('We will not share your information without your consent, except where the law requires it.')).toContain('legal-disclosure:does');
    expect(sharingOf('We will not share your information without your consent, except with the firms that deliver our parcels.')).toContain('does');
    expect(sharingOf('We do not share your data with partners except when we have your consent or when a court orders it.')).toContain('does');
  });

  it('reads a negation that describes the data as no denial of the practice', () => {
    expect(polaritiesOf('Statistics that do not identify you individually may be shared with our advertising partners.')).toContain('targeted-ads:does');
    expect(polaritiesOf('We do not share statistics with our advertising partners.')).toContain('targeted-ads:does-not');
  });

  it('keeps a negation to its own part of the sentence', () => {
    expect(polaritiesOf('We never build a profile of you, and the adverts you see are chosen based on the page you are reading.')).toContain('targeted-ads:does');
    expect(polaritiesOf('We do not sell, rent, or share your data with advertising partners.')).not.toContain('targeted-ads:does');
    // ...and an exception to its own part: the opt-in conditions the reports, not the denial of what they hold.
    expect(polaritiesOf('Error reports are uploaded only if you switch them on, and we never read the content of your messages.')).toContain('device-content:does-not');
    expect(polaritiesOf('Error reports are uploaded only if you switch them on, and we never read the content of your messages unless you report one to us.')).toContain('device-content:does');
  });

  it('reads data denied before the practice as a denial, and "no measure is perfect" as no denial', () => {
    expect(polaritiesOf('We keep no browsing history of any kind.')).toContain('search-and-viewing-history:does-not');
    expect(polaritiesOf('With the local model on, no usage data is sent to our servers.')).toContain('activity-logs:does-not');
    expect(polaritiesOf('Your suggestions are picked without using your search history.')).not.toContain('search-and-viewing-history:does');
    expect(polaritiesOf('We protect your account, but no security system is perfect.')).toContain('weak-security-claim:does');
    // The data as the subject of its own denied verb; a second verb or a relative clause denies another act.
    expect(polaritiesOf('Your browsing history is never uploaded or stored by us.')).toContain('search-and-viewing-history:does-not');
    expect(polaritiesOf('Your browsing history is kept for 30 days and is not sold.')).toContain('search-and-viewing-history:does');
    expect(polaritiesOf('We collect your browsing history, which is not shared with anyone.')).toContain('search-and-viewing-history:does');
    // Two nouns joined as the subject, denied the handing on (the service still holds them); a service that shows no ads.
    expect(polaritiesOf("Members' phone numbers and home addresses are never given to advertisers.")).toEqual(expect.arrayContaining(['third-party-sharing:does-not', 'contact-details:does']));
    expect(polaritiesOf("Members' phone numbers and home addresses are never given to advertisers.")).not.toContain('third-party-sharing:does');
    expect(polaritiesOf('We collect phone numbers and home addresses, which are never given to advertisers.')).toContain('contact-details:does');
    expect(polaritiesOf('The kids\' edition serves no ads at all.')).toContain('targeted-ads:does-not');
    expect(polaritiesOf('The free edition serves ads based on what you play.')).toContain('targeted-ads:does');
  });

  it('reads a sentence about the document itself as no practice, whatever law it names', () => {
    expect(rulesOf('As the law requires, this page describes how we handle your data.')).toEqual([]);
    expect(rulesOf('As required by law, we may disclose your data to the police.')).toContain('legal-disclosure:does');
  });

  it('reads a pointer to another section as no practice, and a pointer to where you choose as a choice', () => {
    expect(rulesOf('For details of the analytics cookies and pixels we use, please see the "Tracking" section further down.')).toEqual([]);
    expect(rulesOf('Refer to the heading "Partners" below for who receives your data.')).toEqual([]);
    expect(rulesOf('See the Privacy page in the app to switch off personalised ads.')).not.toEqual([]);
    // "Read this policy before you agree" is no pointer: it is where forced consent is stated.
    expect(rulesOf('Please read this notice before you tap Accept: if you decline it, you cannot use the app.')).toContain('forced-consent:does');
    // Two clauses that begin "when you…" are a sentence, not a table of contents.
    expect(rulesOf('We collect your precise location when you open the map and when you share a trip.')).toContain('location:does');
  });

  it('reads "we share with no one unless the law requires it" as a legal disclosure and no sharing', () => {
    const findings = analyzeText('We do not share your personal data with third parties unless a court order or the law compels us.').findings;
    expect(findings.some((f) => f.tags[0] === 'legal-disclosure' && f.polarity === 'does')).toBe(true);
    // Not even as the legal disclosure's second tag: the clause shares with no one else.
    expect(findings.filter((f) => f.tags.includes('sharing') && f.polarity === 'does')).toEqual([]);
    const courtOnly = analyzeText('Nobody else gets your chat history, unless a court orders us to disclose it.').findings.filter((f) => f.polarity === 'does');
    expect(courtOnly.map((f) => f.tags)).toEqual([['legal-disclosure']]);
    // Another exception beside the law: a conditional practice of sharing.
    const mixed = analyzeText('We do not share your personal data with third parties unless a court order compels us or our payment processor needs it.').findings;
    expect(mixed.some((f) => f.tags[0] === 'sharing' && f.polarity === 'does')).toBe(true);
  });

  it('treats "will not disclose ... unless required by law" as a legal disclosure', () => {
    expect(rulesOf('We will not disclose your personal information unless required by law.')).toContain('legal-disclosure:does');
    // "Never without a warrant" is a disclosure with one, and still no sharing.
    const warrant = rulesOf('Nobody here will turn over your files to anyone without first being served with a valid search warrant.');
    expect(warrant).toContain('legal-disclosure:does');
    expect(warrant.filter((r) => r.endsWith(':does') && r !== 'legal-disclosure:does')).toEqual([]);
  });

  it('pulls out the retention period', () => {
    const [f] = analyzeText('We retain your search history for two years.').findings.filter((x) => x.family === 'retention');
    expect(f?.details.period).toBe('2 years');
    expect(f?.severity).toBe('medium');
    const [g] = analyzeText('We may keep your account information indefinitely.').findings.filter((x) => x.family === 'retention');
    expect(g?.details.period).toBe('indefinitely');
    expect(g?.severity).toBe('high');
  });

  it('does not flag headings or definitions', () => {
    expect(analyzeText('Third parties and advertisers').findings).toEqual([]);
    expect(analyzeText('"Cookies" means small files that advertisers use.').findings).toEqual([]);
    // A short label on a line of its own is a heading, however it ends; the sentence under it is the finding.
    const page = analyzeText('Updates to this notice:\nWe may change this notice at any time without telling you.\nLocation data.\nWe read your GPS position.');
    expect(page.findings.map((f) => f.text)).toEqual(['We may change this notice at any time without telling you.', 'We read your GPS position.']);
    // ...but a short item under a lead-in is what the lead-in announces.
    expect(analyzeText('Our servers record the following:\nIP address.\nBrowser type.').findings.some((f) => f.tags.includes('log-collection') && f.text === 'IP address.')).toBe(true);
  });

  it('tells encryption in transit from end-to-end encryption', () => {
    expect(rulesOf('Messages are encrypted in transit between our servers and your device.')).toContain('transit-encryption-only:does');
    expect(rulesOf('Messages are end-to-end encrypted, so we cannot read them.')).toContain('end-to-end-encryption:does');
  });

  it('gives findings offsets inside the text', () => {
    const text = 'Intro line.\nWe share your data with advertisers. We keep logs for 30 days.';
    for (const f of analyzeText(text).findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('caps very long text and says how much was read', () => {
    const text = 'We share data with partners today. '.repeat(Math.ceil((MAX_WORDS + 600) / 6));
    const a = analyzeText(text);
    expect(a.words.analysed).toBe(MAX_WORDS);
    expect(a.words.total).toBeGreaterThan(MAX_WORDS);
  });

  it('reads a clause without a full stop up to a bound, and still finds its practice', () => {
    const text = `We may share your personal information with advertisers ${'and more words '.repeat(40_000)}`;
    const [f] = analyzeText(text).findings.filter((x) => x.rule === 'third-party-sharing');
    // The finding is the whole clause as it reads on the page, though the rules read only its start.
    expect(f?.end).toBe(text.trimEnd().length);
  });
});

describe('the fitted layer', () => {
  it('says which cues and words decided a finding', () => {
    const [f] = analyzeText('We may disclose your personal information to law enforcement when we are legally required to do so.').findings.filter((x) => x.tags.includes('legal-disclosure'));
    expect(f?.polarity).toBe('does');
    expect(f?.because?.length).toBeGreaterThan(0);
    expect(f!.because!.every((b) => f!.text.toLowerCase().includes(b.toLowerCase()))).toBe(true);
  });

  it('does not state a practice in a clause a rule reads as denying it', () => {
    for (const text of ['We will never sell your personal data without your express permission.', 'We would never sell your data to advertisers without your explicit agreement.']) {
      const findings = analyzeText(text).findings;
      expect(findings.some((f) => f.rule === 'data-sale' && f.polarity === 'does-not'), text).toBe(true);
      expect(findings.filter((f) => f.polarity === 'does' && f.tags.some((t) => t === 'sharing' || t === 'data-sale')), text).toEqual([]);
    }
  });

  it('lets a rule keep its word on a sentence read alone, for the tags the fit says it should', () => {
    // A model that vetoes every rule finding it weighs, and flags nothing by itself.
    const shipped = MODEL!;
    const never = Object.fromEntries(shipped.tags.map((t) => [t, 1e6]));
    const strict: FittedModel = { ...shipped, trusted: [], veto: never, threshold: never, singlesStand: [] };
    const sentence = 'You can ask us for a copy of the personal data we hold about you.';
    const pair = `${sentence} Our office is open on weekdays from nine to five.`;
    const paragraph = `${pair} Visitors sign in at reception and wear a badge while they are in the building. Parking is available behind the building for visitors who book a space in advance.`;
    const tagged = (text: string, model: FittedModel) => analyzeText(text, RULES, model).findings.some((f) => f.polarity === 'does' && f.tags.includes('access-deletion'));
    expect(tagged(sentence, strict)).toBe(false);
    expect(tagged(sentence, { ...strict, singlesStand: ['access-deletion'] })).toBe(true);
    // Two short sentences are read as one (standsLikeASentence); in a longer paragraph the weighing decides.
    expect(tagged(pair, { ...strict, singlesStand: ['access-deletion'] })).toBe(true);
    expect(tagged(paragraph, { ...strict, singlesStand: ['access-deletion'] })).toBe(false);
  });

  it('flags a tag by itself only on a sentence that carries the evidence, not on words spread over a paragraph', () => {
    // A hand-made model: "partners" and "advertisers" each weigh 0.6 towards sharing; 1 is needed.
    const model: FittedModel = { about: 'test', tags: ['sharing'], bias: { sharing: 0 }, threshold: { sharing: 1 }, veto: { sharing: 1 }, weights: { sharing: { 'w:partn': 0.6, 'w:advertis': 0.6 } } };
    const shared = (text: string) => analyzeText(text, RULES, model).findings.filter((f) => f.polarity === 'does' && f.tags.includes('sharing')).map((f) => f.text);
    expect(shared('Your account details reach our partners and advertisers. The office opens at nine.')).toEqual(['Your account details reach our partners and advertisers.']);
    expect(shared('Your account details stay with our partners. Advertisers also like our site.')).toEqual([]);
  });

  it('flags sharing by itself only on a sentence that names someone to share with', () => {
    // A hand-made model: "ads" and "clicks" weigh towards sharing, as they do in paragraphs about ad networks.
    const model: FittedModel = { about: 'test', tags: ['sharing'], bias: { sharing: 0 }, threshold: { sharing: 1 }, veto: { sharing: 1 }, weights: { sharing: { 'w:ad': 0.6, 'w:click': 0.6 } } };
    const shared = (text: string) => analyzeText(text, RULES, model).findings.filter((f) => f.polarity === 'does' && f.tags.includes('sharing')).map((f) => f.text);
    expect(shared('We count the ad clicks on your account to improve the site.')).toEqual([]);
    expect(shared('Ad networks count the clicks on your account.')).toEqual(['Ad networks count the clicks on your account.']);
  });

  it('leaves a paragraph about something else alone', () => {
    expect(analyzeText('Our team loves hiking in the mountains. The museum opens at nine on weekdays.').findings).toEqual([]);
  });
});

describe('analyzeTextInSlices', () => {
  it('finds what analyzeText finds, and lets other work run while it analyses a long policy', async () => {
    const text = 'We share your data with advertisers. We keep logs for 30 days. We do not sell your data.\n'.repeat(4000);
    let ticks = 0;
    let done = false;
    const tick = () => { if (!done) { ticks++; setTimeout(tick, 0); } };
    setTimeout(tick, 0);
    const sliced = await analyzeTextInSlices(text);
    done = true;
    expect(sliced).toEqual(analyzeText(text));
    // Another tab's message is a task like this timer: it ran while the analysis was in progress.
    expect(ticks).toBeGreaterThan(0);
  });
});
