// Every test run gets its own temporary folder (TMPDIR for vitest's workers, Chromium and its children), removed at the end.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): (() => void) | void {
  // Each project runs the root's setup again: the first one owns the folder.
  if (process.env.FINEPRINT_TEST_TMP) return;
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.FINEPRINT_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  return () => {
    // Tests clean up after themselves; anything still here is a leak worth naming, and is removed anyway.
    // tsx's compile cache (tsx-UID, from the CLI tests) is a cache by design, not a leak.
    const left = readdirSync(dir).filter((f) => !/^tsx-\d+$/.test(f));
    if (left.length) console.warn(`Test run left in the temp folder (removed now): ${left.join(', ')}`);
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env.FINEPRINT_TEST_TMP;
  };
}
