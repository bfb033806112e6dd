/** Every rule family, registered once: add a family by adding a file and a line here. */
import type { Rule } from '../types';
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

export const RULES: readonly Rule[] = [
  ...retentionRules,
  ...legalDisclosureRules,
  ...logCollectionRules,
  ...sharingRules,
  ...saleRules,
  ...adsRules,
  ...locationRules,
  ...trackingRules,
  ...contactRules,
  ...addressBookRules,
  ...crossBorderRules,
  ...forcedConsentRules,
  ...policyChangeRules,
  ...userChoiceRules,
  ...accessDeletionRules,
  ...securityRules,
];
