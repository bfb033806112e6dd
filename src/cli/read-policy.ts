/** Reads a policy for the command line: an HTML or text file, or a URL, through the same extraction as the extension. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { contentRoot, extractText } from '../page/extract';
import { CliError, fail } from './cli-errors';

export interface PolicyInput { text: string; url: string; title: string }

/** Files and URL bodies larger than this are refused rather than read into memory. */
export const MAX_BYTES = 50 * 1024 * 1024;

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

export interface ReadOptions {
  /** How long a URL may take, answer and body together (15 s unless `--timeout` says otherwise). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Why a fetch failed, in words that name the cause (undici puts the system error in `cause`). */
export function fetchFailure(url: string, e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  const code = err.cause?.code ?? err.code ?? '';
  const host = (() => { try { return new URL(url).host; } catch { return url; } })();
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return `cannot fetch ${url}: timed out after ${timeoutMs / 1000} s (--timeout SECONDS allows longer)`;
  }
  if (code === 'ECONNREFUSED') return `cannot fetch ${url}: connection refused by ${host} (is a server running there?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `cannot fetch ${url}: DNS lookup of ${host} failed (${code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `cannot fetch ${url}: ${host} closed the connection`;
  if (/certificate|SSL|TLS/i.test(`${code} ${err.cause?.message ?? ''}`)) return `cannot fetch ${url}: TLS failed (${err.cause?.message ?? code})`;
  return `cannot fetch ${url}: ${code || err.cause?.message || err.message || String(e)}`;
}

/** The body of a URL, within the time limit and the size cap. */
async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, { signal, redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      fail(`cannot fetch ${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const tooLarge = () => fail(`cannot fetch ${url}: too large (more than ${MAX_BYTES / 1e6} MB)`);
    if (Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) {
      await res.body?.cancel().catch(() => undefined);
      tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel().catch(() => undefined);
        tooLarge();
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
  } catch (e) {
    if (e instanceof CliError) throw e;
    fail(fetchFailure(url, e, timeoutMs));
  }
}

/** A file's path from what was typed: a path or a `file:` URL. */
function filePath(source: string): string {
  if (!/^file:/i.test(source)) return resolve(source);
  try { return fileURLToPath(source); } catch { fail(`${source} is not a valid file: URL`); }
}

export async function readPolicy(source: string, options: ReadOptions = {}): Promise<PolicyInput> {
  let raw: string;
  let url: string;
  if (/^https?:\/\//i.test(source)) {
    url = source;
    raw = await fetchText(source, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } else {
    const path = filePath(source);
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) fail(`${source} is a folder (give several files or a folder with --format jsonl)`);
      size = st.size;
    } catch (e) {
      if (e instanceof CliError) throw e;
      fail(`cannot read ${source}: no such file`);
    }
    if (size > MAX_BYTES) fail(`${source} is too large: ${Math.round(size / 1e6)} MB; the limit is ${MAX_BYTES / 1e6} MB`);
    try { raw = readFileSync(path, 'utf8'); } catch (e) { fail(`cannot read ${source}: ${e instanceof Error ? e.message : String(e)}`); }
    url = pathToFileURL(path).href;
  }
  if (looksBinary(raw)) fail(`${source} is not text (binary data?)`);
  const input = looksLikeHtml(raw) ? htmlToPolicy(raw, url) : { text: raw, url, title: '' };
  if (!input.text.trim()) fail(`${source} has no readable text`);
  return input;
}
