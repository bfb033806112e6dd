/** `npx tsx src/cli/findings-snapshot.ts <segments.jsonl>... > snap.jsonl`: every segment's findings, one line each
 *  (the rules alone, then the shipped engine), so a refactoring of the rules can be diffed clause by clause
 *  (`diff before.jsonl after.jsonl`). Lines name the file and line number and carry no segment text. */
import { analyzeText } from '../engine/analyze';
import { RULES } from '../engine/rules';
import type { Finding } from '../engine/types';
import { fail, runCli } from './cli-errors';
import { readSegments } from './segments-file';

const brief = (f: Finding) => ({ rule: f.rule, polarity: f.polarity, tags: f.tags, severity: f.severity, start: f.start, end: f.end, details: f.details, because: f.because, actor: f.actor, modality: f.modality });

runCli(() => {
  const files = process.argv.slice(2);
  if (!files.length) fail('usage: npx tsx src/cli/findings-snapshot.ts <segments.jsonl>...');
  for (const file of files) {
    readSegments(file).forEach((s, i) => {
      const rules = analyzeText(s.text, RULES, null).findings.map(brief);
      const engine = analyzeText(s.text).findings.map(brief);
      console.log(JSON.stringify({ at: `${file}:${i + 1}`, rules, engine }));
    });
  }
});
