/** Splits policy text into clauses cheaply (no NLP): blocks, sentences, then long sentences at semicolons. */
import { isActorlessLabel } from '../labels';
import { detectLanguage } from './language';
import type { Clause } from './types';

// Abbreviations whose period does not end a sentence.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|inc|ltd|co|corp|llc|mr|mrs|ms|dr|no|st|jr|sr|approx|incl|cf|al|fig|sec|art|para|u\.s|u\.k|e\.u)|\b[A-Z])\.$/i;
// A sentence end: terminal punctuation, optional closing quotes/brackets, then space.
const SENTENCE_END = /[.!?。！？]+["'”’)\]]*(?=\s+|$)/g;
// A list marker at the start of a line: bullets, "1.", "(a)", "a)", "iv.".
const LIST_MARKER = /^\s*(?:[•·▪◦‣*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+/i;
// A part of a long sentence worth reading on its own.
const MIN_PART_WORDS = 6;
const LONG_SENTENCE_CHARS = 240;

function trimSpan(text: string, start: number, end: number): Clause | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Sentences of one block; a block is a paragraph, list item, heading or table cell. */
function sentencesOf(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  const block = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
    const stop = m.index + m[0].length;
    const before = block.slice(Math.max(0, m.index - 8), m.index + 1);
    const next = block.slice(stop).trimStart();
    // Not an end when an abbreviation or a number ("1.5") precedes, or a lower-case word follows.
    if (ABBREVIATION.test(before) && !/[。！？]/.test(m[0])) continue;
    if (next && /^[a-z]/.test(next) && !/[。！？]/.test(m[0])) continue;
    const c = trimSpan(text, start + from, start + stop);
    if (c) out.push(c);
    from = stop;
  }
  const rest = trimSpan(text, start + from, end);
  if (rest) out.push(rest);
  return out;
}

/** Long sentences that enumerate practices ("...; ...; and ...") are split where each part stands alone. */
function partsOf(text: string, c: Clause): Clause[] {
  if (c.text.length < LONG_SENTENCE_CHARS) return [c];
  const parts: Clause[] = [];
  let from = c.start;
  const re = /;\s+|:\s+(?=\(?[a-z0-9]\)|[•·-])/g;
  for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
    const cut = c.start + m.index + 1;
    const part = trimSpan(text, from, cut);
    if (part && wordCount(part.text) >= MIN_PART_WORDS) {
      parts.push(part);
      from = c.start + m.index + m[0].length;
    }
  }
  const rest = trimSpan(text, from, c.end);
  if (rest) {
    if (parts.length && wordCount(rest.text) < MIN_PART_WORDS) {
      const last = parts.pop()!;
      parts.push({ start: last.start, end: rest.end, text: text.slice(last.start, rest.end) });
    } else parts.push(rest);
  }
  return parts;
}

// Chinese sentences: the built-in segmenter (Chromium, Firefox and Node all have it), then parts at '；'.
const zhSentences = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'sentence' }) : null;
const ZH_PART_END = /[；;]/g;
const ZH_MIN_PART_CHARS = 8;

function chineseClausesOf(text: string, start: number, end: number): Clause[] {
  const block = text.slice(start, end);
  const out: Clause[] = [];
  const sentences = zhSentences ? [...zhSentences.segment(block)].map((s) => [s.index, s.index + s.segment.length] as const) : [[0, block.length] as const];
  for (const [from, to] of sentences) {
    let partStart = from;
    const sentence = block.slice(from, to);
    ZH_PART_END.lastIndex = 0;
    for (let m = ZH_PART_END.exec(sentence); m; m = ZH_PART_END.exec(sentence)) {
      const cut = from + m.index + 1;
      if (cut - partStart >= ZH_MIN_PART_CHARS && to - cut >= ZH_MIN_PART_CHARS) {
        const c = trimSpan(text, start + partStart, start + cut);
        if (c) out.push(c);
        partStart = cut;
      }
    }
    const c = trimSpan(text, start + partStart, start + to);
    if (c) out.push(c);
  }
  return out;
}

/** Every clause of the text, in order, with offsets into the text. */
export function findClauses(text: string): Clause[] {
  return findBlocks(text).flat();
}

/** The clauses of each block (paragraph, list item, heading, cell), in order; empty blocks are left out. */
export function findBlocks(text: string): Clause[][] {
  const out: Clause[][] = [];
  const lineBreak = /\n+|\r+|\u2028|\u2029/g;
  let from = 0;
  const blocks: [number, number][] = [];
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    blocks.push([from, m.index]);
    from = m.index + m[0].length;
  }
  blocks.push([from, text.length]);
  for (const [s, e] of blocks) {
    let start = s;
    const marker = LIST_MARKER.exec(text.slice(s, Math.min(e, s + 12)));
    if (marker) start = s + marker[0].length;
    const clauses = detectLanguage(text.slice(start, e)) === 'zh' ? chineseClausesOf(text, start, e) : sentencesOf(text, start, e).flatMap((sentence) => partsOf(text, sentence));
    if (clauses.length) out.push(clauses);
  }
  return out;
}

