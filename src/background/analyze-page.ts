/** Turns a content script's page scan into the tab's report, reusing a cached report for the same text. */
import type { PageScan } from '../messages';
import { buildReport } from '../grading/build-report';
import { type Report } from '../report/report';
import { analyzeTextInSlices } from '../engine/analyze';
import { countWords } from '../engine/language';

/** Fewer words than this is not a policy worth grading. */
export const MIN_WORDS = 40;
const CACHE_SIZE = 20;
const cache = new Map<string, Report>();

export type Analysed = { status: 'report'; report: Report } | { status: 'error'; message: string };

/** `key` is the SHA-256 of the text (contentHash): a hit is the same text. The analysis runs in slices, so
 *  the worker keeps answering other tabs during a huge page. */
export async function analyzePageScan(scan: PageScan, key: string, now = new Date()): Promise<Analysed> {
  const words = countWords(scan.text);
  if (words < MIN_WORDS) {
    return { status: 'error', message: words ? `This page has only ${words} words of text: too little to be a policy.` : 'This page has no readable text.' };
  }
  const cached = cache.get(key);
  const base = cached ?? buildReport(scan.text, scan, now, await analyzeTextInSlices(scan.text));
  if (!cached) {
    cache.set(key, base);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return { status: 'report', report: { ...base, url: scan.url, title: scan.title, scannedAt: now.toISOString() } };
}
