// Real-browser harness: the built extension in Debian's Chromium, fixture pages served from 127.0.0.1.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { CHROMIUM, ROOT, type ExtensionBrowser } from '../../src/cli/chromium-extension';

export { allHighlightCount, CHROMIUM, EXTENSION_DIR, launchWithExtension, ROOT, serve, type ExtensionBrowser } from '../../src/cli/chromium-extension';

// The extension worker's own API, as seen from code evaluated inside it.
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

/** Why browser tests cannot run here, or null. Under CI a missing browser is a failure, not a skip. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `${CHROMIUM} is missing (install Debian's chromium: apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`CI: ${why}`);
  console.warn(`Skipping real-browser tests: ${why}.`);
  return why;
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

/** Presses Fineprint's toolbar button on the tab showing `url`, through DevTools, as a person would: Chromium
 *  then grants activeTab on that tab and opens the popup. */
export async function clickToolbarButton(b: ExtensionBrowser, url: string): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
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
