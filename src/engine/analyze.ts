/** Runs every rule over the clauses of a policy and returns findings with offsets into the text. */
import { describesThePolicy, findBlocks, isDefinition, isHeading, isLabel, isTableOfContents } from './clauses';
import { detectLanguage, wordMatcher } from './language';
import { clausePolarity, polarityAt, polarityAtZh } from './polarity';
import { RULES } from './rules';
import { SOMEONE_ELSE } from './rules/sharing';
import { wordFeatures, type Features } from './features';
import { scoreClause, standsLikeASentence, wordsLetStand, type FittedModel, type TagDecision } from './fitted';
import { withLeadIns, type ListClause } from './lists';
import { MODEL } from './model';
import { modalityOf, readPoint, whoActs } from './reading';
import type { Clause, Finding, Polarity, Rule, Tag } from './types';

/** Longer policies are analysed up to this many words, and the report says so. */
export const MAX_WORDS = 150_000;
/** Rules read at most this much of a clause: a clause is a sentence or a part of one, and hostile text
 *  (a megabyte without a full stop) must not make every pattern scan a megabyte. */
export const MAX_CLAUSE_CHARS = 2_000;
/** The sliced analysis gives the event loop back after this long, so the worker answers other tabs. */
const SLICE_MS = 12;

export interface Analysis {
  findings: Finding[];
  clauses: number;
  words: { analysed: number; total: number };
}

/** What a sentence must name for the fitted layer to flag a tag on it without a rule: sharing is with someone. */
const NEEDS: Partial<Record<Tag, RegExp>> = { sharing: SOMEONE_ELSE };
/** Words without which a clause states no data practice (the fitted layer never flags a clause without one). */
const ABOUT_DATA = /\b(?:information|data|details|personal|cookies?|beacons?|pixels?|tracking|email|e-mail|address(?:es)?|phone|numbers?|account|profiles?|privacy|polic(?:y|ies)|location|devices?|browsers?|ip|logs?|records?|content|messages?|history|identif\w*|advertis\w*|ads|marketing|opt(?:-| )?(?:out|in)|unsubscribe|consent|preferences|settings|secur\w*|encrypt\w*|protect\w*|access|delete|deletion|correct|retain\w*|stor(?:e|ed|age)|share[sd]?|sharing|disclos\w*|third[- ]part(?:y|ies)|partners?|affiliates?|vendors?|providers?|law|legal|court|police|government|authorities|subpoena\w*|notify|notice|changes?|updates?|collect\w*|use[sd]?|using|process\w*|children)\b/i;

/** The practice a fitted tag stands for when no rule finding carries it (its reasons, severity and details). */
const PRACTICE_OF_TAG: Partial<Record<Tag, string>> = {
  retention: 'retention-period', 'legal-disclosure': 'legal-disclosure', 'log-collection': 'activity-logs',
  sharing: 'third-party-sharing', ads: 'targeted-ads', location: 'location', tracking: 'tracking-technologies',
  contact: 'contact-details', 'policy-change': 'policy-change-notice', 'user-choice': 'opt-out',
  'access-deletion': 'access-deletion', security: 'weak-security-claim',
};

function firstMatch(patterns: RegExp[], text: string): RegExpExecArray | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m;
  }
  return null;
}

function ruleMatch(rule: Rule, clause: string): RegExpExecArray | null {
  const m = firstMatch(rule.match, clause);
  if (!m) return null;
  if (rule.also && !rule.also.every((p) => p.test(clause))) return null;
  if (rule.unless && firstMatch(rule.unless, clause)) return null;
  return m;
}

/** Cuts the text at MAX_WORDS words, on a word boundary. */
function capText(text: string): { text: string; total: number } {
  let words = 0;
  const re = wordMatcher();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++words > MAX_WORDS) {
      let total = words;
      while (re.exec(text)) total++;
      return { text: text.slice(0, m.index), total };
    }
  }
  return { text, total: words };
}

