/** `npm run fit -- <segments.jsonl> [--out FILE]`: fits the engine's weights (deterministic) and writes them as data. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitModel, prepare } from '../engine/fit';
import { fail, runCli } from './cli-errors';
import { checkPolicies, readSegments } from './segments-file';

runCli(() => {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = resolve(outAt >= 0 ? (args[outAt + 1] ?? fail('--out needs a file')) : 'src/engine/weights.json');
  const file = args.find((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
  if (!file) fail('usage: npm run fit -- <segments.jsonl> [--out FILE]');
  const segments = readSegments(file);
  // Thresholds come from folds by policy inside the file.
  checkPolicies(file, segments, 4);
  const t0 = Date.now();
  const model = fitModel(prepare(segments), segments.map((_, i) => i));
  const json = `${JSON.stringify(model, null, 0).replace(/,"(bias|threshold|weights|tags)"/g, ',\n"$1"').replace(/\},"/g, '},\n"')}\n`;
  writeFileSync(out, json);
  const features = Object.values(model.weights).reduce((n, w) => n + Object.keys(w).length, 0);
  process.stderr.write(`fitted ${model.tags.length} tags on ${segments.length} segments in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${features} weights, ${(json.length / 1024).toFixed(0)} kB → ${out}\n`);
});
