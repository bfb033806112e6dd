/** What the catalogue says about a practice: its family's name, its reasons in every language, and whether it protects you. */

/** The languages Fineprint speaks, as Chrome names its locales (one locales/<language>.yml each). */
export const LANGUAGES = ['en', 'zh_CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text in every language: a missing translation is a type error, not a silent English fallback. */
export type InEveryLanguage = Readonly<Record<Language, string>>;

/** A practice: what a policy may say it does with your data, as the reader is told it. Its id is the rule id
 *  of the English rule that finds it (a Chinese variant "x-zh" finds the same practice x). */
export interface Practice {
  /** Good for the user (opt-outs, rights, end-to-end encryption, limits on keeping data): a good sign, never a risk. */
  protective: boolean;
  /** Why it matters, when the policy says it does it. */
  does: InEveryLanguage;
  /** What a "we do not …" clause of this practice means; without it, the generic sentence (DOES_NOT_GENERIC). */
  doesNot?: InEveryLanguage;
}

/** A family of practices: one heading in the popup, one entry on the card, one checkbox in the settings. A family's
 *  file writes it `as const satisfies PracticeFamily`: ids stay literal types, and a plain object (no call) leaves
 *  the catalogue out of bundles that do not read it. */
export interface PracticeFamily {
  id: string;
  label: InEveryLanguage;
  practices: Readonly<Record<string, Practice>>;
}

/** A reason as it reads inside another sentence ("…does not do this: your data…"): its first letter lowered,
 *  unless it starts an abbreviation ("IP address", "SDKs"). */
export function midSentence(reason: string, language: string): string {
  const lowered = reason.charAt(0).toLocaleLowerCase(language);
  return reason.charAt(1) !== reason.charAt(1).toLocaleLowerCase(language) ? reason : lowered + reason.slice(1);
}
