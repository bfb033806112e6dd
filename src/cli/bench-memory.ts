/** Memory of one analysis, in a fresh Node process run with --trace-gc: `bench-memory.ts FILE`.
 *  The heap only shrinks at a collection, so its peak is the largest "used before" figure V8 traces during the
 *  run, or the heap at its end. The last line is JSON: peak heap and retained heap (what stays alive with the
 *  result after a full collection), both above the heap before the run, and the process's peak RSS growth. */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../engine/analyze';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --trace-gc');
const text = readFileSync(process.argv[2]!, 'utf8');
analyzeText(text.slice(0, 2000)); // load and compile everything the analysis needs before measuring
gc();
const before = process.memoryUsage();
process.stdout.write('fineprint-bench: begin\n');
const result = analyzeText(text);
const endHeap = process.memoryUsage().heapUsed;
const maxRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write('fineprint-bench: end\n');
gc();
const retained = process.memoryUsage().heapUsed - before.heapUsed;
process.stdout.write(`${JSON.stringify({ findings: result.findings.length, heapBefore: before.heapUsed, endHeap, retained, peakRss: Math.max(0, maxRss - before.rss) })}\n`);
