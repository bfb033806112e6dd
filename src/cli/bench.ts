/** `npm run bench -- [--json]`: engine speed and memory against compromise's own parse, and bundle sizes. */
import { READER_SCRIPT } from '../page/policy-urls';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { analyzeText } from '../engine/analyze';
import { runCli } from './cli-errors';
import { benchPage } from './bench-page';
import { buildExtension } from './chromium-extension';
import { htmlToPolicy } from './read-policy';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(ROOT, '../shared/corpus/opp115-dev/policies');
const RUNS = 5;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Policy text of at least n words: the sample policy and, where present, the OPP-115 dev policies. */
function policyOfWords(n: number): string {
  const sources = [htmlToPolicy(readFileSync(join(ROOT, 'assets/sample-policy.html'), 'utf8'), 'https://natter.example/privacy').text];
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).sort()) {
      const html = readFileSync(join(CORPUS, f), 'utf8').split('|||').map((s) => `<p>${s}</p>`).join('\n');
      sources.push(htmlToPolicy(html, 'https://corpus.example/privacy').text);
    }
  }
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const s = sources[i % sources.length]!;
    parts.push(s);
    count += words(s);
  }
  return parts.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function heapMB(fn: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const keep = fn(); // keep the result alive while measuring
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  void keep;
  return (peak - before) / 1e6;
}

function bundleSizes() {
  const dir = join(ROOT, '.output/chrome-mv3');
  buildExtension('chrome', 'ignore');
  const size = (rel: string) => {
    const file = join(dir, rel);
    const buf = readFileSync(file);
    return { bytes: statSync(file).size, gz: gzipSync(buf, { level: 9 }).length };
  };
  const popupChunks = readdirSync(join(dir, 'chunks')).filter((f) => f.startsWith('popup'));
  const popup = popupChunks.map((f) => size(join('chunks', f))).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gz: a.gz + b.gz }), { bytes: 0, gz: 0 });
  return { content: size(READER_SCRIPT), background: size('background.js'), popup };
}

runCli(async () => {
  const json = process.argv.includes('--json');
  const text12k = policyOfWords(12_000);
  const text120k = policyOfWords(120_000);
  const w12 = words(text12k), w120 = words(text120k);

  const compromise12k = timeIt(() => nlp(text12k));
  const engine12k = timeIt(() => analyzeText(text12k));
  const engine120k = timeIt(() => analyzeText(text120k), 3);
  const heap120k = heapMB(() => analyzeText(text120k));
  const bundle = bundleSizes();
  const page = await benchPage(ROOT, policyOfWords(10_000), policyOfWords(16_000));

  const result = {
    engine: {
      words12k: w12, words120k: w120,
      engineMs12k: engine12k, compromiseMs12k: compromise12k,
      ratio12k: engine12k / compromise12k,
      msPerKWord12k: engine12k / (w12 / 1000),
      msPerKWord120k: engine120k / (w120 / 1000),
      heapMB120k: heap120k,
    },
    bundle: {
      contentBytes: bundle.content.bytes, contentGzBytes: bundle.content.gz,
      backgroundBytes: bundle.background.bytes, backgroundGzBytes: bundle.background.gz,
      popupBytes: bundle.popup.bytes, popupGzBytes: bundle.popup.gz,
    },
    page: typeof page === 'string' ? { skipped: page } : page,
  };
  if (json) { console.log(JSON.stringify(result, null, 2)); return; }

  const e = result.engine;
  const rows: [string, string, string, boolean][] = [
    ['engine / compromise parse, 12k words', e.ratio12k.toFixed(3), '≤ 0.6', e.ratio12k <= 0.6],
    ['engine ms per 1k words, 12k', e.msPerKWord12k.toFixed(2), '—', true],
    ['engine ms per 1k words, 120k', e.msPerKWord120k.toFixed(2), `≤ ${(1.3 * e.msPerKWord12k).toFixed(2)} (1.3× 12k)`, e.msPerKWord120k <= 1.3 * e.msPerKWord12k],
    ['compromise ms per 1k words, 12k', (e.compromiseMs12k / (w12 / 1000)).toFixed(2), 'baseline', true],
    ['heap MB at 120k words', e.heapMB120k.toFixed(1), '≤ 60', e.heapMB120k <= 60],
    ['content script gzip bytes', String(result.bundle.contentGzBytes), '≤ 15360', result.bundle.contentGzBytes <= 15_360],
    ['background gzip bytes', String(result.bundle.backgroundGzBytes), '—', true],
    ['popup gzip bytes', String(result.bundle.popupGzBytes), '—', true],
  ];
  if (typeof page !== 'string') {
    rows.push(
      ['content script main thread, non-policy', page.nonPolicyMainThreadMs.toFixed(2), '≤ 2 ms', page.nonPolicyMainThreadMs <= 2],
      ['content script main thread, 10k policy', page.policy10kMainThreadMs.toFixed(1), '—', true],
      ['  of which extraction and mapping', page.extractMs10k.toFixed(1), '—', true],
      [`  of which highlights (${page.highlightsApplied10k})`, page.highlightMs10k.toFixed(1), '—', true],
      [`highlights on a longer policy (${page.highlightsAppliedLarge})`, page.highlightMsLarge.toFixed(1), '≤ 16 ms for ≥ 300', page.highlightMsLarge <= 16 && page.highlightsAppliedLarge >= 300],
      ['load to highlights, 10k policy (ms)', page.loadToHighlightsMs10k.toFixed(0), '≤ 300', page.loadToHighlightsMs10k <= 300],
    );
  } else rows.push(['page side', 'skipped', page, true]);
  console.log(`Engine on ${w12.toLocaleString('en')} and ${w120.toLocaleString('en')} words, median of ${RUNS} runs after a warm-up.\n`);
  console.log(`${'figure'.padEnd(40)} ${'value'.padEnd(10)} ${'budget'.padEnd(24)} ok`);
  for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(40)} ${value.padEnd(10)} ${budget.padEnd(24)} ${ok ? 'yes' : 'NO'}`);
});
