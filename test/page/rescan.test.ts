// Restless pages: a page that never stops changing is still read, and costs less and less.
import { describe, expect, it } from 'vitest';
import { RESCAN_LIMITS, RescanSchedule } from '../../src/page/rescan';

/** Simulates a page changing every `everyMs` for `forMs`; returns the times at which the reader looked. */
function looksOn(everyMs: number, forMs: number, schedule = new RescanSchedule()): number[] {
  const looks: number[] = [];
  let due = Infinity;
  for (let now = 0; now <= forMs; now++) {
    if (now >= due) { looks.push(now); schedule.looked(); due = Infinity; }
    if (now % everyMs === 0) due = now + schedule.changed(now);
  }
  return looks;
}

describe('re-scans of restless pages', () => {
  it('reads a page that changes more often than it settles within the maximum wait', () => {
    const looks = looksOn(300, 10_000);
    expect(looks[0]).toBeLessThanOrEqual(RESCAN_LIMITS.maxWaitMs);
  });

  it('looks at a quiet page soon after its one change', () => {
    const schedule = new RescanSchedule();
    expect(schedule.changed(0)).toBe(RESCAN_LIMITS.settleMs);
  });

  it('backs off on a page with a clock: a handful of looks in a minute, not one a second', () => {
    const looks = looksOn(1000, 60_000);
    expect(looks.length).toBeGreaterThan(1);
    expect(looks.length).toBeLessThanOrEqual(6);
    // Each wait is longer than the one before.
    const gaps = looks.slice(1).map((t, i) => t - looks[i]!);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
  });

  it('caps the analyses a self-rewriting page can ask for', () => {
    const schedule = new RescanSchedule();
    const granted = Array.from({ length: 100 }, () => schedule.mayAnalyse()).filter(Boolean).length;
    expect(granted).toBe(RESCAN_LIMITS.maxAnalyses);
  });
});
