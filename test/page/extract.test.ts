// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { contentRoot, extractText, rangeFor } from '../../src/page/extract';

function page(html: string) {
  document.body.innerHTML = html;
  return extractText(contentRoot(document));
}

describe('text extraction', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('reads blocks as lines and folds white space', () => {
    const p = page('<h1>Privacy   Policy</h1><p>We keep\n   logs.</p><ul><li>One</li><li>Two</li></ul>');
    expect(p.text).toBe('Privacy Policy\nWe keep logs.\nOne\nTwo\n');
  });

  it('skips navigation, footers, scripts, styles, hidden parts and cookie banners', () => {
    const p = page(`<nav>Menu</nav><div id="cookie-banner">We use cookies. Accept?</div>
      <main><p>Policy text.</p><script>var x = 1;</script><style>p{}</style><p hidden>Hidden.</p>
      <p style="display:none">Gone.</p><p aria-hidden="true">Aria hidden.</p></main><footer>Footer</footer>`);
    expect(p.text).toBe('Policy text.\n');
  });

  it('joins text split across inline elements and maps it back to a DOM range', () => {
    const p = page('<p>We <b>retain</b> your <a href="#">search <i>history</i></a> for two years.</p>');
    const start = p.text.indexOf('retain');
    const end = p.text.indexOf('two years') + 'two years'.length;
    const range = rangeFor(p, start, end)!;
    expect(range.toString()).toBe('retain your search history for two years');
  });

  it('reads table cells and details/summary', () => {
    const p = page('<table><tr><td>Search logs</td><td>2 years</td></tr></table><details><summary>More</summary><p>We keep backups.</p></details>');
    expect(p.text).toBe('Search logs\n2 years\nMore\nWe keep backups.\n');
  });

  it('reads open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>We share data with partners.</p>';
    const p = extractText(contentRoot(document));
    expect(p.text).toContain('We share data with partners.');
    const at = p.text.indexOf('share');
    expect(rangeFor(p, at, at + 5)!.toString()).toBe('share');
  });

  it('survives an empty page and reads a DOM thousands of elements deep', () => {
    expect(page('').text).toBe('');
    let el: Element = document.body;
    document.body.innerHTML = '';
    // happy-dom's own textContent recurses; the real-browser test goes to 20,000.
    for (let i = 0; i < 3_000; i++) el = el.appendChild(document.createElement('span'));
    el.textContent = 'We keep deep text.';
    expect(extractText(contentRoot(document)).text).toBe('We keep deep text.');
  });

  it('reads a tree 20,000 elements deep without recursion', () => {
    // A minimal stand-in for a DOM (happy-dom and Chromium's renderer cannot hold such a page themselves).
    const text = { nodeType: 3, data: 'We keep deep text.' };
    let node: object = text;
    for (let i = 0; i < 20_000; i++) {
      node = {
        nodeType: 1, tagName: 'SPAN', id: '', className: '', style: {}, shadowRoot: null, childNodes: [node],
        hasAttribute: () => false, getAttribute: () => null, closest: () => null,
      };
    }
    expect(extractText(node as Element).text).toBe('We keep deep text.');
  });
});

describe('re-anchoring findings after a small change', () => {
  it('moves a clause to where it now stands and drops one that is gone', async () => {
    const { reanchor } = await import('../../src/page/controller');
    const old = 'Updated 10:01. We sell your data. We keep logs.';
    const now = 'Updated 10:02:33. We sell your data.';
    const f = (text: string) => [text, { id: text, start: old.indexOf(text), end: old.indexOf(text) + text.length, text }] as const;
    const moved = reanchor(new Map([f('We sell your data.'), f('We keep logs.')]) as never, now);
    expect([...moved.values()].map((x) => now.slice(x.start, x.end))).toEqual(['We sell your data.']);
  });
});

describe('the offset map', () => {
  it('maps every kept character back to its place in the DOM, with one run per stretch of single-spaced words', () => {
    document.body.innerHTML = '<p>We  keep   your\n logs for two years.</p><p>We <b>share</b> data.</p>';
    const p = extractText(contentRoot(document));
    expect(p.text).toBe('We keep your logs for two years.\nWe share data.\n');
    for (let i = 0; i < p.text.length; i++) {
      if (/\s/.test(p.text[i]!)) continue;
      const r = rangeFor(p, i, i + 1)!;
      expect(r.toString(), `offset ${i}`).toBe(p.text[i]);
    }
    expect(p.runs.length).toBeLessThan(p.text.split(/\s+/).filter(Boolean).length);
  });
});

describe('the text analysed is the text the reader sees', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('drops soft hyphens, zero-width spaces and other invisible characters, and maps the words back', () => {
    const p = page('<p>We ret\u00adain your se\u200Barch hist\u200Dory and s\u2060ell your d\uFEFFata.</p>');
    expect(p.text).toBe('We retain your search history and sell your data.\n');
    const at = p.text.indexOf('search history');
    expect(rangeFor(p, at, at + 'search history'.length)!.toString()).toBe('se\u200Barch hist\u200Dory');
  });

  it('reads compatibility forms as their plain letters (NFKC): full-width, ligatures, mathematical bold', () => {
    const p = page('<p>We ｓｅｌｌ your data to ad\uFB01rms and 𝐬𝐡𝐚𝐫𝐞 it.</p>');
    expect(p.text).toBe('We sell your data to adfirms and share it.\n');
    const at = p.text.indexOf('share');
    expect(rangeFor(p, at, at + 5)!.toString()).toBe('𝐬𝐡𝐚𝐫𝐞');
    const sell = p.text.indexOf('sell your data');
    expect(rangeFor(p, sell, sell + 'sell your data'.length)!.toString()).toBe('ｓｅｌｌ your data');
  });

  it('folds Cyrillic and Greek look-alike letters in Latin words, and leaves real Cyrillic and Greek text alone', () => {
    // "sеll" and "dаtа" with Cyrillic е and а; "ѕhаre" with Cyrillic ѕ and а; "lаw" with Cyrillic а.
    const p = page('<p>We may \u0455h\u0430re and s\u0435ll your d\u0430t\u0430 to l\u0430w enforcement. Политика конфиденциальности. Πολιτική απορρήτου.</p>');
    expect(p.text).toContain('We may share and sell your data to law enforcement.');
    expect(p.text).toContain('Политика конфиденциальности.');
    expect(p.text).toContain('Πολιτική απορρήτου.');
  });
});

describe('detection sees what the reader sees', () => {
  it('recognises a policy whose words are split by soft hyphens and zero-width spaces', async () => {
    const { detectDocument } = await import('../../src/page/detect');
    const hide = (t: string) => t.replace(/\b([a-z]{2})([a-z]{2,})/gi, '$1\u00ad$2');
    document.title = hide('Privacy Policy');
    document.body.innerHTML = hide(`<h1>Privacy Policy</h1><h2>Information we collect</h2><h2>Your choices</h2><p>${'We collect personal information and may share it with third parties and affiliates. We retain cookies and your IP address. '.repeat(5)}</p>`);
    const detection = detectDocument(document, 'https://example.com/help');
    expect(detection.confidence).toBeGreaterThanOrEqual(0.6);
  });
});

describe('Chinese text is read as written', () => {
  it('keeps full-width punctuation, which the Chinese rules read', () => {
    const text = '在您使用附近商家功能时，我们会收集您的精确位置信息；您可以随时关闭。';
    expect(page(`<p>${text}</p>`).text).toBe(`${text}\n`);
  });
});
