// Bad input in Chromium: empty, huge, deep, fragmented, multilingual and restless pages never break anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHighlightCount, browserUnavailable, highlightedTexts, launchWithExtension, openPopup, samplePolicy, serve, tabIdOf, type ExtensionBrowser } from './harness';

const skip = browserUnavailable();
const RTL_CLAUSE = 'We may disclose your data to law enforcement.';
const CJK_CLAUSE = 'We retain your search history for three years.';
const RTL_LAST = 'We may sell your contact list to data brokers.';
const policyBody = () => samplePolicy().replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe.skipIf(skip)('bad input in Chromium', () => {
  let b: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serve>>;
  const errors: string[] = [];

  beforeAll(async () => {
    const huge = page('Privacy Policy', `<main>${policyBody().repeat(Math.ceil(5_000_000 / policyBody().length))}</main>`);
    site = await serve({
      '/privacy/empty': page('Privacy', ''),
      '/privacy/huge': huge,
      '/privacy/deep': page('Privacy Policy', `<div id="root"></div><script>
        let el = document.getElementById('root');
        for (let i = 0; i < 1500; i++) el = el.appendChild(document.createElement('div'));
        el.innerHTML = ${JSON.stringify(policyBody())};</script>`),
      '/privacy/fragments': page('Privacy Policy', `<main id="m"></main><script>
        const m = document.getElementById('m');
        const words = 'We may disclose your data to law enforcement and we retain your logs for two years . '.split(' ');
        for (let p = 0; p < 2000; p++) { const para = document.createElement('p'); for (let i = 0; i < 100; i++) { const s = document.createElement('span'); s.textContent = words[i % words.length] + ' '; para.append(s); } m.append(para); }
      </script>`),
      // Only its own clauses: an English clause inside a right-to-left paragraph, one after Chinese text and
      // before a run of emoji (astral characters are two UTF-16 units), and Arabic and Chinese prose around them.
      '/privacy/multilingual': page('Privacy Policy – 隐私政策 – سياسة الخصوصية', `<main><h1>Privacy Policy</h1>
        <p dir="rtl">نحن نجمع بياناتك عندما تستخدم الخدمة. ${RTL_CLAUSE} 🙂🙂 شكرا لك على ثقتك بنا.</p>
        <p>我们会收集您的信息。${CJK_CLAUSE} 😀 ${'🙈'.repeat(500)}</p>
        <p>Thank you for reading this notice 🌍. Questions about it can be sent to our privacy team by post.</p>
        <p dir="rtl">${RTL_LAST}</p></main>`),
      '/privacy/restless': page('Privacy Policy', `${policyBody()}<p id="clock">0</p><script>
        let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 30);</script>`),
    });
    b = await launchWithExtension();
    b.context.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    b.context.on('weberror', (e) => errors.push(String(e.error())));
  });
  afterAll(async () => {
    await b?.close();
    site?.server.close();
  });

  async function open(path: string) {
    const p = await b.context.newPage();
    await p.goto(`${site.origin}${path}`);
    return p;
  }

  it('an empty page: nothing happens by itself, and "Scan this page" says there is no text', async () => {
    const p = await open('/privacy/empty');
    const popup = await openPopup(b, await tabIdOf(b.worker, `${site.origin}/privacy/empty`));
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await expect.poll(() => popup.locator('[role="alert"]').innerText(), { timeout: 10_000 }).toContain('This page has no readable text.');
    await popup.close();
    await p.close();
  });

  it('a 5 MB policy is analysed up to the cap, and the popup says so', async () => {
    const p = await open('/privacy/huge');
    await expect.poll(() => allHighlightCount(p), { timeout: 90_000 }).toBeGreaterThan(100);
    const popup = await openPopup(b, await tabIdOf(b.worker, `${site.origin}/privacy/huge`));
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Analysed the first 150,000 of [\d,]+ words/);
    await popup.close();
    await p.close();
  });

  // Chromium's own renderer crashes laying out a few thousand nested elements (with or without Fineprint);
  // the 20,000-deep case is a unit test of extraction (test/page/extract.test.ts).
  it('a DOM 1,500 elements deep is read to the bottom', async () => {
    const p = await open('/privacy/deep');
    await expect.poll(() => allHighlightCount(p), { timeout: 20_000 }).toBeGreaterThan(10);
    await p.close();
  });

  it('hundreds of thousands of tiny text nodes', async () => {
    const p = await open('/privacy/fragments');
    await expect.poll(() => allHighlightCount(p), { timeout: 60_000 }).toBeGreaterThan(100);
    await p.close();
  }, 90_000);

  it('right-to-left, CJK and emoji text: each of its clauses highlighted', async () => {
    const p = await open('/privacy/multilingual');
    await expect.poll(() => highlightedTexts(p, 'fineprint-high'), { timeout: 15_000 }).toContain(RTL_CLAUSE);
    const high = await highlightedTexts(p, 'fineprint-high');
    expect(high).toContain(RTL_LAST);
    // KNOWN WEAKNESS: English text is not split at "。", so the Chinese sentence before the clause joins its highlight.
    expect(high.some((t) => t.endsWith(CJK_CLAUSE))).toBe(true);
    // Nothing from the closing lines, which say nothing of concern.
    expect(high.some((t) => t.includes('Thank you') || t.includes('شكرا'))).toBe(false);
    await p.close();
  });

  it('a page that mutates constantly keeps its highlights', async () => {
    const p = await open('/privacy/restless');
    await expect.poll(() => allHighlightCount(p), { timeout: 15_000 }).toBeGreaterThan(10);
    await p.waitForTimeout(2500);
    expect(await allHighlightCount(p)).toBeGreaterThan(10);
    await p.close();
  });

  it('logged no errors anywhere', () => {
    // The fixture server answers 404 for favicon.ico; that is the page's request, not ours.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
