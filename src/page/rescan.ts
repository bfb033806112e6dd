/** When to look at a changing page again. A look waits for the page to be quiet, but never longer than a maximum
 *  wait, so a page that never stops changing is still read; every look doubles both waits, so a restless page
 *  (a clock, a self-rewriting feed) costs less and less; and a page is analysed a bounded number of times. */

export interface RescanLimits {
  /** Quiet time before the first look. */
  settleMs: number;
  /** The first look comes at most this long after the first change, however busy the page. */
  maxWaitMs: number;
  /** Back-off stops growing here. */
  longestWaitMs: number;
  /** Analyses a page may ask for in its life; looks that find no material change are not counted. */
  maxAnalyses: number;
}

export const RESCAN_LIMITS: RescanLimits = { settleMs: 800, maxWaitMs: 3000, longestWaitMs: 30_000, maxAnalyses: 12 };

export class RescanSchedule {
  private firstChange = -1;
  private looks = 0;
  private analyses = 0;

  constructor(private limits: RescanLimits = RESCAN_LIMITS) {}

  /** The page changed at `now`: how long from now until the look (the caller replaces any pending timer). */
  changed(now: number): number {
    if (this.firstChange < 0) this.firstChange = now;
    const factor = 2 ** this.looks;
    const quiet = Math.min(this.limits.settleMs * factor, this.limits.longestWaitMs);
    const latest = this.firstChange + Math.min(this.limits.maxWaitMs * factor, this.limits.longestWaitMs);
    return Math.max(0, Math.min(now + quiet, latest) - now);
  }

  /** The look happened: the next one waits longer. */
  looked(): void {
    this.firstChange = -1;
    this.looks++;
  }

  /** Whether another analysis may be asked for; counts it if so. */
  mayAnalyse(): boolean {
    if (this.analyses >= this.limits.maxAnalyses) return false;
    this.analyses++;
    return true;
  }
}
