/** The reader's life in a page: one controller per page, stopped only when the extension itself is gone,
 *  and started again when the popup injects the reader into a page whose controller had stopped. */
import { browser } from 'wxt/browser';

export interface Reader {
  start(forced: boolean): Promise<void>;
  stop(): void;
  readonly stopped: boolean;
  /** The user asked for a scan (popup): scan whatever detection said. */
  scanNow(): void;
}

/** The isolated world's global (pages cannot see it) holds the page's one reader. */
interface ReaderGlobal { __fineprint?: { reader: Reader; runtime: unknown }; __fineprintForce?: boolean }

/** False once the extension was reloaded, updated or removed: its APIs are gone from this page. */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/** Starts the page's reader, or reuses the running one; a stopped reader, or one left behind by an earlier
 *  install of the extension, is replaced. */
export function startReader(g: object, create: () => Reader, runtime: unknown = browser.runtime): Reader {
  const slot = g as ReaderGlobal;
  const forced = slot.__fineprintForce === true;
  slot.__fineprintForce = false;
  const current = slot.__fineprint;
  if (current && !current.reader.stopped && current.runtime === runtime && extensionAlive()) {
    if (forced) current.reader.scanNow();
    return current.reader;
  }
  current?.reader.stop();
  const reader = create();
  slot.__fineprint = { reader, runtime };
  void reader.start(forced);
  return reader;
}
