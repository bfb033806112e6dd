// Mozilla's own linter on the Firefox build: no errors, and no unsafe HTML assignment in our code.
// The build comes from the firefox project's globalSetup (test/setup/firefox-build.ts).
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { buildDir, ROOT } from '../../src/cli/chromium-extension';

const FIREFOX = buildDir('firefox');

it('passes web-ext lint', () => {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out.slice(out.indexOf('{')));
  const messages = [...report.errors, ...report.warnings].map((m: { code: string; file?: string; message: string }) => `${m.code} ${m.file ?? ''}: ${m.message}`);
  if (messages.length) console.log(`web-ext lint:\n${messages.join('\n')}`);
  expect(report.errors).toEqual([]);
  // Preact's renderer holds the only innerHTML assignment (for dangerouslySetInnerHTML, which Fineprint never uses).
  const unsafe = report.warnings.filter((w: { code: string; file?: string }) => w.code.startsWith('UNSAFE') && !/chunks\/popup-/.test(w.file ?? ''));
  expect(unsafe).toEqual([]);
}, 120_000);
