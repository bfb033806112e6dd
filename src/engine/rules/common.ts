/** Patterns several families share: clauses that only tell you how to refuse, or describe the policy itself. */

/** Clauses that only explain how to refuse are user choice, not a practice. */
export const OPT_OUT_ONLY = /\b(?:opt(?:ing)?[- ]?out|unsubscrib|prefer not to receive|(?:do not|don't) (?:want|wish) to receive|manage your (?:\w+ )?preferences)/i;
