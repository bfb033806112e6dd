/** `npm run demo`: scans the bundled sample policy and prints the report. */
import { fileURLToPath } from 'node:url';
import { englishWords } from '../present/locale-files';
import { toText } from '../report/export';
import { buildReport } from '../grading/build-report';
import { runCli } from './cli-errors';
import { readPolicy } from './read-policy';

export const SAMPLE_POLICY = fileURLToPath(new URL('../../assets/sample-policy.html', import.meta.url));

runCli(async () => {
  const policy = await readPolicy(SAMPLE_POLICY);
  process.stdout.write(toText(buildReport(policy.text, { ...policy, url: 'https://natter.example/privacy' }), englishWords()));
});
