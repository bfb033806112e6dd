/** `npm run eval -- <segments.jsonl> [--json]`: how well the engine tags labelled segments. */
import { readFileSync } from 'node:fs';
import { evaluate, type Segment } from '../engine/evaluate';
import { fail, runCli } from './cli-errors';

runCli(() => {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('usage: npm run eval -- <segments.jsonl> [--json]');
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch { fail(`cannot read ${file}`); }
  const segments: Segment[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let s: unknown;
    try { s = JSON.parse(line); } catch { fail(`${file}:${i + 1}: not a JSON line`); }
    const seg = s as Partial<Segment>;
    if (typeof seg?.text !== 'string') fail(`${file}:${i + 1}: no "text" string`);
    segments.push({ text: seg.text!, tags: typeof seg.tags === 'object' && seg.tags ? seg.tags : {} });
  });
  if (!segments.length) fail(`${file}: no segments`);
  const result = evaluate(segments);
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${segments.length} segments`);
  console.log(`${pad('tag', 18)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} tp/fp/fn`);
  for (const [tag, s] of Object.entries(result.tags)) {
    console.log(`${pad(tag, 18)} ${pad(s.precision.toFixed(2), 6)} ${pad(s.recall.toFixed(2), 6)} ${pad(s.f1.toFixed(2), 6)} ${s.tp}/${s.fp}/${s.fn}`);
  }
  console.log(`macro-F1 ${result.macroF1.toFixed(3)}${result.unsupported.length ? ` (not emitted: ${result.unsupported.join(', ')})` : ''}`);
});
