/** `npm run scan -- <file.html|file.txt|URL> [--format text|json|csv|md]`: the engine on any policy. */
import { englishWords } from '../present/locale-files';
import { formatReport, type ExportFormat } from '../report/export';
import { buildReport } from '../report/report';
import { fail, runCli } from './cli-errors';
import { readPolicy } from './read-policy';

const FORMATS: ExportFormat[] = ['text', 'json', 'csv', 'md'];

export function parseScanArgs(args: string[]): { source: string; format: ExportFormat } {
  let format: ExportFormat = 'text';
  let source = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const f = a.includes('=') ? a.split('=')[1] : args[++i];
      if (!FORMATS.includes(f as ExportFormat)) fail(`unknown format "${f ?? ''}": use ${FORMATS.join(', ')}`);
      format = f as ExportFormat;
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else source = a;
  }
  if (!source) fail('usage: npm run scan -- <file.html|file.txt|URL> [--format text|json|csv|md]');
  return { source, format };
}

runCli(async () => {
  const { source, format } = parseScanArgs(process.argv.slice(2));
  const policy = await readPolicy(source);
  process.stdout.write(formatReport(buildReport(policy.text, policy), format, englishWords()));
});
