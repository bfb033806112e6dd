/** Runs every rule over the clauses of a policy and returns findings with offsets into the text. */
import { describesThePolicy, findClauses, isDefinition, isHeading } from './clauses';
import { detectLanguage } from './language';
import { polarityAt, polarityAtZh } from './polarity';
import { RULES } from './rules';
import type { Clause, Finding, Rule } from './types';

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
  // A Han character counts as a word, as in countWords.
  const re = /\p{Script=Han}|[^\s\p{Script=Han}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++words > MAX_WORDS) {
      let total = words;
      while (re.exec(text)) total++;
      return { text: text.slice(0, m.index), total };
    }
  }
  return { text, total: words };
}

/** Findings of one clause; exported for rule examples and evaluation. */
export function findingsOfClause(clause: Clause, rules: readonly Rule[] = RULES): Finding[] {
  const text = clause.text.length > MAX_CLAUSE_CHARS ? clause.text.slice(0, MAX_CLAUSE_CHARS) : clause.text;
  if (isHeading(text) || isDefinition(text)) return [];
  const meta = describesThePolicy(text);
  const lang = detectLanguage(text);
  const polarityOf = lang === 'zh' ? polarityAtZh : polarityAt;
  const out: Finding[] = [];
  for (const rule of rules) {
    if ((rule.lang ?? 'en') !== lang || (meta && rule.family !== 'policy-change')) continue;
    const m = ruleMatch(rule, text);
    if (!m) continue;
    const polarity = rule.negationIsThePractice ? 'does' : polarityOf(text, m.index);
    if (polarity === 'does-not' && rule.reportNegated === false) continue;
    const details = rule.details ? rule.details(text) : {};
    const severity = polarity === 'does-not' ? 'info' : (rule.severityFor?.(details) ?? rule.severity);
    out.push({
      id: `${rule.id}@${clause.start}`,
      rule: rule.id,
      family: rule.family,
      tags: rule.tags,
      severity,
      polarity,
      start: clause.start,
      end: clause.end,
      text: clause.text,
      explanation: polarity === 'does' ? rule.why : (rule.whyNot ?? `The policy says it does not do this: ${rule.why.charAt(0).toLowerCase()}${rule.why.slice(1)}`),
      details,
      ...(rule.positive && polarity === 'does' ? { positive: true } : {}),
    });
  }
  return out;
}

/** All findings in a policy's text, in reading order. */
export function analyzeText(input: string, rules: readonly Rule[] = RULES): Analysis {
  const { text, total } = capText(typeof input === 'string' ? input : '');
  const clauses = findClauses(text);
  const findings = clauses.flatMap((c) => findingsOfClause(c, rules));
  return { findings, clauses: clauses.length, words: { analysed: Math.min(total, MAX_WORDS), total } };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same analysis in slices of about SLICE_MS, yielding in between: the background worker analyses a huge
 *  page for one tab and still answers every other tab's messages meanwhile. */
export async function analyzeTextInSlices(input: string, rules: readonly Rule[] = RULES): Promise<Analysis> {
  const { text, total } = capText(typeof input === 'string' ? input : '');
  const clauses = findClauses(text);
  const findings: Finding[] = [];
  let sliceStart = Date.now();
  for (const [i, c] of clauses.entries()) {
    // Checking the clock every 32 clauses keeps its cost out of the loop.
    if (i % 32 === 31 && Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
    for (const f of findingsOfClause(c, rules)) findings.push(f);
  }
  return { findings, clauses: clauses.length, words: { analysed: Math.min(total, MAX_WORDS), total } };
}

