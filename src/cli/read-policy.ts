/** Reads a policy for the command line: an HTML or text file, or a URL, through the same extraction as the extension. */
import { readFileSync, statSync } from 'node:fs';
import { Window } from 'happy-dom';
import { contentRoot, extractText } from '../page/extract';
import { fail } from './cli-errors';

export interface PolicyInput { text: string; url: string; title: string }

/** Files larger than this are refused rather than read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Readable text from HTML, block by block, as the content script would read the page. */
export function htmlToPolicy(html: string, url: string): PolicyInput {
  const window = new Window({ url: /^https?:/.test(url) ? url : 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const doc = window.document as unknown as Document;
  doc.documentElement.innerHTML = html.replace(/<!doctype[^>]*>/i, '');
  const { text } = extractText(contentRoot(doc));
  const title = doc.title || '';
  void window.happyDOM.close();
  return { text, url, title };
}

function looksLikeHtml(s: string): boolean {
  return /<(?:html|body|p|div|h[1-6]|li|br)\b/i.test(s.slice(0, 5000));
}

function looksBinary(s: string): boolean {
  const sample = s.slice(0, 8000);
  const bad = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  return bad > sample.length * 0.05;
}

export async function readPolicy(source: string): Promise<PolicyInput> {
  let raw: string;
  let url = source;
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source).catch((e: unknown) => fail(`cannot fetch ${source}: ${e instanceof Error ? e.message : String(e)}`));
    if (!res.ok) fail(`cannot fetch ${source}: HTTP ${res.status}`);
    raw = await res.text();
  } else {
    let size: number;
    try { size = statSync(source).size; } catch { fail(`cannot read ${source}: no such file`); }
    if (size > MAX_FILE_BYTES) fail(`${source} is ${Math.round(size / 1e6)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB`);
    try { raw = readFileSync(source, 'utf8'); } catch (e) { fail(`cannot read ${source}: ${e instanceof Error ? e.message : String(e)}`); }
    url = `file://${source}`;
  }
  if (looksBinary(raw)) fail(`${source} is not text (binary data?)`);
  const input = looksLikeHtml(raw) ? htmlToPolicy(raw, url) : { text: raw, url, title: '' };
  if (!input.text.trim()) fail(`${source} has no readable text`);
  return input;
}
