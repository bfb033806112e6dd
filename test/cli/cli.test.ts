// The command line as a user runs it: demo, scan with every format, and bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
};
// Each case starts Node with tsx one or more times: seconds each on a busy two-core machine.
const SPAWNS = { timeout: 120_000 };
const tmp = mkdtempSync(join(tmpdir(), 'fineprint-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run demo', SPAWNS, () => {
  it('prints the sample policy\'s report with retention and legal disclosure', () => {
    const { out, code } = run('demo');
    expect(code).toBe(0);
    expect(out).toMatch(/^Grade [A-E] \(score \d+\/100\)/m);
    expect(out).toContain('== Data retention');
    expect(out).toContain('period: 2 years');
    expect(out).toContain('== Disclosure to authorities');
    expect(out).toContain('to comply with applicable laws or regulations');
  });
});

describe('npm run scan', SPAWNS, () => {
  it('reads HTML and prints JSON, CSV and Markdown', () => {
    const json = JSON.parse(run('scan', 'assets/sample-policy.html', '--format', 'json').out);
    expect(json.tool).toBe('fineprint');
    expect(json.findings.length).toBeGreaterThan(10);
    expect(run('scan', 'assets/sample-policy.html', '--format', 'csv').out.split('\r\n')[0]).toBe('family,severity,polarity,tags,text,explanation,details,rule,id,url');
    expect(run('scan', 'assets/sample-policy.html', '--format=md').out).toContain('# Fineprint report: Privacy Policy');
  });

  it('reads plain text', () => {
    const file = join(tmp, 'policy.txt');
    writeFileSync(file, 'We may sell your personal information to data brokers.\nWe keep logs for 30 days.');
    const { out, code } = run('scan', file);
    expect(code).toBe(0);
    expect(out).toContain('== Sale of data');
  });

  it.each([
    ['a missing file', ['no-such-file.html'], /no such file/],
    ['an empty file', ['EMPTY'], /no readable text/],
    ['binary junk', ['BINARY'], /not text/],
    ['an unknown format', ['assets/sample-policy.html', '--format', 'pdf'], /unknown format/],
    ['no argument', [], /usage/],
  ])('fails with one line on stderr for %s', (_what, args, message) => {
    writeFileSync(join(tmp, 'empty.html'), '<html><body>   </body></html>');
    writeFileSync(join(tmp, 'junk.bin'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    const real = args.map((a) => (a === 'EMPTY' ? join(tmp, 'empty.html') : a === 'BINARY' ? join(tmp, 'junk.bin') : a));
    const { err, code, out } = run('scan', ...real);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('npm run eval', SPAWNS, () => {
  it('scores a small labelled file, and lists tags it never emits', () => {
    const file = join(tmp, 'segments.jsonl');
    writeFileSync(file, [
      { text: 'We retain your logs for two years.', tags: { retention: true, sharing: false } },
      { text: 'We share your data with advertisers.', tags: { retention: false, sharing: true, 'made-up': true } },
      { text: 'Welcome to our site.', tags: { retention: false } },
    ].map((s) => JSON.stringify(s)).join('\n'));
    const j = JSON.parse(run('eval', file, '--json').out);
    expect(j.segments).toBe(3);
    expect(j.tags.retention).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(j.tags.sharing).toMatchObject({ tp: 1, fn: 0 });
    expect(j.unsupported).toEqual(['made-up']);
  });

  it('rejects a file that is not JSON lines', () => {
    const file = join(tmp, 'bad.jsonl');
    writeFileSync(file, 'not json\n');
    const { err, code } = run('eval', file);
    expect(code).not.toBe(0);
    expect(err).toMatch(/not a JSON line/);
  });
});
