// Real-browser harness: the built extension in Debian's Chromium, fixture pages served from 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The extension worker's own API, as seen from code evaluated inside it.
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

/** Why browser tests cannot run here, or null. Under CI a missing browser is a failure, not a skip. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `${CHROMIUM} is missing (install Debian's chromium: apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`CI: ${why}`);
  console.warn(`Skipping real-browser tests: ${why}.`);
  return why;
}

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
  for (const d of ['src', 'entrypoints', 'assets']) if (existsSync(join(ROOT, d))) visit(join(ROOT, d));
  for (const f of ['wxt.config.ts', 'package.json']) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

/** The bench build (`wxt build --mode bench`) is the production build plus the content script's performance marks. */
export type BuildMode = 'production' | 'bench';
const extensionDir = (mode: BuildMode) => (mode === 'bench' ? `${EXTENSION_DIR}-bench` : EXTENSION_DIR);

/** Builds the Chrome extension unless a build is already there (CI builds before testing). */
export function ensureBuild(mode: BuildMode = 'production'): void {
  const manifest = join(extensionDir(mode), 'manifest.json');
  if (existsSync(manifest) && !process.env.FINEPRINT_REBUILD && newestSource() <= statSync(manifest).mtimeMs) return;
  execFileSync('npx', ['wxt', 'build', ...(mode === 'bench' ? ['--mode', 'bench'] : [])], { cwd: ROOT, stdio: 'inherit' });
}

export type Route = (path: string) => { body: string; type?: string } | null;

/** Serves fixture pages on 127.0.0.1; routes can be swapped during a test (a changed policy at the same address). */
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

export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; args?: string[]; mode?: BuildMode } = {}): Promise<ExtensionBrowser> {
  ensureBuild(options.mode);
  const dir = extensionDir(options.mode ?? 'production');
  const userDataDir = mkdtempSync(join(tmpdir(), 'fineprint-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'fineprint-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloads,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=DialMediaRouteProvider',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, asked of the extension's own service worker. Without host access to a page the
 *  extension cannot see its URL (no "tabs" permission), so the page must then be the active tab. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.find((t) => t.url === u);
    if (byUrl) return byUrl.id ?? -1;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active && active.url === undefined ? active.id ?? -1 : -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Texts of the ranges in one of Fineprint's named highlights (read from the page's main world). */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

export async function allHighlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => { if (name.startsWith('fineprint-')) n += h.size; });
    return n;
  });
}

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures/pages', name), 'utf8');
}

export const samplePolicy = () => readFileSync(join(ROOT, 'assets/sample-policy.html'), 'utf8');

/** Every text under a page, closed shadow roots included (read through the DevTools protocol, as a person sees it). */
export async function renderedTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const out: string[] = [];
  type Node = { nodeType: number; nodeValue?: string; children?: Node[]; shadowRoots?: Node[]; contentDocument?: Node };
  const walk = (n: Node) => {
    if (n.nodeType === 3 && n.nodeValue?.trim()) out.push(n.nodeValue.trim());
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
  };
  walk(root as Node);
  await cdp.detach();
  return out;
}

/** The viewport centre of the first range of a named highlight whose text includes `part`. */
export async function highlightCentre(page: Page, name: string, part: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(([n, p]) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n!);
    const r = h && [...h].find((x) => x.toString().includes(p!));
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  }, [name, part]);
}