/** The auxiliary verbs (and "never") that make a line a sentence: a heading, a list fragment or an inventory line has none. */
export const AUXILIARIES = 'may|might|will|would|can|could|shall|should|must|do|does|did|is|are|was|were|has|have|never';
const AUXILIARY = new RegExp(String.raw`\b(?:${AUXILIARIES})\b|n't\b`, 'i');

/** A heading or label: short, no closing punctuation, no auxiliary verb. Headings raise no risk. */
export function isHeading(clause: string): boolean {
  if (detectLanguage(clause) === 'zh') {
    const c = clause.trim();
    // A question ("什么是Cookie？", "常见问题：我可以关闭个性化推荐吗？") asks; its answer is the next clause.
    if (/[？?]["'”’)）]*$/.test(c)) return true;
    // A numbered heading ("第三条 我们如何共享您的信息", "二、信息的保存") names a section, however long.
    // So is an entry of a table of contents split at its "；" ("二、我们如何使用Cookie和同类技术；").
    if (ZH_SECTION.test(c) && (!/[。！；]$/.test(c) || /^[^。！]*(?:如何|哪些|什么)[^。！]*；$/.test(c)) && !/会|将|可能|应当|须|不得|不会/.test(c.replace(ZH_SECTION, ''))) return true;
    return c.length <= 24 && !/[。！？；：，,.;:!?]$/.test(c) && !/会|将|可能|应当|须|不得|不会/.test(c);
  }
  // A row of links ("Terms | Privacy | Cookies | Help") is navigation, however many labels it has.
  if (/^[^|·•.!?]{1,40}(?:\s[|·•]\s[^|·•.!?]{1,40}){2,}$/.test(clause.trim())) return true;
  const words = wordCount(clause);
  return (words <= 9 && !/[.!?;:,。！？]["'”’)]*$/.test(clause.trim()) && !AUXILIARY.test(clause)) || isTitle(clause)
    || (words <= 12 && WH_LABEL.test(clause.trim()));
}

// A short label closed by a colon or a full stop when nobody acts in it ("Changes to this policy:", "Log
// information."): a heading when it is a line of its own. Inside a paragraph it may be a run-in title whose words
// OPP-115's annotators read with the paragraph, so the engine applies it to lines only (see ListClause.alone).
// With a full stop it must be short too: "The kids' edition serves no ads." acts through a verb this cannot see.
export const isLabel = (clause: string) => {
  const t = clause.trim();
  return wordCount(t) <= (/:\s*$/.test(t) ? 8 : 4) && isActorlessLabel(t);
};

// A label phrased as an indirect question ("How long we keep your content:", "What we collect") names what follows.
const WH_LABEL = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:how|what|why|who|whom|which|with whom|to whom)\b[^.,;:!?]*:?$/i;

// Words a title leaves in lower case ("Sharing of Information with Third Parties").
const SMALL_WORDS = new Set('a an the and or nor but of to in on at by for with from into onto about as per via vs than over under'.split(' '));
const SUBJECT_IN_CAPS = /^\W*(?:WE|YOU|YOUR|OUR|THEY|THEIR|I|IT|ITS|THIS|THESE|THOSE|THE)\b/;
const ACTS_IN_CAPS = /\b(?:MAY|MIGHT|WILL|WOULD|CAN|COULD|SHALL|SHOULD|MUST|IS|ARE|WAS|WERE|DO|DOES|HAS|HAVE|NOT|AGREE|ACKNOWLEDGE|CONSENT)\b/;

/** A title: every word but the small ones capitalised ("Web Beacons and Other Tracking Technologies.", "Personal
 *  Information That You Give Us Or Ask a Third Party to Share with Us"), however it ends, since no sentence is
 *  written so. Capitals throughout are a title only when short, without a subject or an auxiliary verb, and (past
 *  six words) without a full stop: disclaimers are shouted sentences ("WE RETAIN YOUR SEARCH HISTORY FOR TWO YEARS."). */
export function isTitle(clause: string): boolean {
  const t = clause.trim();
  if (/[;!?]/.test(t.replace(/[.:]\s*$/, '')) || /[.:]\s*\S/.test(t.replace(/[.:]\s*$/, '').replace(/\b\d+(?:\.\d+)*\.?/g, ''))) return false;
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!words.length || words.length > 16) return false;
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (!big.length || !big.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (!big.every((w) => w === w.toUpperCase()) || big.length < 2) return true;
  return words.length <= 10 && !ACTS_IN_CAPS.test(t) && !SUBJECT_IN_CAPS.test(t) && (words.length <= 6 || !/\.\s*$/.test(t));
}

// A Chinese section number: 第三条, 一、, （二）, 3.1.
const ZH_SECTION = /^(?:第[一二三四五六七八九十百\d]+[条章节部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．]?\s)/;

/** A clause about the policy itself ("This policy explains how we collect, use and share...") or a table of
 *  contents ("How We Use Information  With Whom We Share...") states no practice of its own. */
export function describesThePolicy(clause: string): boolean {
  if (/\b(?:this|our|the) (?:online )?(?:privacy )?(?:policy|notice|statement|document|page)\b[^.]{0,40}\b(?:explains|describes|covers|tells you|sets out|discloses|outlines|summari[sz]es)\b/i.test(clause)) return true;
  if (/^本(?:隐私)?(?:政策|指引|声明)(?:将)?(?:向您)?(?:说明|介绍|阐述|帮助您了解)|本(?:隐私)?(?:政策|指引)(?:将)?(?:主要)?向您(?:说明|介绍)/.test(clause)) return true;
  if (/\b(?:this|our|the) (?:online )?(?:privacy )?(?:policy|notice|statement)\b (?:is (?:intended|designed|meant) to|aims to) (?:inform|explain|tell|describe|help you understand)\b|\bthe purpose of (?:this|our) (?:online )?(?:privacy )?(?:policy|notice|statement) is to\b/i.test(clause)) return true;
  const untitled = clause.replace(RUN_IN_TITLE, '');
  return POINTER.test(clause) || (untitled !== clause && POINTER.test(untitled)) || SECTION_NAMED.test(clause) || SET_OUT_IN.test(clause) || isTableOfContents(clause);
}

/** A table of contents names sections, its "Changes to this policy" among them: it states nothing at all. */
export function isTableOfContents(clause: string): boolean {
  if (/^目录/.test(clause)) return true;
  // In Chinese: two section numbers or two "我们如何…" in one line.
  if ((clause.match(/(?:^|[\s；;：:])(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[条章节])/g)?.length ?? 0) >= 2 || (clause.match(/如何/g)?.length ?? 0) >= 2) return true;
  // Two section titles in a row ("How we use it  With whom we share it"); "when you…" is too common in sentences.
  return (clause.match(/\b(?:how|what|why|with whom|whom)\s+(?:do |does |will |may )?(?:we|you)\s+\w+/gi)?.length ?? 0) >= 2;
}

// A pointer to another part of the text ("Please see the section below on cookies for more information.") names
// a practice without stating it; a pointer to where you act ("see Settings to opt out") is a choice, and stays.
const POINTER = /^\W{0,3}(?:(?:for|to learn|to find out)\s+(?:more|further|additional|detailed)?\s*(?:information|details|more)\b[^.]{0,240}?,?\s+)?(?:please\s+)?(?:see|refer to|consult|visit|go to)\b(?![^.]*\b(?:to|and|then|or|can|may) (?:opt|unsubscribe|delete|access|change|manage|disable|control|update|correct|request|object|withdraw|turn|switch|stop|limit|adjust|block)\b)[^.]{0,140}?\b(?:sections?|below|above|heading|page|policy|notice|statement|faq)\b/i;

// A section's title run into its first sentence: "Mobile Apps For more information…, see the Mobile Apps policy".
const RUN_IN_TITLE = /^(?:[A-Z][\w\/'’-]*\s+(?:(?:and|or|of|&)\s+)?){1,6}(?=(?:For|To|Please|See)\b)/;

// A section named by its title: "Please see Your Rights and Choices for further information…".
const SECTION_NAMED = /^\W{0,3}(?:[Pp]lease\s+)?(?:[Ss]ee|[Rr]efer to|[Vv]isit)\s+(?:the\s+|our\s+)?["“']?[A-Z][\w'’-]*(?:\s+(?:(?:and|or|of|&|the|to|for|your|with|we|our)\s+)?[A-Z][\w'’-]*)*["”']?(?:\s+(?:section|page|tab|heading))?\s+(?:for|to learn|to find out)\b/;
// What another section sets out: "Your rights to request deletion are set forth in the "Accessing…" section above."
const SET_OUT_IN = /\b(?:are|is) (?:set (?:forth|out)|described|explained|detailed|listed|covered)\s+(?:in|under)\s+(?:the\s+)?[^.]{0,100}?\b(?:section|heading)\b[^.]{0,20}[.;]?\s*$/i;

/** A definition ("'Personal data' means ...") explains a word; it states no practice. */
export function isDefinition(clause: string): boolean {
  const m = /^\W{0,3}[\p{L}\s-]{2,40}\W{0,3}\s+(?:means|refers to|is defined as|shall mean|includes? any)\b/iu.exec(clause);
  // "Playing the game means you accept...", "Declining means features will not be available": a consequence, not a word explained.
  return !!m && !/^[^.;]{0,60}?\b(?:(?:that )?(?:you|we) (?:\w+ )?(?:accept|agree|consent|have|will|can|cannot|may|must)|will (?:not )?(?:be|work|stop))\b/i.test(clause.slice(m[0].length));
}

