/** Segment-level precision, recall and F1 of the engine against labelled segments. */
import { analyzeText } from './analyze';
import { fitModel, foldsByPolicy, prepare, type FitOptions } from './fit';
import type { FittedModel } from './fitted';
import { MODEL } from './model';
import { RULES } from './rules';
import { TAGS, type Tag } from './types';

export interface Segment { text: string; tags: Record<string, boolean>; policy?: string | number }
export interface TagScore { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Evaluation { segments: number; tags: Record<string, TagScore>; macroF1: number; unsupported: string[] }

/** Tags of the `does` findings in a segment: what the engine says the segment describes. */
export function predictedTags(text: string, model: FittedModel | null = MODEL): Set<Tag> {
  const tags = new Set<Tag>();
  for (const f of analyzeText(text, RULES, model).findings) if (f.polarity === 'does') f.tags.forEach((t) => tags.add(t));
  return tags;
}

function score(tp: number, fp: number, fn: number): TagScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores every tag the file uses that the engine emits; the file's other tags are listed as unsupported. */
export function evaluate(segments: Segment[], model: FittedModel | null = MODEL, predict: (s: Segment, i: number) => Set<Tag> = (s) => predictedTags(s.text, model)): Evaluation {
  const inFile = new Set(segments.flatMap((s) => Object.keys(s.tags ?? {})));
  const supported = (TAGS as readonly string[]).filter((t) => inFile.has(t));
  const unsupported = [...inFile].filter((t) => !(TAGS as readonly string[]).includes(t)).sort();
  const counts = Object.fromEntries(supported.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const [i, s] of segments.entries()) {
    const predicted = predict(s, i);
    for (const t of supported) {
      const gold = s.tags?.[t] === true;
      const said = predicted.has(t as Tag);
      if (gold && said) counts[t]!.tp++;
      else if (said) counts[t]!.fp++;
      else if (gold) counts[t]!.fn++;
    }
  }
  const tags = Object.fromEntries(supported.map((t) => [t, score(counts[t]!.tp, counts[t]!.fp, counts[t]!.fn)]));
  const f1s = Object.values(tags).map((s) => s.f1);
  const macroF1 = f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
  return { segments: segments.length, tags, macroF1, unsupported };
}

/** K-fold cross-validation grouped by policy: the model is fitted on K-1 folds and scores the last; the
 *  scores of all folds are pooled. Every segment needs a policy. */
export function crossValidate(segments: Segment[], k: number, seed = 1, options: FitOptions = {}): Evaluation {
  const prep = prepare(segments);
  const all = segments.map((_, i) => i);
  const folds = foldsByPolicy(segments, all, k, seed);
  const predictions = new Map<number, Set<Tag>>();
  for (const [n, held] of folds.entries()) {
    const model = fitModel(prep, folds.flatMap((f, j) => (j === n ? [] : f)), { seed, ...options });
    for (const i of held) predictions.set(i, predictedTags(segments[i]!.text, model));
  }
  return evaluate(segments, null, (_s, i) => predictions.get(i)!);
}
