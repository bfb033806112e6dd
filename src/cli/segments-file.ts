/** Reads a labelled segments file (JSON lines with "text", "tags" and optionally "policy_id") for eval and fit. */
import { readFileSync } from 'node:fs';
import type { Segment } from '../engine/evaluate';
import { fail } from './cli-errors';

export function readSegments(file: string): Segment[] {
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch { fail(`cannot read ${file}`); }
  const segments: Segment[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let s: unknown;
    try { s = JSON.parse(line); } catch { fail(`${file}:${i + 1}: not a JSON line`); }
    const seg = s as Partial<Segment> & { policy_id?: unknown };
    if (typeof seg?.text !== 'string') fail(`${file}:${i + 1}: no "text" string`);
    const policy = typeof seg.policy_id === 'string' || typeof seg.policy_id === 'number' ? seg.policy_id : undefined;
    segments.push({ text: seg.text!, tags: typeof seg.tags === 'object' && seg.tags ? seg.tags : {}, ...(policy !== undefined ? { policy } : {}) });
  });
  if (!segments.length) fail(`${file}: no segments`);
  return segments;
}

/** Cross-validation groups by policy: refuse clearly when the file cannot be grouped. */
export function checkPolicies(file: string, segments: Segment[], k: number): void {
  if (!Number.isInteger(k) || k < 2) fail('--cv needs a whole number of folds, 2 or more (e.g. --cv 5)');
  const missing = segments.findIndex((s) => s.policy === undefined);
  if (missing >= 0) fail(`${file}:${missing + 1}: no "policy_id"; cross-validation groups segments by policy, so every line needs one`);
  const policies = new Set(segments.map((s) => String(s.policy))).size;
  if (policies < k) fail(`${file}: ${policies} policies cannot make ${k} folds`);
}
