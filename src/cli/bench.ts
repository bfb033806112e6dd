/** `npm run bench -- [--json] [--text FILE]`: engine speed and memory against compromise's own parse, bundle sizes,
 *  the worker's wake-up against an empty worker's, and the page side in Chromium, each against a baseline of the same run. */
import { READER_SCRIPT } from '../page/policy-urls';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { analyzeText } from '../engine/analyze';
import { fail, runCli } from './cli-errors';
import { contractSizes } from './bench-contract';
import { benchPage, benchWorker } from './bench-page';
import { buildExtension } from './chromium-extension';
import { htmlToPolicy, readPolicy } from './read-policy';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CORPUS = resolve(ROOT, '../shared/corpus/opp115-dev/policies');
const RUNS = 5;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The paragraphs every benchmark text is made of: the OPP-115 dev policies (real policies, varied), or the one
 *  policy given with `--text FILE`. Without either the benchmark refuses rather than measure something else. */
async function sourceParagraphs(textFile: string | undefined): Promise<{ paragraphs: string[]; from: string }> {
  const split = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);
  if (textFile) {
    const policy = await readPolicy(textFile);
    const paragraphs = split(policy.text);
    if (paragraphs.length < 2) fail(`${textFile} has ${paragraphs.length} paragraph: the benchmark varies its texts by paragraph order and needs several`);
    return { paragraphs, from: textFile };
  }
  if (!existsSync(CORPUS)) {
    fail(`the OPP-115 corpus is not at ${CORPUS}: the benchmark measures real policies. Give one with --text FILE (html or txt).`);
  }
  const paragraphs: string[] = [];
  for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.html')).sort()) {
    const html = readFileSync(join(CORPUS, f), 'utf8').split('|||').map((x) => `<p>${x}</p>`).join('\n');
    paragraphs.push(...split(htmlToPolicy(html, 'https://corpus.example/privacy').text));
  }
  return { paragraphs, from: `${CORPUS} (46 OPP-115 policies)` };
}

/** A policy text of at least n words; `variant` starts it at another paragraph, so each variant is a different text
 *  (a page run must never be answered from the report cache). */
function textOfWords(paragraphs: string[], n: number, variant = 0): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = (variant * 37) % paragraphs.length; count < n; i = (i + 1) % paragraphs.length) {
    parts.push(paragraphs[i]!);
    count += words(paragraphs[i]!);
  }
  return parts.join('\n');
}

