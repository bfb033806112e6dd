import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyze';
import { RULES } from '../../src/engine/rules';
import { modalityOf, whoActs } from '../../src/engine/reading';

/** The practice's words are marked with [brackets]: the position where a rule's match would start. */
function at(marked: string): [string, number] {
  const i = marked.indexOf('[');
  return [marked.replace('[', '').replace(']', ''), i];
}

describe('who acts', () => {
  it.each([
    ['We may [share] your email address with delivery partners.', 'service'],
    ['Your messages are [stored] on our servers for 30 days.', 'service'],
    ['Advertising networks that work with us may [collect] your device identifier.', 'third-parties'],
    ['Some of our partners also [place cookies] on your browser.', 'third-parties'],
    ['Third-party analytics providers [record] the pages you open.', 'third-parties'],
    ['Police and other government agencies may [request] the records we hold.', 'authorities'],
    ['Courts can [order] us to hand over account data.', 'authorities'],
    ['You can [opt out] of personalised ads in Settings.', 'you'],
    ['Members may [delete] their profile whenever they like.', 'you'],
    ['If you sign up for the newsletter, we [send] your address to our mailing provider.', 'service'],
    ['When advertisers ask for it, we [share] aggregate statistics.', 'service'],
    ['We work with partners who [receive] your purchase history.', 'service'],
  ] as const)('%s → %s', (marked, actor) => {
    const [clause, i] = at(marked);
    expect(whoActs(clause, i)).toBe(actor);
  });
});

describe('modality', () => {
  it.each([
    ['We may also [share] your location with our carriers.', 'may'],
    ['We will [keep] your photos until you delete them.', 'will'],
    ['We are legally required to [disclose] records to the tax office.', 'must'],
    ['We must [retain] invoices for seven years.', 'must'],
    ['We [collect] the address of every page you visit.', 'does'],
    ['You can [turn off] location access at any time.', 'may'],
    ['We reserve the right to [disclose] your information to protect our rights.', 'may'],
  ] as const)('%s → %s', (marked, modality) => {
    const [clause, i] = at(marked);
    expect(modalityOf(clause, i)).toBe(modality);
  });
});

describe('a finding says who acts and how firmly', () => {
  const finding = (text: string, family: string) => analyzeText(text, RULES, null).findings.find((f) => f.family === family && f.polarity === 'does');
  it.each([
    ['We may share your email address with our delivery partners.', 'sharing', undefined, 'may'],
    ['Advertisers on the app may collect your device identifiers and the pages you view.', 'log-collection', 'third-parties', 'may'],
    ['We are required to disclose records to police when a court orders it.', 'legal-disclosure', undefined, 'must'],
    ['We keep your search history for two years.', 'retention', undefined, undefined],
  ] as const)('%s', (text, family, actor, modality) => {
    const f = finding(text, family);
    expect(f, `a ${family} finding`).toBeDefined();
    expect(f!.actor).toBe(actor);
    expect(f!.modality).toBe(modality);
  });
});
