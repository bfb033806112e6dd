/** The built extension in Debian's Chromium, for the real-browser tests and the benchmark alike. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
/** 'chrome-bench' is the Chrome build plus the content script's performance marks (`wxt build --mode bench`). */
export type Target = 'chrome' | 'firefox' | 'chrome-bench';
const OUT_DIRS: Record<Target, string> = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3', 'chrome-bench': '.output/chrome-mv3-bench' };
const BUILD_ARGS: Record<Target, string[]> = { chrome: [], firefox: ['-b', 'firefox', '--mv3'], 'chrome-bench': ['--mode', 'bench'] };
export const buildDir = (target: Target) => join(ROOT, OUT_DIRS[target]);
export const EXTENSION_DIR = buildDir('chrome');

/** The newest modification time among the extension's sources, so a stale build is rebuilt. */
function newestSource(): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src', 'entrypoints', 'assets', 'locales']) if (existsSync(join(ROOT, d))) visit(join(ROOT, d));
  for (const f of ['wxt.config.ts', 'package.json']) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

/** Builds one browser's extension unless an up-to-date build is there (FINEPRINT_REBUILD=1 forces it).
 *  Called once per test run (vitest's globalSetup) and by the benchmark, never by a test file. */
export function buildExtension(target: Target, stdio: 'inherit' | 'ignore' = 'inherit'): void {
  const manifest = join(buildDir(target), 'manifest.json');
  if (existsSync(manifest) && !process.env.FINEPRINT_REBUILD && newestSource() <= statSync(manifest).mtimeMs) return;
  execFileSync('npx', ['wxt', 'build', ...BUILD_ARGS[target]], { cwd: ROOT, stdio });
}

/** Serves pages on 127.0.0.1; routes can be swapped during a run (a changed policy at the same address). */
export async function serve(routes: Record<string, string | (() => string)>): Promise<{ origin: string; server: Server; log: string[]; set(path: string, body: string | (() => string)): void }> {
  const table = new Map(Object.entries(routes));
  const log: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(`${req.method} ${req.url}`);
    const route = table.get(path);
    if (route === undefined) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(typeof route === 'function' ? route() : route);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, server, log, set: (p, b) => table.set(p, b) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  args?: string[];
  /** Extra environment for Chromium: on Linux its UI language comes from LANGUAGE/LANG, not --lang. */
  env?: Record<string, string>;
  /** An unpacked extension other than Fineprint's Chrome build (the benchmark's empty worker). */
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no extension build at ${dir}: vitest's globalSetup builds it (or run npm run build)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'fineprint-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'fineprint-downloads-'));
  const cleanUp = () => {
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      downloadsPath: downloads,
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1100, height: 800 },
      env: { ...process.env as Record<string, string>, ...options.env },
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=DialMediaRouteProvider',
        // Lets DevTools press the toolbar button (Extensions.triggerAction) and stop the worker, as a person or the browser would.
        '--enable-unsafe-extension-debugging',
        ...(options.args ?? []),
      ],
    });
  } catch (e) {
    cleanUp();
    throw e;
  }
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      cleanUp();
    },
  };
}

/** How many ranges Fineprint's named highlights hold on a page (read from the page's main world). */
export async function allHighlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => { if (name.startsWith('fineprint-')) n += h.size; });
    return n;
  });
}

export type { BrowserContext, Page, Worker };
