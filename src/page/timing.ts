/** Performance marks of the content script's work, readable in the page's own timeline (never sent anywhere):
 *  the benchmark reads them to report the main-thread time Fineprint costs a page. */

export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`fineprint:${name}`, { start, end: performance.now() });
    } catch { /* a page that replaced performance.measure */ }
  }
}
