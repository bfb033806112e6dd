// The reader's life in a page: one per page, a re-injection restarts a stopped one, a forced injection scans.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startReader, type Reader } from '../../src/page/lifecycle';

class FakeReader implements Reader {
  stopped = false;
  starts: boolean[] = [];
  scans = 0;
  async start(forced: boolean) { this.starts.push(forced); }
  stop() { this.stopped = true; }
  scanNow() { this.scans++; }
}

describe('reader lifecycle', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one running reader per page and asks it to scan when the popup injects again', () => {
    const g: Record<string, unknown> = {};
    const first = startReader(g, () => new FakeReader()) as FakeReader;
    expect(first.starts).toEqual([false]);
    g.__fineprintForce = true;
    const again = startReader(g, () => new FakeReader());
    expect(again).toBe(first);
    expect(first.scans).toBe(1);
  });

  it('starts a new reader, forced, when the page\'s reader had stopped', () => {
    const g: Record<string, unknown> = {};
    const first = startReader(g, () => new FakeReader()) as FakeReader;
    first.stop();
    g.__fineprintForce = true;
    const next = startReader(g, () => new FakeReader()) as FakeReader;
    expect(next).not.toBe(first);
    expect(next.starts).toEqual([true]);
  });

  it('replaces a reader left behind by an earlier install of the extension', () => {
    const g: Record<string, unknown> = {};
    const old = startReader(g, () => new FakeReader(), { id: 'the old install' }) as FakeReader;
    const next = startReader(g, () => new FakeReader());
    expect(old.stopped).toBe(true);
    expect(next).not.toBe(old);
  });
});
