/** `npm run scan -- <file|folder|URL>... [--format text|json|csv|md|jsonl] [--jobs N] [--timeout S]`: the engine on any policy. */
import { englishWords } from '../present/locale-files';
import { formatReport, toExportObject, type ExportFormat } from '../report/export';
import { buildReport } from '../grading/build-report';
import { fail, runCli } from './cli-errors';
import { DEFAULT_TIMEOUT_MS, readPolicy } from './read-policy';
import { expandInputs, scanMany } from './scan-batch';

type Format = ExportFormat | 'jsonl';
const FORMATS: Format[] = ['text', 'json', 'csv', 'md', 'jsonl'];
const USAGE = 'usage: npm run scan -- <file.html|file.txt|folder|URL>... [--format text|json|csv|md|jsonl] [--jobs N] [--timeout SECONDS]';

export interface ScanArgs { sources: string[]; format: Format; jobs: number; timeoutMs: number }

export function parseScanArgs(args: string[]): ScanArgs {
  let format: Format | undefined;
  let jobs = 1;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const option = a.match(/^--(format|jobs|timeout)(?:=(.*))?$/);
    if (option) {
      const value = option[2] ?? args[++i];
      if (option[1] === 'format') {
        if (!FORMATS.includes(value as Format)) fail(`unknown format "${value ?? ''}": use ${FORMATS.join(', ')}`);
        format = value as Format;
      } else if (option[1] === 'jobs') {
        jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) fail(`--jobs needs a whole number from 1 to 64, not "${value ?? ''}"`);
      } else {
        const seconds = Number(value);
        if (!(seconds > 0) || seconds > 600) fail(`--timeout needs seconds between 0 and 600, not "${value ?? ''}"`);
        timeoutMs = seconds * 1000;
      }
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else sources.push(a);
  }
  if (!sources.length) fail(USAGE);
  return { sources, format: format ?? 'text', jobs, timeoutMs };
}

runCli(async () => {
  const args = parseScanArgs(process.argv.slice(2));
  const inputs = expandInputs(args.sources);
  if (args.format !== 'jsonl') {
    // One report per run in these formats: several inputs would be silently glued together, so refuse.
    if (inputs.length !== 1 || inputs[0] !== args.sources[0]) {
      fail(`${inputs.length} policies given: use --format jsonl for one report per line (text, json, csv and md show one policy)`);
    }
    const policy = await readPolicy(inputs[0]!, { timeoutMs: args.timeoutMs });
    process.stdout.write(formatReport(buildReport(policy.text, policy), args.format, englishWords()));
    return;
  }
  if (inputs.length === 1 && args.jobs === 1) {
    const policy = await readPolicy(inputs[0]!, { timeoutMs: args.timeoutMs });
    process.stdout.write(`${JSON.stringify(toExportObject(buildReport(policy.text, policy), englishWords()))}\n`);
    return;
  }
  const failed = await scanMany(inputs, { jobs: args.jobs, timeoutMs: args.timeoutMs });
  if (failed) fail(`${failed} of ${inputs.length} policies could not be scanned (see above)`);
});
