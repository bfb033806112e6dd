/** The practice catalogue: every family of practices, registered once in the order a reader meets them.
 *  Add a family by adding a file beside this one and a line below; add a practice to its family's file. */
import { accessDeletion } from './access-deletion';
import { addressBook } from './address-book';
import { ads } from './ads';
import { contact } from './contact';
import { crossBorder } from './cross-border';
import { forcedConsent } from './forced-consent';
import { legalDisclosure } from './legal-disclosure';
import { location } from './location';
import { logCollection } from './log-collection';
import { policyChange } from './policy-change';
import { retention } from './retention';
import { sale } from './sale';
import { security } from './security';
import { sharing } from './sharing';
import { tracking } from './tracking';
import { userChoice } from './user-choice';
import type { InEveryLanguage, Practice } from './shape';

export const FAMILIES = [
  retention,
  legalDisclosure,
  logCollection,
  sharing,
  sale,
  ads,
  location,
  tracking,
  contact,
  addressBook,
  crossBorder,
  forcedConsent,
  policyChange,
  userChoice,
  accessDeletion,
  security,
] as const;

type Family = (typeof FAMILIES)[number];
export type FamilyId = Family['id'];
/** Every practice's id, from its family's file: a rule can only find a practice the catalogue names. */
export type PracticeId = Family extends infer F ? F extends { practices: infer P } ? keyof P & string : never : never;

/** What a "we do not …" clause means when its practice says nothing more specific; $1 is the practice's reason. */
export const DOES_NOT_GENERIC: InEveryLanguage = {
  en: 'The policy says it does not do this: $1',
  zh_CN: '政策称不会这样做：$1',
};

export interface CataloguedPractice extends Practice {
  id: PracticeId;
  family: FamilyId;
}

/** Every practice with its family, families in reading order. Computed values here are marked pure or built on first
 *  use, so that the content script, which reads none of them, carries none of the catalogue's text. */
export const PRACTICES: readonly CataloguedPractice[] = /* @__PURE__ */ FAMILIES.flatMap((family) =>
  Object.entries(family.practices).map(([id, practice]): CataloguedPractice => ({ ...practice, id: id as PracticeId, family: family.id })));

let byId: Map<string, CataloguedPractice> | undefined;

/** The practice a rule finds: its own id, or for a Chinese variant ("x-zh") the practice of x. */
export function practiceOfRule(ruleId: string): CataloguedPractice | undefined {
  byId ??= new Map(PRACTICES.map((p) => [p.id, p]));
  return byId.get(ruleId.replace(/-zh$/, ''));
}

/** Whether a rule's finding is a good sign when the policy says it does it. */
export function isProtective(ruleId: string): boolean {
  return practiceOfRule(ruleId)?.protective === true;
}
