// A page on one site must not be able to plant its report or history under another site's policy text.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleAnalyzePage } from '../../src/background/handlers';
import { historyItem } from '../../src/background/history';
import { readTabState } from '../../src/background/tab-state';
import { shownState } from '../../src/popup/backend';
import type { PageScan } from '../../src/messages';

const POLICY = `Privacy Policy
We retain your search history and communication logs for two years.
We may disclose your data to comply with applicable laws or regulations, or to law enforcement.
We share your information with our affiliates and advertising partners.
We collect your IP address, device identifiers and browser type when you use the service.
We may sell your personal information to data brokers.`;

/** The 32-bit FNV-1a key (plus length) that reports and history were once keyed by. */
function fnv(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
const FNV_INVERSE = 0x359c449b; // 0x01000193 × this ≡ 1 (mod 2^32)
function unFnv(h: number, tail: string): number {
  for (let i = tail.length - 1; i >= 0; i--) h = (Math.imul(h, FNV_INVERSE) >>> 0) ^ tail.charCodeAt(i);
  return h >>> 0;
}

/** Harmless text of the policy's length whose old key equals the policy's: meet in the middle on a 6-letter tail. */
function forge(target: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const triples: string[] = [];
  for (const a of letters) for (const b of letters) for (const c of letters) triples.push(a + b + c);
  const filler = 'Our recipes use fresh vegetables and we love to cook with friends on the weekend. ';
  const prefix = filler.repeat(Math.ceil(target.length / filler.length)).slice(0, target.length - 6);
  const start = fnv(prefix);
  const forward = new Map<number, string>();
  for (const t of triples) forward.set(fnv(t, start), t);
  const goal = fnv(target);
  for (const t of triples) {
    const first = forward.get(unFnv(goal, t));
    if (first) return prefix + first + t;
  }
  throw new Error('no collision in this search space');
}

const scan = (text: string, url: string): PageScan => ({ url, title: 'Page', text, loaded: true });
const shown = async (tabId: number) => shownState(await readTabState(tabId));
const tab = (id: number, url: string) => ({ id: fakeBrowser.runtime.id, tab: { id } as never, url });

describe('reports and history keyed by content that cannot be forged', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a text built to collide with a policy\'s old key gets its own report', async () => {
    const fake = forge(POLICY);
    expect(fake).not.toBe(POLICY);
    expect(fnv(fake)).toBe(fnv(POLICY));
    expect(fake.length).toBe(POLICY.length);

    const attacker = await handleAnalyzePage(scan(fake, 'https://recipes.example/privacy'), tab(1, 'https://recipes.example/privacy'));
    await handleAnalyzePage(scan(POLICY, 'https://chat.example/privacy'), tab(2, 'https://chat.example/privacy'));
    const real = await shown(2);
    expect(attacker.status).toBe('report');
    expect(real.status).toBe('report');
    if (real.status !== 'report') return;
    const families = new Set(real.report.findings.map((f) => f.family));
    expect(families).toContain('legal-disclosure');
    expect(families).toContain('sale');
    expect(real.report.findings.every((f) => POLICY.includes(f.text))).toBe(true);
  });

  it('history does not take a forged text for the policy it remembers', async () => {
    await handleAnalyzePage(scan(POLICY, 'https://chat.example/privacy'), tab(2, 'https://chat.example/privacy'));
    const remembered = (await historyItem.getValue())['chat.example/privacy'];
    expect(remembered?.textHash).toMatch(/^[0-9a-f]{64}$/);
    // The forged text at the same address is a change of text, not the same visit again.
    await handleAnalyzePage(scan(forge(POLICY), 'https://chat.example/privacy'), tab(2, 'https://chat.example/privacy'));
    const forged = await shown(2);
    expect(forged.status === 'report' && forged.report.changes?.removed.length).toBeGreaterThan(0);
  });
});
