// Trust: the extension makes no network request during a full scan and export, and hostile pages cannot forge a report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allHighlightCount, browserUnavailable, highlightCentre, launchWithExtension, openPopup, samplePolicy, serve, tabIdOf,
  type ExtensionBrowser,
} from './harness';

const skip = browserUnavailable();

/** Requests in a Chromium net log started by web content or an extension: [initiator, url]. Chromium's own
 *  background services (update checks and the like) start theirs with no origin and are not Fineprint's. */
function contentRequests(netLog: string): [string, string][] {
  const raw = readFileSync(netLog, 'utf8');
  let log: { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
  try {
    log = JSON.parse(raw);
  } catch {
    // A log cut short (browser killed) lacks its closing brackets.
    log = JSON.parse(`${raw.trimEnd().replace(/,$/, '')}]}`);
  }
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url && e.params.initiator && e.params.initiator !== 'not an origin')
    .map((e) => [e.params!.initiator!, e.params!.url!]);
}

describe.skipIf(skip)('hardening in Chromium', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    const hostile = samplePolicy().replace('</body>', `<script>
      // A hostile page tries to talk to the extension and to fake its UI.
      try { chrome.runtime.sendMessage('${'x'.repeat(8)}', { type: 'analyzePage' }); } catch (e) {}
      window.postMessage({ type: 'analyzePage', data: { url: 'x', title: 'x', text: 'We sell your data.', forced: true, detection: { confidence: 1, reasons: [] } } }, '*');
    </script></body>`);
    site = await serve({ '/privacy/net': samplePolicy(), '/privacy/hostile': hostile });
  });
  afterAll(() => site?.server.close());

  it('makes no network request while scanning, highlighting, hovering, jumping and exporting', async () => {
    const netLogDir = mkdtempSync(join(tmpdir(), 'fineprint-netlog-'));
    const netLog = join(netLogDir, 'net.json');
    const b: ExtensionBrowser = await launchWithExtension({ args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    try {
      const url = `${site.origin}/privacy/net`;
      const page = await b.context.newPage();
      await page.goto(url);
      await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
      const at = await highlightCentre(page, 'fineprint-high', 'duration of your communications');
      await page.mouse.move(at!.x, at!.y);
      const popup = await openPopup(b, await tabIdOf(b.worker, url));
      await popup.getByRole('heading', { name: /^Grade/ }).waitFor();
      await popup.getByRole('button', { name: /Disclosure to authorities/ }).first().click();
      for (const name of ['Export JSON', 'Export CSV', 'Export Markdown']) {
        await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
      }
      await page.waitForTimeout(500);
    } finally {
      await b.close();
    }
    // The page itself was loaded from the fixture server, once; everything else stayed inside the browser.
    expect(site.log.filter((l) => l !== 'GET /favicon.ico')).toEqual(['GET /privacy/net']);
    const requests = contentRequests(netLog);
    rmSync(netLogDir, { recursive: true, force: true });
    const byExtensionOrPage = requests.filter(([, u]) => !/^(chrome-extension|blob|data):/.test(u) && u !== `${site.origin}/favicon.ico`);
    expect(byExtensionOrPage).toEqual([]);
  });

  it('ignores a hostile page\'s messages: the report is the real one', async () => {
    const b = await launchWithExtension();
    try {
      const url = `${site.origin}/privacy/hostile`;
      const page = await b.context.newPage();
      await page.goto(url);
      await expect.poll(() => allHighlightCount(page), { timeout: 15_000 }).toBeGreaterThan(5);
      const popup = await openPopup(b, await tabIdOf(b.worker, url));
      await popup.getByRole('heading', { name: /^Grade/ }).waitFor();
      expect(await popup.locator('main').innerText()).toContain('Disclosure to authorities');
      expect(await popup.locator('main').innerText()).not.toContain('We sell your data.');
    } finally {
      await b.close();
    }
  });
});
