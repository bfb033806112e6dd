/** Memory of one analysis, in a fresh Node process so nothing else has touched the heap: `bench-memory.ts FILE`.
 *  Prints JSON: peak heap (growth of V8's committed heap during the run, which it only gives back later), peak RSS
 *  growth (the process's high-water mark) and retained heap (what stays alive with the result, after a full GC). */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { analyzeText } from '../engine/analyze';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const text = readFileSync(process.argv[2]!, 'utf8');
analyzeText(text.slice(0, 2000)); // load and compile everything the analysis needs before measuring
gc();
const before = { heap: process.memoryUsage().heapUsed, committed: getHeapStatistics().total_heap_size, rss: process.memoryUsage().rss };
const result = analyzeText(text);
const after = { committed: getHeapStatistics().total_heap_size, maxRss: process.resourceUsage().maxRSS * 1024 };
gc();
const retained = process.memoryUsage().heapUsed - before.heap;
const MB = 1e6;
process.stdout.write(`${JSON.stringify({
  findings: result.findings.length,
  peakHeapMB: (after.committed - before.committed) / MB,
  peakRssMB: Math.max(0, after.maxRss - before.rss) / MB,
  retainedHeapMB: retained / MB,
})}\n`);
