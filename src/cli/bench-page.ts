/** The page side of the benchmark: what the content script costs in Debian's Chromium with the built extension. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allHighlightCount, buildDir, buildExtension, CHROMIUM, launchWithExtension, serve } from './chromium-extension';

export interface PageFigures {
  nonPolicyMainThreadMs: number;
  policy10kMainThreadMs: number;
  extractMs10k: number;
  highlightMs10k: number;
  highlightsApplied10k: number;
  loadToHighlightsMs10k: number;
  /** The same measure on a longer policy with at least 300 findings, for the one-frame budget. */
  highlightMsLarge: number;
  highlightsAppliedLarge: number;
}

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Measures { all: number; extract: number; highlight: number; shownAt: number }

/** Measures of the content script's work, from the page's own performance timeline. A string, because the
 *  TypeScript runner decorates functions with helpers that do not exist in the page. */
const READ_MEASURES = `(() => {
  const sum = (name) => performance.getEntriesByName('fineprint:' + name).reduce((a, e) => a + e.duration, 0);
  const shown = performance.getEntriesByName('fineprint:highlights-shown')[0];
  const all = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('fineprint:')).reduce((a, e) => a + e.duration, 0);
  return { all, extract: sum('extract'), highlight: sum('highlight'), shownAt: shown ? shown.startTime : -1 };
})()`;

export async function benchPage(root: string, policyText: string, largePolicyText: string): Promise<PageFigures | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing`;
  const toPage = (text: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${
    text.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`).join('')}</main></body></html>`;
  const paragraphs = policyText.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`);
  const policy = `<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>${paragraphs.join('')}</main></body></html>`;
  const recipe = readFileSync(join(root, 'test/fixtures/pages/recipe.html'), 'utf8');
  const site = await serve({ '/privacy/bench': policy, '/privacy/bench-large': toPage(largePolicyText), '/recipes/bench': recipe });
  // The bench build: production code plus the performance marks read here (a production build sets none).
  buildExtension('chrome-bench', 'ignore');
  const b = await launchWithExtension({ extensionDir: buildDir('chrome-bench') });
  try {
    const nonPolicy: number[] = [];
    const p = await b.context.newPage();
    // A recipe at a policy-looking address: the content script runs, detects, and must stop cheaply.
    site.set('/privacy/recipe', recipe);
    // One warm-up load (the first compiles the content script), as the engine figures have.
    for (let i = -1; i < RUNS; i++) {
      await p.goto(`${site.origin}/privacy/recipe`);
      await p.waitForTimeout(300);
      if (i >= 0) nonPolicy.push((await p.evaluate<Measures>(READ_MEASURES)).all);
    }
    const runs: Measures[] = [];
    let applied = 0;
    for (let i = 0; i < RUNS; i++) {
      await p.goto(`${site.origin}/privacy/bench?run=${i}`);
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && (await p.evaluate<Measures>(READ_MEASURES)).shownAt < 0) await p.waitForTimeout(20);
      runs.push(await p.evaluate<Measures>(READ_MEASURES));
      applied = await allHighlightCount(p);
    }
    const large: Measures[] = [];
    let appliedLarge = 0;
    for (let i = 0; i < RUNS; i++) {
      await p.goto(`${site.origin}/privacy/bench-large?run=${i}`);
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && (await p.evaluate<Measures>(READ_MEASURES)).shownAt < 0) await p.waitForTimeout(20);
      large.push(await p.evaluate<Measures>(READ_MEASURES));
      appliedLarge = await allHighlightCount(p);
    }
    return {
      highlightMsLarge: median(large.map((r) => r.highlight)),
      highlightsAppliedLarge: appliedLarge,
      nonPolicyMainThreadMs: median(nonPolicy),
      policy10kMainThreadMs: median(runs.map((r) => r.all)),
      extractMs10k: median(runs.map((r) => r.extract)),
      highlightMs10k: median(runs.map((r) => r.highlight)),
      highlightsApplied10k: applied,
      loadToHighlightsMs10k: median(runs.map((r) => r.shownAt)),
    };
  } finally {
    await b.close();
    site.server.close();
  }
}
