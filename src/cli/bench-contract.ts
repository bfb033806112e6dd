/** The benchmark's message-contract figures: how many bytes a long policy's report takes in storage.session and in
 *  the background's answer to the page, against the full report (what was stored and sent before the slim form). */
import { buildReport } from '../grading/build-report';
import { packReport, pageReport, unpackReport } from '../report/stored';

export interface ContractFigures {
  words: number;
  findings: number;
  /** JSON bytes of the tab's state holding the full report, as it was once stored and sent. */
  fullReportBytes: number;
  /** JSON bytes of the tab's state as the background stores it (the slim form). */
  storedBytes: number;
  /** JSON bytes of the background's answer to the page. */
  pageAnswerBytes: number;
  /** fullReportBytes / storedBytes and fullReportBytes / pageAnswerBytes: the aim is 5 or more. */
  storedRatio: number;
  pageRatio: number;
  /** Findings the popup and exports still have after the slim form's byte budget. */
  storedFindings: number;
}

const bytes = (v: unknown) => JSON.stringify(v).length;

export async function contractSizes(text: string, words: number): Promise<ContractFigures> {
  const full = buildReport(text, { url: 'https://bench.example/privacy', title: 'Benchmark policy' });
  const stored = await packReport(full);
  const fullReportBytes = bytes({ status: 'report', report: full });
  const storedBytes = bytes({ status: 'report', report: stored });
  const pageAnswerBytes = bytes({ status: 'report', report: pageReport(stored) });
  return {
    words, findings: full.findings.length, fullReportBytes, storedBytes, pageAnswerBytes,
    storedRatio: fullReportBytes / storedBytes, pageRatio: fullReportBytes / pageAnswerBytes,
    storedFindings: (await unpackReport(stored)).findings.length,
  };
}
