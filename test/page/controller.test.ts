// @vitest-environment happy-dom
// The content script's side of a failed scan: no answer, even on a second try, is told to the background, which
// keeps it as an error the popup shows (rather than "Reading…" for good).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch } from '../../src/background/handlers';
import { readTabState } from '../../src/background/tab-state';
import type { ProtocolMap } from '../../src/messages';
import { PageController } from '../../src/page/controller';
import { POLICY, reader } from '../background/senders';

// The worker as the page meets it: analyzePage rejects (a stopped worker, a closed port); scanFailed reaches the
// real dispatcher from our reader in tab 3. (The fake browser cannot carry @webext-core's replies.)
const sent = vi.hoisted(() => [] as string[]);
vi.mock('../../src/messages', async (original) => ({
  ...(await original<typeof import('../../src/messages')>()),
  sendMessage: async (type: keyof ProtocolMap, data: unknown) => {
    sent.push(type);
    if (type === 'analyzePage') throw new Error('The message port closed before a response was received.');
    return dispatch(type as 'scanFailed', data, reader(3));
  },
}));

describe('a scan that gets no answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    document.body.innerHTML = POLICY.split('\n').map((p) => `<p>${p}</p>`).join('');
  });

  it('asks twice, then tells the background, which keeps an error for the popup', async () => {
    const controller = new PageController(document);
    await controller.scan();
    expect(sent).toEqual(['analyzePage', 'analyzePage', 'scanFailed']);
    await vi.waitFor(async () => expect(await readTabState(3)).toEqual({
      status: 'error', message: expect.stringMatching(/could not read this page \(The message port closed.*Press Try again/),
    }));
    controller.stop();
  });
});