function findingOf(rule: Rule, clause: Clause, polarity: Polarity, details: Record<string, string>, because: string[]): Finding {
  const severity = polarity === 'does-not' ? 'info' : (rule.severityFor?.(details) ?? rule.severity);
  return {
    id: `${rule.id}@${clause.start}`,
    rule: rule.id,
    family: rule.family,
    tags: rule.tags,
    severity,
    polarity,
    start: clause.start,
    end: clause.end,
    text: clause.text,
    explanation: polarity === 'does' ? rule.why : rule.whyNot,
    details,
    because,
    ...(rule.positive && polarity === 'does' ? { positive: true } : {}),
  };
}

/** A cue as a person reads it: the words the rule matched, shortened. */
const cueText = (m: RegExpExecArray) => m[0].trim().replace(/\s+/g, ' ').slice(0, 48);

// A negation inside the words a rule matched, before their last verb: "your data will never be sold by us".
// "do not" counts as the service's own ("data that we do not share"), not the reader's wish ("if you do not want…",
// "you don't have to accept…"), which is the choice itself.
const NEGATED_INSIDE = /\b(?:will|would|shall|can|could|may|must|is|are|was|were|has|have)\s+(?:not|never)\b|\b(?:cannot|can['’]t|won['’]t|wouldn['’]t|shouldn['’]t|isn['’]t|aren['’]t)\b|(?<!\b(?:you|users?|who|customers?|members?)\s+)\b(?:do\s+not|does\s+not|did\s+not|don['’]?t|doesn['’]?t|didn['’]?t)\b(?!\s+(?:have|need) to)|\bnever\s+(?:be|been|get|gets)\b|n't\s+(?:be|been)\b|(?<=\b(?:shows?|serves?|displays?|runs?)\s+)no\b/i;

/** An English finding's polarity: read before the words matched, and, when the data comes first and the
 *  verb last, at their end. */
function englishPolarity(rule: Rule, head: string, m: RegExpExecArray): Polarity {
  const before = polarityAt(head, m.index, rule.denialHolds, rule.lawAloneKeepsDenial);
  // Only after words of their own: "will never alter this notice without telling you" starts with its verb.
  if (before === 'does-not' || !(NEGATED_INSIDE.exec(m[0])?.index ?? 0)) return before;
  return polarityAt(head, m.index + m[0].length - 1, rule.denialHolds, rule.lawAloneKeepsDenial);
}

// A denial of handing data on ("we will never share or sell your email address"), and one of having it at all.
const HANDING_ON_DENIED = /\b(?:not|never|nor|n't)\s+(?:\w+\s+){0,3}?(?:shar(?:e|ed)|sell|sold|rent(?:ed)?|swap(?:ped)?|trad(?:e|ed)|leas(?:e|ed)|disclos(?:e|ed)|distribut(?:e|ed)|releas(?:e|ed)|transfer(?:red)?|pass(?:ed)?|giv(?:e|en)|provid(?:e|ed)|authori[sz]e)\b/i;
const HOLDING_DENIED = /\b(?:not|never|nor|n't|no)\s+(?:\w+\s+){0,3}?(?:collect|gather|ask|request|require|obtain|receive|record|store|keep|retain|have|hold|use|access)\w*\b/i;

/** What the rules say about a clause (head: its first MAX_CLAUSE_CHARS), before any weighing. */
function ruleFindings(clause: Clause, head: string, rules: readonly Rule[]): Finding[] {
  // A sentence about the policy itself may still say how it changes; a table of contents says nothing.
  const meta = describesThePolicy(head), contents = meta && isTableOfContents(head);
  const lang = detectLanguage(head);
  const out: Finding[] = [];
  for (const rule of rules) {
    if ((rule.lang ?? 'en') !== lang || (meta && (contents || rule.family !== 'policy-change'))) continue;
    const m = ruleMatch(rule, head);
    if (!m) continue;
    const negationIsThePractice = rule.negationIsThePractice instanceof RegExp ? rule.negationIsThePractice.test(m[0]) : !!rule.negationIsThePractice;
    let polarity: Polarity = negationIsThePractice ? 'does' : lang === 'zh' ? polarityAtZh(head, m.index, m.index + m[0].length, rule.denialHolds, rule.lawAloneKeepsDenial) : englishPolarity(rule, head, m);
    if (polarity === 'does-not' && rule.heldWhenHandingOnDenied && HANDING_ON_DENIED.test(head) && !HOLDING_DENIED.test(head)) polarity = 'does';
    if (polarity === 'does-not' && rule.reportNegated === false) continue;
    const finding = findingOf(rule, clause, polarity, rule.details ? rule.details(head) : {}, [cueText(m)]);
    if (lang === 'en') {
      const at = readPoint(head, m.index);
      const actor = whoActs(head, at), modality = modalityOf(head, at);
      if (actor !== 'service') finding.actor = actor;
      if (modality !== 'does') finding.modality = modality;
    }
    if (rule.tagsWhen) finding.tags = rule.tags.filter((t) => !rule.tagsWhen![t] || rule.tagsWhen![t]!.test(head));
    out.push(finding);
  }
  return out;
}

/** The evidence the fitted layer weighs: which rules fired, with which polarity, and the clause's words. */
export function clauseFeatures(head: string, hits: readonly Finding[]): Features {
  const features: Features = new Map();
  for (const h of hits) features.set(`r:${h.rule}${h.polarity === 'does-not' ? ':not' : ''}`, h.because?.[0] ?? h.rule);
  return wordFeatures(head, features);
}

/** The clause's words a clause-understanding check reads: at most MAX_CLAUSE_CHARS. */
const headOf = (clause: Clause) => (clause.text.length > MAX_CLAUSE_CHARS ? clause.text.slice(0, MAX_CLAUSE_CHARS) : clause.text);

/** Rule findings and features of a clause, or null for a non-clause (heading, definition); for fitting. */
export function clauseEvidence(clause: ListClause, rules: readonly Rule[] = RULES): { hits: Finding[]; features: Features } | null {
  const head = headOf(clause);
  // A question ("What about cookies?", "Do we sell your data? No.") asks; the answer, if any, is the next clause.
  // A short label under a lead-in ("IP address") is a list item, not a heading.
  if ((!clause.lead && (isHeading(head) || (clause.alone && isLabel(head)))) || isDefinition(head) || /\?["'”’)]*$/.test(head.trim())) return null;
  const hits = clause.lead ? itemFindings(clause, head, clause.lead, rules) : ruleFindings(clause, head, rules);
  return { hits, features: clauseFeatures(head, hits) };
}

const leadRead: { lead: string; rules: readonly Rule[]; tags: Set<Tag> } = { lead: '', rules: [], tags: new Set() };

/** A list item: what it says itself, and what it says read under its lead-in that neither says alone
 *  (the lead-in's own findings are on the lead-in, not repeated on every item). */
function itemFindings(clause: Clause, head: string, lead: string, rules: readonly Rule[]): Finding[] {
  const own = ruleFindings(clause, head, rules);
  // Items come in runs under one lead-in: its tags are read once per run.
  if (leadRead.lead !== lead || leadRead.rules !== rules) Object.assign(leadRead, { lead, rules, tags: new Set(ruleFindings(clause, lead, rules).flatMap((f) => f.tags)) });
  const said = new Set([...own.flatMap((f) => f.tags), ...leadRead.tags]);
  const together = ruleFindings(clause, `${lead} ${head}`, rules);
  // An item's own finding takes its polarity from the whole ("we will never share:" + "your contacts").
  const read = own.map((o) => together.find((f) => f.rule === o.rule) ?? o);
  return [...read, ...together.filter((f) => !own.some((o) => o.rule === f.rule) && f.tags.some((t) => !said.has(t)))];
}

/** The fitted layer reads a paragraph at a time (as OPP-115 labels them), at most this many clauses. */
export const UNIT_CLAUSES = 4;

/** Clauses the fitted layer reads together: a block (paragraph, list item), at most UNIT_CLAUSES clauses.
 *  Blocks are not joined, so a policy's paragraphs in another order read the same. */
export function readingUnits(blocks: Clause[][]): Clause[][] {
  const units: Clause[][] = [];
  for (const block of blocks) for (let i = 0; i < block.length; i += UNIT_CLAUSES) units.push(block.slice(i, i + UNIT_CLAUSES));
  return units;
}

/** The reading units of a text: its blocks, list items read with their lead-ins, cut into units. */
export const unitsOf = (text: string): Clause[][] => readingUnits(withLeadIns(findBlocks(text)));


/** Whether a cue (words as written) is in a clause's text. */
const inClause = (text: string, cue: string) => text.toLowerCase().includes(cue.toLowerCase());

/** Findings of a unit of clauses: the rules' findings, weighed by the fitted model for the tags it decides
 *  (model null: the rules alone, as the rule examples test them). The unit decides whether it states a practice;
 *  the clause that carries the most evidence for it is the one flagged. */
export function findingsOfUnit(unit: Clause[], rules: readonly Rule[] = RULES, model: FittedModel | null = MODEL): Finding[] {
  const read = unit.flatMap((clause) => {
    const e = clauseEvidence(clause, rules);
    return e ? [{ clause, ...e, en: detectLanguage(headOf(clause)) === 'en' }] : [];
  });
  if (!model) return read.flatMap((r) => r.hits);
  const english = read.filter((r) => r.en);
  const all: Features = new Map();
  for (const r of english) for (const [k, v] of r.features) if (!all.has(k)) all.set(k, v);
  const scores = new Map(english.length ? scoreClause(model, all).map((d) => [d.tag, d]) : []);
  const decided = new Map([...scores].filter(([t, d]) => d.score >= (model.threshold[t] ?? 0)));
  // A rule's finding needs less evidence to stand than the fitted layer needs to flag a tag by itself.
  const standsInUnit = (t: Tag) => (scores.get(t)?.score ?? -Infinity) >= (model.veto?.[t] ?? model.threshold[t] ?? 0);
  const weighed = (t: Tag) => model.tags.includes(t);
  // A sentence's own scores, read once: for a rule's finding in a long paragraph, and for the clause a tag is flagged on.
  const ownScores = new Map<(typeof read)[number], TagDecision[]>();
  const ownOf = (r: (typeof read)[number]) => ownScores.get(r) ?? ownScores.set(r, scoreClause(model, r.features)).get(r)!;
  const out: Finding[] = [];
  // A one-sentence unit, or a short pair, whose rule findings stand unless their words weigh against them.
  const sentenceLike = standsLikeASentence(read.length, read.reduce((n, x) => n + x.clause.text.length, 0));
  for (const r of read) {
    const own = english.length > 1 && r.en && r.hits.length ? new Map(ownOf(r).map((d) => [d.tag, d.score])) : null;
    for (const h of r.hits) {
      const primary = h.tags[0]!;
      const alone = !r.en || h.polarity === 'does-not' || !!rules.find((x) => x.id === h.rule)?.alone || !!model.trusted?.includes(h.rule)
        || (sentenceLike && !!model.singlesStand?.includes(primary) && wordsLetStand(r.features.keys(), (f) => model.weights[primary]?.[f]));
      // A "does not" finding, a rule that stands alone, and a tag the model does not decide keep the rules' word.
      // In a long paragraph, its own sentence can speak for a rule's finding: read alone, the fitted layer would flag it.
      const stands = (t: Tag) => standsInUnit(t) || (own?.get(t) ?? -Infinity) >= (model.veto?.[t] ?? model.threshold[t] ?? 0);
      if (alone || !weighed(primary)) out.push({ ...h, tags: h.tags.filter((t) => t === primary || alone || !weighed(t) || stands(t)) });
      // The paragraph's cues that are words of this clause: the hover card quotes the clause it is on.
      else if (stands(primary)) out.push({ ...h, tags: h.tags.filter((t) => !weighed(t) || stands(t)), because: [...new Set([...(h.because ?? []), ...(scores.get(primary)?.because ?? []).filter((c) => inClause(r.clause.text, c))])].slice(0, 4) });
    }
  }
  // A tag the unit states with no rule finding to carry it: its clause with the most evidence, as the tag's practice.
  for (const [tag, d] of decided) {
    if (out.some((f) => f.polarity === 'does' && f.tags.includes(tag) && english.some((r) => r.clause.start === f.start))) continue;
    const rule = rules.find((x) => x.id === PRACTICE_OF_TAG[tag]);
    if (!rule || !english.length) continue;
    // A clause a rule reads as denying the practice ("we will never sell your data") is not where it is stated.
    const candidates = english.filter((r) => !r.hits.some((h) => h.polarity === 'does-not' && h.tags.includes(tag)));
    if (!candidates.length) continue;
    let best = candidates[0]!, bestScore = -Infinity, because = d.because;
    for (const r of candidates) {
      const own = ownOf(r).find((x) => x.tag === tag)!;
      if (own.score > bestScore) { best = r; bestScore = own.score; because = own.because.length ? own.because : d.because; }
    }
    // The sentence highlighted must carry the evidence itself (at least what a rule's finding needs to stand): a
    // paragraph's words add up over sentences that each say little, and a reader sees only the one marked.
    if (bestScore < (model.veto?.[tag] ?? model.threshold[tag] ?? 0)) continue;
    const head = headOf(best.clause);
    // A practice is about someone's data: a sentence about seed swaps is not one, whatever its words weigh.
    if (!ABOUT_DATA.test(head) || !(NEEDS[tag]?.test(head) ?? true)) continue;
    out.push(findingOf(rule, best.clause, clausePolarity(head), rule.details ? rule.details(head) : {}, because));
  }
  // Reading order, and one finding per rule and clause.
  const seen = new Set<string>();
  return out.sort((a, b) => a.start - b.start).filter((f) => !seen.has(f.id) && !!seen.add(f.id));
}

/** Findings of one clause read on its own. */
export function findingsOfClause(clause: Clause, rules: readonly Rule[] = RULES, model: FittedModel | null = MODEL): Finding[] {
  return findingsOfUnit([clause], rules, model);
}

/** All findings in a policy's text, in reading order. */
export function analyzeText(input: string, rules: readonly Rule[] = RULES, model: FittedModel | null = MODEL): Analysis {
  const { text, total } = capText(typeof input === 'string' ? input : '');
  const units = unitsOf(text);
  const findings = units.flatMap((u) => findingsOfUnit(u, rules, model));
  return { findings, clauses: units.reduce((n, u) => n + u.length, 0), words: { analysed: Math.min(total, MAX_WORDS), total } };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same analysis in slices of about SLICE_MS, yielding in between: the background worker analyses a huge
 *  page for one tab and still answers every other tab's messages meanwhile. */
export async function analyzeTextInSlices(input: string, rules: readonly Rule[] = RULES, model: FittedModel | null = MODEL): Promise<Analysis> {
  const { text, total } = capText(typeof input === 'string' ? input : '');
  const units = unitsOf(text);
  const findings: Finding[] = [];
  let sliceStart = Date.now();
  for (const [i, u] of units.entries()) {
    // Checking the clock every 16 units keeps its cost out of the loop.
    if (i % 16 === 15 && Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
    for (const f of findingsOfUnit(u, rules, model)) findings.push(f);
  }
  return { findings, clauses: units.reduce((n, u) => n + u.length, 0), words: { analysed: Math.min(total, MAX_WORDS), total } };
}

