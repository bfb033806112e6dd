// Where the OPP-115 development split lives (../shared, never copied into the repo), and what to do without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS = resolve(__dirname, '../../shared/corpus/opp115-dev');

/** Why corpus tests cannot run, or null. Under CI a missing corpus is a failure, not a skip. */
export function corpusUnavailable(): string | null {
  if (existsSync(join(CORPUS, 'segments.jsonl'))) return null;
  const why = `the OPP-115 corpus is not at ${CORPUS}`;
  if (process.env.CI === 'true') throw new Error(`CI: ${why}`);
  console.warn(`Skipping corpus tests: ${why}.`);
  return why;
}

export function corpusSegments(): { text: string; tags: Record<string, boolean>; policy: number }[] {
  return readFileSync(join(CORPUS, 'segments.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => {
    const s = JSON.parse(l) as { text: string; tags: Record<string, boolean>; policy_id: number };
    return { text: s.text, tags: s.tags, policy: s.policy_id };
  });
}

/** The corpus policies as readable pages: segments joined, the `|||` separators removed. */
export function corpusPolicies(): { name: string; html: string }[] {
  const dir = join(CORPUS, 'policies');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({
    name: f.replace(/\.html$/, ''),
    html: readFileSync(join(dir, f), 'utf8').split('|||').map((s) => `<p>${s}</p>`).join('\n'),
  }));
}
