/** Performance marks of the content script's work, for the benchmark only: `wxt build --mode bench` turns them on.
 *  A production build has none, so a page cannot read from its own timeline when and how much Fineprint worked. */

/** Replaced at build time: the production bundle keeps no mark and no mark name. */
export const PAGE_MARKS: boolean = import.meta.env.MODE === 'bench';

export function timed<T>(name: string, fn: () => T): T {
  if (!PAGE_MARKS) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    measureSince(name, start);
  }
}

/** Records the time from `start` (a performance.now() reading) to now. */
export function measureSince(name: string, start: number): void {
  if (!PAGE_MARKS) return;
  try {
    performance.measure(`fineprint:${name}`, { start, end: performance.now() });
  } catch { /* a page that replaced performance.measure */ }
}

/** A point in time, such as the moment highlights appear. */
export function markNow(name: string): void {
  if (!PAGE_MARKS) return;
  try {
    performance.mark(`fineprint:${name}`);
  } catch { /* as above */ }
}
