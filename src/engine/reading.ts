/** Who does a practice and how firmly it is said: the clause understanding every rule shares (no NLP, a few
 *  bounded patterns read just before the practice's words). */

/** Who acts: the service that wrote the policy, you, third parties, or public authorities. */
export type Actor = 'service' | 'you' | 'third-parties' | 'authorities';
/** How firmly: "may" (can, might, could), "will" (shall, would), "must" (required to, have to), or plain fact. */
export type Modality = 'may' | 'will' | 'must' | 'does';

// Subjects in the order they are tried at each position; each is a noun phrase that can do something to data.
const SUBJECTS: [Actor, RegExp][] = [
  ['authorities', /\b(?:(?:the )?police|law enforcement(?: agencies| officials)?|(?:government|public|state|regulatory|tax|judicial|competent) (?:agencies|authorities|bodies|officials)|governments?|authorities|regulators?|courts?)$/i],
  ['third-parties', /\b(?:third[- ]part(?:y|ies)(?: \w+)?|advertis(?:ers|ing (?:partners|networks|companies))|ad (?:networks|partners)|(?:our |these |such )?(?:partners|affiliates|vendors|(?:service|analytics|payment) providers|providers)|social (?:media |networking )?(?:sites|services|networks|platforms)|(?:other )?(?:companies|businesses|websites|sites|apps|services) (?:you|that)\b[^,.;]{0,30}|google|facebook|meta|apple|microsoft)$/i],
  ['you', /\b(?:you|users?|members?|visitors?|customers?|account holders?|parents?)$/i],
  ['service', /\b(?:we|us|the company|the service|our (?:company|app|apps|service|services|site|sites|website|websites|platform|team|staff|employees|servers|systems))$/i],
];
// Words that make the noun phrase before them an object or a place, not the subject ("share with partners").
const OBJECT_OF = /\b(?:with|to|from|about|for|of|on|in|at|through|via|than|like|among|between|and other|or other)\s+(?:the |our |your |their |its |certain |some |other |such |these |those )?$/i;
// "Some of our partners": a quantity of a subject is still the subject.
const QUANTIFIED = /\b(?:some|many|most|all|any|one|each|none|several|certain|two|three|both)\s+of\s+(?:the |our |these |those |such )?$/i;
// A clause boundary: a subject before it belongs to another clause ("If you sign up, we may...").
const BOUNDARY = /[,;:]\s*$|\b(?:if|when|where|unless|because|whether|after|before|once|while|so that|which|who|that)\s+$/i;
// The subject is looked for this far back: a subject, its modal and a few adverbs.
const LOOKBACK = 120;

/** Who does the practice whose words start at `at`: the nearest subject before it in the same clause, skipping
 *  objects ("with partners") and subordinate clauses ("if you ask, we ..."). Passive voice, or no subject at all,
 *  reads as the service: the policy describes what its author does. */
export function whoActs(clause: string, at: number): Actor {
  const from = Math.max(0, at - LOOKBACK);
  const before = clause.slice(from, at);
  // Walk back word by word; the first noun phrase that is a subject (not an object) decides.
  const ends = [...before.matchAll(/[\p{L}\p{N})]\b/gu)].map((m) => m.index! + 1).reverse();
  for (const end of ends) {
    const head = before.slice(0, end);
    const rest = before.slice(end);
    // A subordinate clause or a list between the subject and the practice: the subject there is not this one.
    if (/[;:]/.test(rest)) break;
    for (const [actor, pattern] of SUBJECTS) {
      const m = pattern.exec(head);
      if (!m) continue;
      const lead = head.slice(0, m.index);
      if (OBJECT_OF.test(lead) && !QUANTIFIED.test(lead)) continue;
      // "If you sign up, we share": a subject followed by its own verb and a comma is another clause's.
      if (/,/.test(rest) && BOUNDARY.test(lead.slice(-12) + ' ')) continue;
      return actor;
    }
  }
  return 'service';
}

// The modal that governs the practice's verb, nearest first; a few words may stand between ("may also share").
const MODALS: [Modality, RegExp][] = [
  ['must', /\b(?:must|(?:is|are|am|be|been|being) (?:legally )?(?:required|obliged|obligated|compelled) to|(?:has|have|had) to|need to|needs to|shall be required to)\s+(?:\w+\s+){0,2}$/i],
  ['may', /\b(?:may|might|could|can|cannot|can't|is able to|are able to|reserve[sd]? the right to)\s+(?:\w+\s+){0,2}$/i],
  ['will', /\b(?:will|shall|would|won't|wont|is going to|are going to)\s+(?:\w+\s+){0,2}$/i],
];

// Verbs that do something with data; the one governing a rule's match is where its subject and modal are read.
const PRACTICE_VERB = /\b(?:(?:shar|disclos|collect|gather|obtain|receiv|record|log|track|monitor|keep|retain|stor|sav|hold|preserv|sell|rent|trad|transfer|send|transmit|provid|giv|pass|hand|releas|access|process|analy[sz]|combin|link|match|delet|eras|remov|upload|sync|scan|infer|display|target|plac|allow|permit|opt|choos|request|demand|order|compel|notif|chang|updat|modif|amend|revis|protect|secur|encrypt)(?:e|es|ed|ing|s|d|y|ies|ied)?|us(?:e|es|ed|ing)|sold|sent|gave|kept|held|chose)\b/gi;

/** Where a practice's subject and modal are read: at the data verb that governs the rule's match (the last one
 *  before it, or the first inside or after it), else at the match itself. Rules often match a noun ("partners", "police"). */
export function readPoint(clause: string, at: number): number {
  let point = -1;
  PRACTICE_VERB.lastIndex = 0;
  for (let m = PRACTICE_VERB.exec(clause); m; m = PRACTICE_VERB.exec(clause)) {
    // The last verb before the match governs it; failing that, the first inside or after it.
    if (m.index < at || point < 0) point = m.index;
    if (m.index >= at) break;
  }
  return point >= 0 ? point : at;
}

/** How firmly the practice whose words start at `at` is stated. */
export function modalityOf(clause: string, at: number): Modality {
  const before = clause.slice(Math.max(0, at - 60), at);
  let best: { modality: Modality; at: number } | null = null;
  for (const [modality, pattern] of MODALS) {
    const m = pattern.exec(before);
    if (m && (!best || m.index > best.at)) best = { modality, at: m.index };
  }
  return best?.modality ?? 'does';
}
