/** Which pipeline reads a piece of text: Chinese (Han script) or English. Script ratios are enough here. */

export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** 'zh' when Han characters make up at least a third of the letters. */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const han = sample.match(HAN)?.length ?? 0;
  if (!han) return 'en';
  const latin = sample.match(LATIN)?.length ?? 0;
  // A Han character carries about a word; a Latin letter about a fifth of one.
  return han * 3 >= latin ? 'zh' : 'en';
}

/** One word for caps and counts: a Han character, or a run of anything but spaces and Han (a fresh matcher each time). */
export const wordMatcher = () => /\p{Script=Han}|[^\s\p{Script=Han}]+/gu;

/** Words for caps and counts: a Han character counts as one. */
export function countWords(text: string): number {
  let n = 0;
  const re = wordMatcher();
  while (re.exec(text)) n++;
  return n;
}
