/** The evidence the fitted layer weighs for a clause: the rules' cues, and its words and word pairs (lightly stemmed). */

/** A feature and how it reads to a person (the words as written, or the rule's cue). */
export type Features = Map<string, string>;

// Short English endings, longest first; enough to make "shares", "shared", "sharing" one word.
const SUFFIXES: [string, string][] = [
  ['ational', 'ate'], ['ization', 'ize'], ['isation', 'ize'], ['fulness', 'ful'], ['iveness', 'ive'],
  ['ements', 'e'], ['ement', 'e'], ['ments', ''], ['ment', ''], ['ations', 'ate'], ['ation', 'ate'],
  ['ities', ''], ['ity', ''], ['ies', 'y'], ['ied', 'y'], ['ing', ''], ['ed', ''], ['ers', ''], ['er', ''],
  ['ly', ''], ['es', ''], ['s', ''],
];

/** A light stemmer: the word's stem if it keeps at least three letters, else the word. */
export function stem(word: string): string {
  if (word.length <= 4) return word.endsWith('s') && word.length === 4 && !word.endsWith('ss') ? word.slice(0, 3) : word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && !(suffix === 's' && word.endsWith('ss'))) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (base.length >= 3) return base.replace(/(.)\1$/, (m, c: string) => (/[lsz]/.test(c) ? m : c)).replace(/e$/, '');
    }
  }
  return word.replace(/e$/, '');
}

// Apostrophes of every kind, and "dont" written without one, read alike.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-case word tokens of a clause, as written and as stems. */
export function words(text: string): { surface: string; stem: string }[] {
  const out: { surface: string; stem: string }[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const surface = m[0].replace(/’/g, "'");
    const plain = surface.replace(/'/g, '');
    out.push({ surface, stem: /^\d+$/.test(plain) ? '#num' : stem(plain) });
  }
  return out;
}

/** Words (w:stem) and adjacent pairs (p:stem_stem) of a clause, with how they read. */
export function wordFeatures(text: string, into: Features = new Map()): Features {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const key = `w:${w.stem}`;
    if (!into.has(key)) into.set(key, w.surface);
    const next = ws[i + 1];
    if (next) {
      const pair = `p:${w.stem}_${next.stem}`;
      if (!into.has(pair)) into.set(pair, `${w.surface} ${next.surface}`);
    }
  }
  return into;
}
