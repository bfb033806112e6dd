/** Many policies at once for `scan --format jsonl`: folders expanded, worker threads, one report line per policy in input order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fail } from './cli-errors';

const POLICY_FILE = /\.(?:html?|txt|xhtml)$/i;

/** Files and URLs to scan: a folder stands for the policy files under it (sorted, recursively). */
export function expandInputs(sources: string[]): string[] {
  const out: string[] = [];
  for (const s of sources) {
    if (/^https?:\/\//i.test(s)) { out.push(s); continue; }
    let isDir = false;
    try { isDir = statSync(s).isDirectory(); } catch { /* readPolicy names the missing file */ }
    if (!isDir) { out.push(s); continue; }
    const found: string[] = [];
    const visit = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = join(dir, e.name);
        if (e.isDirectory()) visit(p);
        else if (POLICY_FILE.test(e.name)) found.push(p);
      }
    };
    visit(s);
    if (!found.length) fail(`${s} holds no .html, .htm or .txt files`);
    out.push(...found);
  }
  return out;
}

// The worker is TypeScript, like the rest of the CLI: each thread registers tsx's loader before importing it.
const WORKER_FILE = new URL('./scan-worker.ts', import.meta.url).href;
const WORKER_BOOT = `const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.file); });`;

export type WorkerAnswer = { index: number; line: string } | { index: number; error: string };

/** Scans every input on `jobs` worker threads; report lines go to stdout in input order, progress and one line per
 *  failure to stderr. Returns how many failed. */
export async function scanMany(inputs: string[], options: { jobs: number; timeoutMs: number }): Promise<number> {
  const jobs = Math.min(options.jobs, inputs.length);
  const results = new Map<number, string | null>();
  let next = 0, written = 0, failed = 0, done = 0;
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const progress = (final = false) => {
    const line = `fineprint: scanned ${done} of ${inputs.length}${failed ? ` (${failed} failed)` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (tty) process.stderr.write(`\r${line}${final ? '\n' : ''}`);
    else if (final || done % 100 === 0) process.stderr.write(`${line}\n`);
  };
  const flush = () => {
    while (results.has(written)) {
      const line = results.get(written);
      results.delete(written);
      if (line !== null && line !== undefined) process.stdout.write(`${line}\n`);
      written++;
    }
  };
  await new Promise<void>((allDone, crash) => {
    let live = jobs;
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { timeoutMs: options.timeoutMs, file: WORKER_FILE } });
      const feed = () => {
        if (next < inputs.length) { const index = next++; worker.postMessage({ index, source: inputs[index] }); }
        else void worker.terminate();
      };
      worker.on('message', (a: WorkerAnswer) => {
        done++;
        if ('error' in a) {
          failed++;
          if (tty) process.stderr.write('\r\x1b[K');
          process.stderr.write(`fineprint: ${a.error}\n`);
          results.set(a.index, null);
        } else results.set(a.index, a.line);
        flush();
        progress();
        feed();
      });
      worker.on('error', crash);
      worker.on('exit', () => { if (--live === 0) allDone(); });
      feed();
    }
  });
  progress(true);
  return failed;
}
