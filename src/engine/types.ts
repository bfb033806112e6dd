/** The engine's vocabulary: tags, findings and rules, defined once and imported everywhere. */
import type { FamilyId, PracticeId } from '../practices';

export const TAGS = [
  'retention', 'legal-disclosure', 'log-collection', 'sharing', 'data-sale', 'ads', 'location',
  'tracking', 'contact', 'address-book', 'cross-border', 'forced-consent', 'policy-change',
  'user-choice', 'access-deletion', 'security',
] as const;
export type Tag = (typeof TAGS)[number];

export type Severity = 'high' | 'medium' | 'low' | 'info';
export type Polarity = 'does' | 'does-not';

/** A span of the analysed text: [start, end) in UTF-16 code units. */
export interface Span { start: number; end: number }

export interface Clause extends Span { text: string }

export interface Finding extends Span {
  id: string;
  rule: string;
  family: string;
  tags: Tag[];
  severity: Severity;
  polarity: Polarity;
  /** The clause as it reads in the text. */
  text: string;
  explanation: string;
  details: Record<string, string>;
  /** The cues and words that decided it, strongest first. */
  because?: string[];
  /** Good for the user (opt-outs, deletion rights, end-to-end encryption, short retention). */
  positive?: boolean;
  /** Who does it, when not the service itself: you, third parties, or public authorities (English clauses). */
  actor?: 'you' | 'third-parties' | 'authorities';
  /** How firmly it is said, when not as plain fact: may, will, must (English clauses). */
  modality?: 'may' | 'will' | 'must';
}

/** A clause a rule must flag, and everything the rules alone say of it: the polarity (`does` when unsaid), the
 *  tags (the rule's own when unsaid), the details it extracts (none when unsaid), and every other rule the clause
 *  raises too (`also`), named so that an overlap (which the grade's questions and the card then see twice) is a
 *  decision, not an accident. A bare string expects all the defaults. */
export type FlagExample = string | { text: string; polarity?: Polarity; tags?: Tag[]; details?: Record<string, string>; also?: string[] };

/** A clause a rule must leave alone (no finding of it, not even a "does not"), and the other rules it raises. */
export type IgnoreExample = string | { text: string; also?: string[] };

/** A rule as its family's file writes it: what it finds, and examples that document and test it. What it means
 *  to the reader (its family, why it matters, whether it protects you) is its practice's, in src/practices. */
export interface RuleSpec {
  id: string;
  /** The language the rule reads; English when absent. */
  lang?: 'en' | 'zh';
  tags: Tag[];
  severity: Severity;
  /** The clause must match at least one of these. */
  match: RegExp[];
  /** ...and, if given, every one of these too. */
  also?: RegExp[];
  /** Tags after the first that the rule carries only when the clause also matches their pattern (a Chinese
   *  rule, read without the fitted layer, decides them itself: a location is a log only when it is collected). */
  tagsWhen?: Partial<Record<Tag, { test(head: string): boolean }>>;
  /** A clause matching any of these is not this practice. */
  unless?: RegExp[];
  /** Pulls out details such as the retention period. */
  details?: (clause: string) => Record<string, string>;
  /** Severity may depend on the details (e.g. "indefinitely" is worse than "30 days"). */
  severityFor?: (details: Record<string, string>) => Severity;
  /** The pattern itself contains the negation ("if you do not agree, you cannot use"): always "does". As a pattern,
   *  only the matches it finds are: "…unless you choose to add it" offers the choice whatever the clause denies. */
  negationIsThePractice?: boolean | RegExp;
  /** "We do not sell … except as described" is still a denial: an exception names when data moves, not a sale. */
  denialHolds?: boolean;
  /** "We do not share … unless the law requires it" denies this practice: the law as its only exception is a
   *  disclosure to authorities, which is a finding of its own. */
  lawAloneKeepsDenial?: boolean;
  /** A kind of data the service holds: "we never sell your email address" denies the sale (a finding of its own),
   *  not that the service has the address. */
  heldWhenHandingOnDenied?: boolean;
  /** The pattern is precise enough to stand without the fitted layer's weighing (a mission practice OPP-115 lacks). */
  alone?: boolean;
  /** "does-not" clauses are findings too (we do not sell) unless this is false. */
  reportNegated?: boolean;
  /** Clauses this rule must flag and clauses it must leave alone, each run through every rule (test/engine/rules.test.ts). */
  examples: { flag: FlagExample[]; ignore: IgnoreExample[] };
}

/** An English rule: its id is the practice it finds, so a rule without a practice in the catalogue does not compile. */
export type EnglishRule = RuleSpec & { id: PracticeId };

/** A registered rule: its spec with its practice's meaning, in English (the reader's language comes from the locale files). */
export interface Rule extends RuleSpec {
  family: FamilyId;
  /** Why it matters, when the policy says it does it. */
  why: string;
  /** What a "does-not" finding means. */
  whyNot: string;
  /** Good for the user: a good sign rather than a risk when the policy says it does it. */
  positive: boolean;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
