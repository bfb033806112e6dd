/** The page side of the benchmark: what the content script and the worker cost in Debian's Chromium with the built extension. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { allHighlightCount, buildDir, buildExtension, CHROMIUM, launchWithExtension, serve, type ExtensionBrowser } from './chromium-extension';

export interface PageFigures {
  nonPolicyMainThreadMs: number;
  policy10kMainThreadMs: number;
  extractMs10k: number;
  highlightMs10k: number;
  highlightsApplied10k: number;
  /** From the start of navigation (performance.timeOrigin) to the highlights being drawn, worker already awake. */
  navigationToHighlightsMs10k: number;
  /** The same with the extension's service worker stopped just before navigating (it must wake, load and analyse). */
  navigationToHighlightsColdMs10k: number;
  /** The same measure on a longer policy with at least 300 findings, for the one-frame budget. */
  highlightMsLarge: number;
  highlightsAppliedLarge: number;
}

export interface WorkerFigures {
  /** First answer of Fineprint's freshly woken service worker (stopped through DevTools, then sent a message). */
  coldAnswerMs: number;
  /** The same for an empty worker: a minimal extension, made in this run, that only answers a message. */
  emptyAnswerMs: number;
  /** coldAnswerMs / emptyAnswerMs: the budget is 3. */
  coldToEmptyRatio: number;
}

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Measures { all: number; extract: number; highlight: number; shownAt: number }

/** Measures of the content script's work, from the page's own performance timeline. A string, because the
 *  TypeScript runner decorates functions with helpers that do not exist in the page. `shownAt` is the mark's
 *  startTime: milliseconds since the navigation started. */
const READ_MEASURES = `(() => {
  const sum = (name) => performance.getEntriesByName('fineprint:' + name).reduce((a, e) => a + e.duration, 0);
  const shown = performance.getEntriesByName('fineprint:highlights-shown')[0];
  const all = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('fineprint:')).reduce((a, e) => a + e.duration, 0);
  return { all, extract: sum('extract'), highlight: sum('highlight'), shownAt: shown ? shown.startTime : -1 };
})()`;

const escape = (l: string) => l.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
const toPage = (text: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${
  text.split('\n').filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('')}</main></body></html>`;

/** Stops every service worker of the browser, as Chromium does to an idle one. */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.waitForTimeout(200);
}

/** Milliseconds from sending `message` from an extension page to its answer, the worker stopped before each. */
async function coldAnswer(b: ExtensionBrowser, pagePath: string, message: unknown): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${pagePath}`);
  await page.waitForTimeout(500);
  const times: number[] = [];
  for (let i = -1; i < RUNS; i++) {
    await stopWorkers(page);
    const ms = await page.evaluate(async (m) => {
      const t = performance.now();
      await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m);
      return performance.now() - t;
    }, message);
    if (i >= 0) times.push(ms);
  }
  await page.close();
  return median(times);
}

/** An extension whose worker only answers: the floor any worker's wake-up costs on this machine. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-empty-extension-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', background: { service_worker: 'worker.js' } }));
  writeFileSync(join(dir, 'worker.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ res: null }); });\n');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>empty</title>\n');
  return dir;
}

export async function benchWorker(): Promise<WorkerFigures | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing`;
  buildExtension('chrome', 'ignore');
  // The popup's own first question, in @webext-core/messaging's wire format, for a tab that does not exist.
  const getTabState = { id: 1, type: 'getTabState', data: 999_999, timestamp: 0 };
  const fineprint = await launchWithExtension();
  let coldAnswerMs: number;
  try { coldAnswerMs = await coldAnswer(fineprint, 'popup.html', getTabState); } finally { await fineprint.close(); }
  const dir = emptyExtension();
  let emptyAnswerMs: number;
  try {
    const empty = await launchWithExtension({ extensionDir: dir });
    try { emptyAnswerMs = await coldAnswer(empty, 'page.html', getTabState); } finally { await empty.close(); }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { coldAnswerMs, emptyAnswerMs, coldToEmptyRatio: coldAnswerMs / emptyAnswerMs };
}

/** `policyText(run)` and `largePolicyText(run)` give a different text for every run, so no run is answered from
 *  the report cache. */
export async function benchPage(root: string, policyText: (run: number) => string, largePolicyText: (run: number) => string): Promise<PageFigures | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing`;
  const recipe = readFileSync(join(root, 'test/fixtures/pages/recipe.html'), 'utf8');
  const site = await serve({ '/recipes/bench': recipe });
  // The bench build: production code plus the performance marks read here (a production build sets none).
  buildExtension('chrome-bench', 'ignore');
  const b = await launchWithExtension({ extensionDir: buildDir('chrome-bench') });
  let served = 0;
  /** Loads a new text at a new address and waits for its highlights; the measures of that load. */
  const load = async (p: Page, text: string) => {
    const path = `/privacy/bench-${served++}`;
    site.set(path, toPage(text));
    await p.goto(`${site.origin}${path}`);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await p.evaluate<Measures>(READ_MEASURES)).shownAt < 0) await p.waitForTimeout(20);
    const m = await p.evaluate<Measures>(READ_MEASURES);
    if (m.shownAt < 0) throw new Error(`no highlights within 30 s on ${path}`);
    return { m, applied: await allHighlightCount(p) };
  };
  try {
    const nonPolicy: number[] = [];
    const p = await b.context.newPage();
    // A recipe at a policy-looking address: the content script runs, detects, and must stop cheaply.
    site.set('/privacy/recipe', recipe);
    // One warm-up load (the first compiles the content script), as the engine figures have.
    for (let i = -1; i < RUNS; i++) {
      await p.goto(`${site.origin}/privacy/recipe?run=${i}`);
      await p.waitForTimeout(300);
      if (i >= 0) nonPolicy.push((await p.evaluate<Measures>(READ_MEASURES)).all);
    }
    await load(p, policyText(RUNS * 3)); // warm-up: a text no measured run uses
    const runs: Measures[] = [];
    let applied = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await load(p, policyText(i));
      runs.push(r.m);
      applied = r.applied;
    }
    const cold: Measures[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopWorkers(p);
      cold.push((await load(p, policyText(RUNS + i))).m);
    }
    const large: Measures[] = [];
    let appliedLarge = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await load(p, largePolicyText(i));
      large.push(r.m);
      appliedLarge = r.applied;
    }
    return {
      highlightMsLarge: median(large.map((r) => r.highlight)),
      highlightsAppliedLarge: appliedLarge,
      nonPolicyMainThreadMs: median(nonPolicy),
      policy10kMainThreadMs: median(runs.map((r) => r.all)),
      extractMs10k: median(runs.map((r) => r.extract)),
      highlightMs10k: median(runs.map((r) => r.highlight)),
      highlightsApplied10k: applied,
      navigationToHighlightsMs10k: median(runs.map((r) => r.shownAt)),
      navigationToHighlightsColdMs10k: median(cold.map((r) => r.shownAt)),
    };
  } finally {
    await b.close();
    site.server.close();
  }
}
