/** One scan worker thread: reads a policy, analyses it, and answers with its report as one JSON line or one error. */
import { parentPort, workerData } from 'node:worker_threads';
import { englishWords } from '../present/locale-files';
import { toExportObject } from '../report/export';
import { buildReport } from '../grading/build-report';
import { CliError } from './cli-errors';
import { readPolicy } from './read-policy';
import type { WorkerAnswer } from './scan-batch';

const { timeoutMs } = workerData as { timeoutMs: number };

parentPort!.on('message', async ({ index, source }: { index: number; source: string }) => {
  let answer: WorkerAnswer;
  try {
    const policy = await readPolicy(source, { timeoutMs });
    answer = { index, line: JSON.stringify(toExportObject(buildReport(policy.text, policy), englishWords())) };
  } catch (e) {
    answer = { index, error: e instanceof CliError ? e.message : `${source}: unexpected error: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort!.postMessage(answer);
});