/** Peak and retained memory of analysing `text`, measured in a fresh Node process (see bench-memory.ts). */
function memoryOf(text: string): { findings: number; peakHeapMB: number; peakRssMB: number; retainedHeapMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    const file = join(dir, 'policy.txt');
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', join(ROOT, 'src/cli/bench-memory.ts'), file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = out.trim().split('\n');
    const during = lines.slice(lines.indexOf('fineprint-bench: begin') + 1, lines.indexOf('fineprint-bench: end'));
    // "… Scavenge 12.3 (15.0) -> 10.1 (16.0) MB": the first figure is the heap in use just before that collection.
    const beforeCollections = during.map((l) => l.match(/: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact)\S* ([\d.]+) \(/)?.[1]).filter(Boolean).map((mb) => Number(mb) * 1024 * 1024);
    const m = JSON.parse(lines.at(-1)!);
    const MB = 1e6;
    return {
      findings: m.findings,
      peakHeapMB: (Math.max(m.endHeap, ...beforeCollections) - m.heapBefore) / MB,
      peakRssMB: m.peakRss / MB,
      retainedHeapMB: m.retained / MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const textAt = args.findIndex((a) => a === '--text' || a.startsWith('--text='));
  const textFile = textAt < 0 ? undefined : args[textAt]!.includes('=') ? args[textAt]!.split('=')[1] : args[textAt + 1];
  if (textAt >= 0 && !textFile) fail('--text needs a file: npm run bench -- --text policy.html');
  for (const a of args) if (a.startsWith('--') && !/^--(json|text)(=|$)/.test(a)) fail(`unknown option ${a}: use --json, --text FILE`);
  const { paragraphs, from } = await sourceParagraphs(textFile);
  const text12k = textOfWords(paragraphs, 12_000);
  const text120k = textOfWords(paragraphs, 120_000);
  const w12 = words(text12k), w120 = words(text120k);

  const compromise12k = timeIt(() => nlp(text12k));
  const engine12k = timeIt(() => analyzeText(text12k));
  const engine120k = timeIt(() => analyzeText(text120k), 3);
  const memory120k = memoryOf(text120k);
  const text100k = textOfWords(paragraphs, 100_000, 7);
  const contract = await contractSizes(text100k, words(text100k));
  const bundle = bundleSizes();
  const worker = await benchWorker();
  const page = await benchPage(ROOT, (run) => textOfWords(paragraphs, 10_000, run + 1), (run) => textOfWords(paragraphs, 45_000, run + 100));

  const result = {
    engine: {
      words12k: w12, words120k: w120,
      engineMs12k: engine12k, compromiseMs12k: compromise12k,
      ratio12k: engine12k / compromise12k,
      msPerKWord12k: engine12k / (w12 / 1000),
      msPerKWord120k: engine120k / (w120 / 1000),
      peakHeapMB120k: memory120k.peakHeapMB,
      peakRssMB120k: memory120k.peakRssMB,
      retainedHeapMB120k: memory120k.retainedHeapMB,
      source: from,
    },
    bundle: {
      contentBytes: bundle.content.bytes, contentGzBytes: bundle.content.gz,
      backgroundBytes: bundle.background.bytes, backgroundGzBytes: bundle.background.gz,
      popupBytes: bundle.popup.bytes, popupGzBytes: bundle.popup.gz,
    },
    contract,
    worker: typeof worker === 'string' ? { skipped: worker } : worker,
    page: typeof page === 'string' ? { skipped: page } : page,
  };
  if (json) { console.log(JSON.stringify(result, null, 2)); return; }

  const e = result.engine;
  const rows: [string, string, string, boolean][] = [
    ['engine / compromise parse, 12k words', e.ratio12k.toFixed(3), '≤ 0.25', e.ratio12k <= 0.25],
    ['engine ms per 1k words, 12k', e.msPerKWord12k.toFixed(2), '—', true],
    ['engine ms per 1k words, 120k', e.msPerKWord120k.toFixed(2), `≤ ${(1.3 * e.msPerKWord12k).toFixed(2)} (1.3× 12k)`, e.msPerKWord120k <= 1.3 * e.msPerKWord12k],
    ['compromise ms per 1k words, 12k', (e.compromiseMs12k / (w12 / 1000)).toFixed(2), 'baseline', true],
    ['peak heap MB, analysing 120k words', e.peakHeapMB120k.toFixed(1), '≤ 60', e.peakHeapMB120k <= 60],
    ['peak RSS growth MB, same run', e.peakRssMB120k.toFixed(1), '—', true],
    ['retained heap MB, result of 120k words', e.retainedHeapMB120k.toFixed(1), '—', true],
    ['content script gzip bytes', String(result.bundle.contentGzBytes), '≤ 15360', result.bundle.contentGzBytes <= 15_360],
    ['background gzip bytes', String(result.bundle.backgroundGzBytes), '—', true],
    ['popup gzip bytes', String(result.bundle.popupGzBytes), '—', true],
    [`report, ${contract.words.toLocaleString('en')} words: full (bytes)`, String(contract.fullReportBytes), 'baseline', true],
    ['  stored in storage.session (bytes)', String(contract.storedBytes), `≤ full / 5, all ${contract.findings} kept`, contract.storedRatio >= 5 && contract.storedFindings === contract.findings],
    ['  sent to the page (bytes)', String(contract.pageAnswerBytes), '≤ full / 5', contract.pageRatio >= 5],
  ];
  if (typeof page !== 'string') {
    rows.push(
      ['content script main thread, non-policy', page.nonPolicyMainThreadMs.toFixed(2), '≤ 2 ms', page.nonPolicyMainThreadMs <= 2],
      ['content script main thread, 10k policy', page.policy10kMainThreadMs.toFixed(1), '—', true],
      ['  of which extraction and mapping', page.extractMs10k.toFixed(1), '—', true],
      [`  of which highlights (${page.highlightsApplied10k})`, page.highlightMs10k.toFixed(1), '—', true],
      [`highlights on a longer policy (${page.highlightsAppliedLarge}), per 300`, (page.highlightMsLarge * 300 / Math.max(1, page.highlightsAppliedLarge)).toFixed(1), '≤ 16 ms, ≥ 300 drawn', page.highlightMsLarge * 300 / Math.max(1, page.highlightsAppliedLarge) <= 16 && page.highlightsAppliedLarge >= 300],
      ['navigation to highlights, 10k policy (ms)', page.navigationToHighlightsMs10k.toFixed(0), '≤ 300', page.navigationToHighlightsMs10k <= 300],
      ['  the same, worker stopped before (ms)', page.navigationToHighlightsColdMs10k.toFixed(0), '—', true],
    );
  } else rows.push(['page side', 'skipped', page, true]);
  if (typeof worker !== 'string') {
    rows.push(
      ['woken worker, first answer (ms)', worker.coldAnswerMs.toFixed(1), `≤ ${(3 * worker.emptyAnswerMs).toFixed(1)} (3× empty)`, worker.coldToEmptyRatio <= 3],
      ['empty worker, first answer (ms)', worker.emptyAnswerMs.toFixed(1), 'baseline', true],
    );
  } else rows.push(['worker wake-up', 'skipped', worker, true]);
  console.log(`Texts from ${from}. Engine on ${w12.toLocaleString('en')} and ${w120.toLocaleString('en')} words, median of ${RUNS} runs after a warm-up.\n`);
  console.log(`${'figure'.padEnd(46)} ${'value'.padEnd(10)} ${'budget'.padEnd(24)} ok`);
  for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(46)} ${value.padEnd(10)} ${budget.padEnd(24)} ${ok ? 'yes' : 'NO'}`);
});
