/** Lists: a lead-in ("We may disclose your information to:") and the items under it are read together, so an
 *  item that only names a recipient or a kind of data ("law enforcement when required", "search terms you
 *  enter") is read as the practice its lead-in announces. */
import { AUXILIARIES, isHeading, wordCount as words } from './clauses';
import type { Clause } from './types';

/** An item clause, with the lead-in it is read under. */
/** A clause as the engine reads it: with the lead-in above it when it is a list item, and marked `alone` when it is
 *  a block by itself (a line of its own on the page, where a short label is a heading). */
export interface ListClause extends Clause { lead?: string; alone?: boolean }

/** A list has at most this many items; a lead-in does not govern the rest of the page. */
const MAX_ITEMS = 25;
/** An item is a line or two: a longer block is the next paragraph, not an item. */
const MAX_ITEM_CLAUSES = 2;
const MAX_ITEM_WORDS = 60;
/** A bare label under a lead-in sentence ("IP address", "Browser type") is an item when this short. */
const MAX_LABEL_WORDS = 6;
/** The lead-in as the rules read it with an item: its last words, enough for its verb and its object. */
const MAX_LEAD_CHARS = 300;

const endsWithColon = (s: string) => /[:：]\s*$/.test(s);
// A lead-in announces what is done with data or with whom ("We collect the following:", "Parties we share it
// with:"); a label ("Contact:") or an address line ("You can also write to us at:") does not.
const ANNOUNCES = /\b(?:collect\w*|record\w*|gather\w*|obtain\w*|receiv\w*|stor(?:e|es|ed|ing)|keep|retain\w*|us(?:e|es|ed|ing)|process\w*|shar(?:e|es|ed|ing)|disclos\w*|provid\w*|transfer\w*|sell\w*|sold|rent\w*|pass(?:es|ed)?|hand(?:s|ed)? over|giv(?:e|es|en)|includ\w*|following|such as|as follows|types of|categories of|purposes?|recipients?|parties|partners)\b|收集|共享|提供|披露|使用|包括|以下/i;
// An item with a verb of its own ("Your data may be stored abroad.") says what it says; a fragment ("search
// terms you enter;") completes the lead-in.
const OWN_VERB = new RegExp(String.raw`\b(?:${AUXILIARIES})\b|n't\b|会|将|可能`, 'i');

function leadIn(block: Clause[]): string | null {
  const last = block[block.length - 1]!.text.trim();
  if (!endsWithColon(last) || (words(last) < 3 && !/\p{Script=Han}/u.test(last)) || !ANNOUNCES.test(last)) return null;
  return last.length > MAX_LEAD_CHARS ? last.slice(-MAX_LEAD_CHARS) : last;
}

const textOf = (block: Clause[]) => block.map((c) => c.text).join(' ').trim();

/** Whether a block continues the list: a line or two, or a bare label among labels. After items that end like
 *  sentences ("...you enter;"), a bare label is the next section's heading. */
function isItem(block: Clause[], previous: string | null): boolean {
  const text = textOf(block);
  if (block.length > MAX_ITEM_CLAUSES || words(text) > MAX_ITEM_WORDS || endsWithColon(text)) return false;
  if (!isHeading(text)) return true;
  return words(text) <= MAX_LABEL_WORDS && (previous === null || isHeading(previous));
}

/** The blocks, with each list item's clauses carrying the lead-in above them. */
export function withLeadIns(blocks: Clause[][]): ListClause[][] {
  const out: ListClause[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    out.push(block.length === 1 ? [{ ...block[0]!, alone: true }] : block);
    const lead = leadIn(block);
    if (!lead) continue;
    let previous: string | null = null;
    for (let n = 0; n < MAX_ITEMS && i + 1 < blocks.length && isItem(blocks[i + 1]!, previous); n++) {
      const item = blocks[++i]!;
      out.push(OWN_VERB.test(textOf(item)) ? item : item.map((c) => ({ ...c, lead })));
      previous = textOf(item);
    }
  }
  return out;
}
