/** Every rule family, registered once: add a family by adding a file and a line here (and its practices' words in src/practices). */
import { DOES_NOT_GENERIC, FAMILIES, practiceOfRule, type FamilyId } from '../../practices';
import { midSentence } from '../../practices/shape';
import type { Rule, RuleSpec } from '../types';
import { accessDeletionRules } from './access-deletion';
import { addressBookRules } from './address-book';
import { adsRules } from './ads';
import { contactRules } from './contact';
import { crossBorderRules } from './cross-border';
import { forcedConsentRules } from './forced-consent';
import { legalDisclosureRules } from './legal-disclosure';
import { locationRules } from './location';
import { logCollectionRules } from './log-collection';
import { policyChangeRules } from './policy-change';
import { retentionRules } from './retention';
import { saleRules } from './sale';
import { securityRules } from './security';
import { sharingRules } from './sharing';
import { trackingRules } from './tracking';
import { userChoiceRules } from './user-choice';

/** Each family's rules; a family of the catalogue without its line here does not compile. */
const RULES_OF: Record<FamilyId, RuleSpec[]> = {
  'retention': retentionRules,
  'legal-disclosure': legalDisclosureRules,
  'log-collection': logCollectionRules,
  'sharing': sharingRules,
  'sale': saleRules,
  'ads': adsRules,
  'location': locationRules,
  'tracking': trackingRules,
  'contact': contactRules,
  'address-book': addressBookRules,
  'cross-border': crossBorderRules,
  'forced-consent': forcedConsentRules,
  'policy-change': policyChangeRules,
  'user-choice': userChoiceRules,
  'access-deletion': accessDeletionRules,
  'security': securityRules,
};

/** A rule with its practice's meaning: family, reasons (English) and whether it protects you. */
function withPractice(rule: RuleSpec, family: FamilyId): Rule {
  const practice = practiceOfRule(rule.id);
  if (practice?.family !== family) throw new Error(`rule ${rule.id} finds no practice of the ${family} family in src/practices`);
  const why = practice.does.en;
  const whyNot = practice.doesNot?.en ?? DOES_NOT_GENERIC.en.replace('$1', midSentence(why, 'en'));
  return { ...rule, family, why, whyNot, positive: practice.protective };
}

/** Every rule, families in reading order. */
export const RULES: readonly Rule[] = FAMILIES.flatMap(({ id }) => RULES_OF[id].map((rule) => withPractice(rule, id)));
