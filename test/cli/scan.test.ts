// `npm run scan` on URLs that fail in every way a network can, and on many policies at once.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFailure, MAX_BYTES } from '../../src/cli/read-policy';

/** The CLI in a child process, without blocking this one (its HTTP servers must keep answering). */
function scan(...args: string[]): Promise<{ out: string; err: string; code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => done({ out, err, code, ms: Date.now() - started }));
  });
}

const SPAWNS = { timeout: 120_000 };
const SAMPLE = resolve('assets/sample-policy.html');
const tmp = mkdtempSync(join(tmpdir(), 'fineprint-scan-'));
let server: Server;
let origin = '';
let closedPort = 0;
const hanging: import('node:http').ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/privacy') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>We may sell your personal information to data brokers. We keep logs for two years.</p></body></html>');
    else if (req.url === '/hang') hanging.push(res); // accepts, never answers
    else if (req.url === '/big-declared') res.writeHead(200, { 'content-length': String(MAX_BYTES + 1) }).end('x');
    else if (req.url === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => { while (sent <= MAX_BYTES && res.write(chunk)) sent += chunk.length; if (sent > MAX_BYTES) res.end(); else res.once('drain', pump); };
      res.on('error', () => undefined);
      pump();
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // A port that was just free and is closed again: nothing listens there.
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
});
afterAll(async () => {
  for (const r of hanging) r.destroy();
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
  rmSync(tmp, { recursive: true, force: true });
});

describe('scan of a URL', SPAWNS, () => {
  it('reads a page from a server and names it in the report', async () => {
    const { out, code } = await scan(`${origin}/privacy`, '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.url).toBe(`${origin}/privacy`);
    expect(json.findings.some((f: { family: string }) => f.family === 'sale')).toBe(true);
  });

  it.each([
    ['a server that never answers', '/hang', ['--timeout', '1'], /timed out after 1 s/],
    ['a missing page', '/nothing-here', [], /HTTP 404 Not Found/],
    ['a body declared larger than the cap', '/big-declared', [], /too large \(more than 52\.\d+ MB\)/],
    ['a body that grows past the cap', '/big-streamed', [], /too large/],
  ])('fails with one line naming the cause for %s', async (_what, path, extra, message) => {
    const { out, err, code, ms } = await scan(`${origin}${path}`, ...extra);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    if (path === '/hang') expect(ms).toBeLessThan(60_000); // it gave up instead of hanging
  });

  it('says the connection was refused when nothing listens', async () => {
    const { err, code } = await scan(`http://127.0.0.1:${closedPort}/privacy`);
    expect(code).not.toBe(0);
    expect(err).toMatch(/connection refused by 127\.0\.0\.1:\d+/);
  });

  it('names a DNS failure, a reset and a timeout from the errors fetch gives', () => {
    // Looking up a name would leave this machine, so the errors are the shapes undici throws.
    const failed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
    expect(fetchFailure('https://no-such.example/p', failed('ENOTFOUND'), 15_000)).toBe('cannot fetch https://no-such.example/p: DNS lookup of no-such.example failed (ENOTFOUND)');
    expect(fetchFailure('https://a.example/', failed('EAI_AGAIN'), 15_000)).toMatch(/DNS lookup of a\.example failed/);
    expect(fetchFailure('https://a.example/', failed('ECONNRESET'), 15_000)).toMatch(/closed the connection/);
    expect(fetchFailure('https://a.example/', new DOMException('timeout', 'TimeoutError'), 15_000)).toMatch(/timed out after 15 s/);
  });

  it('refuses a bad --timeout', async () => {
    const { err, code } = await scan(`${origin}/privacy`, '--timeout', 'soon');
    expect(code).not.toBe(0);
    expect(err).toMatch(/--timeout needs seconds/);
  });
});

describe('scan of files', SPAWNS, () => {
  it('writes a valid file: URL for a file', async () => {
    const json = JSON.parse((await scan('assets/sample-policy.html', '--format', 'json')).out);
    expect(json.url).toBe(pathToFileURL(SAMPLE).href);
    expect(new URL(json.url).pathname).toBe(SAMPLE);
  });

  it('refuses several paths in a one-report format instead of ignoring some', async () => {
    const { out, err, code } = await scan(SAMPLE, SAMPLE);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/2 policies given: use --format jsonl/);
  });

  it('prints one report per line for several paths and a folder, in order; a bad file is one error line', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'a.html'));
    writeFileSync(join(dir, 'b.txt'), 'We may disclose your data to law enforcement on request. We retain your search history for two years.');
    writeFileSync(join(dir, 'sub', 'c.html'), '<html><body>   </body></html>'); // no readable text
    copyFileSync(SAMPLE, join(dir, 'sub', 'd.htm'));
    writeFileSync(join(dir, 'notes.md'), 'not a policy file'); // not a policy file type: skipped
    const outside = join(tmp, 'outside.txt');
    writeFileSync(outside, 'We share your information with advertising partners.');
    for (const jobs of ['1', '2']) {
      const { out, err, code } = await scan(dir, outside, '--format', 'jsonl', '--jobs', jobs);
      const urls = out.trim().split('\n').map((l) => JSON.parse(l).url);
      expect(urls, `--jobs ${jobs}`).toEqual([join(dir, 'a.html'), join(dir, 'b.txt'), join(dir, 'sub', 'd.htm'), outside].map((p) => pathToFileURL(p).href));
      const errors = err.split('\n').filter((l) => l.startsWith('fineprint: ') && !/scanned \d+ of/.test(l));
      expect(errors[0]).toBe(`fineprint: ${join(dir, 'sub', 'c.html')} has no readable text`);
      expect(err).toMatch(/scanned 5 of 5 \(1 failed\)/);
      expect(errors.at(-1)).toMatch(/1 of 5 policies could not be scanned/);
      expect(code).toBe(1);
    }
  });

  it('gives the same reports with one worker thread or two', async () => {
    const dir = join(tmp, 'same');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 6; i++) copyFileSync(SAMPLE, join(dir, `p${i}.html`));
    const strip = (out: string) => out.trim().split('\n').map((l) => ({ ...JSON.parse(l), scannedAt: '' }));
    const one = await scan(dir, '--format', 'jsonl', '--jobs', '1');
    const two = await scan(dir, '--format', 'jsonl', '--jobs', '2');
    expect(one.code).toBe(0);
    expect(strip(two.out)).toEqual(strip(one.out));
    expect(strip(one.out)).toHaveLength(6);
  });

  it('refuses a folder without policy files, and a bad --jobs', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty, { recursive: true });
    expect((await scan(empty, '--format', 'jsonl')).err).toMatch(/holds no \.html, \.htm or \.txt files/);
    expect((await scan(SAMPLE, '--jobs', '0')).err).toMatch(/--jobs needs a whole number/);
  });
});
