/** `npm run eval -- <segments.jsonl> [--json] [--cv K]`: how well the engine tags labelled segments, and with
 *  --cv how well its fitted layer does on policies it was not fitted on (folds grouped by policy). */
import { crossValidate, evaluate, type Evaluation } from '../engine/evaluate';
import { fail, runCli } from './cli-errors';
import { checkPolicies, readSegments } from './segments-file';

function print(title: string, result: Evaluation): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(title);
  console.log(`${pad('tag', 18)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} tp/fp/fn`);
  for (const [tag, s] of Object.entries(result.tags)) {
    console.log(`${pad(tag, 18)} ${pad(s.precision.toFixed(2), 6)} ${pad(s.recall.toFixed(2), 6)} ${pad(s.f1.toFixed(2), 6)} ${s.tp}/${s.fp}/${s.fn}`);
  }
  console.log(`macro-F1 ${result.macroF1.toFixed(3)}${result.unsupported.length ? ` (not emitted: ${result.unsupported.join(', ')})` : ''}`);
}

runCli(() => {
  const args = process.argv.slice(2);
  const cvAt = args.indexOf('--cv');
  const cvArg = cvAt >= 0 ? args[cvAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && !(cvAt >= 0 && i === cvAt + 1));
  if (!file) fail('usage: npm run eval -- <segments.jsonl> [--json] [--cv K]');
  const segments = readSegments(file);
  let cv: Evaluation | null = null;
  if (cvAt >= 0) {
    const k = Number(cvArg);
    checkPolicies(file, segments, k);
    cv = crossValidate(segments, k);
  }
  const result = evaluate(segments);
  if (args.includes('--json')) {
    console.log(JSON.stringify(cv ? { ...result, cv: { folds: Number(cvArg), tags: cv.tags, macroF1: cv.macroF1 } } : result, null, 2));
    return;
  }
  print(`${segments.length} segments, the shipped engine`, result);
  if (cv) print(`\n${cvArg}-fold cross-validation by policy (fitted on ${Number(cvArg) - 1} folds, scored on the last)`, cv);
});
