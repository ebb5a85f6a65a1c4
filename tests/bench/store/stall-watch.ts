import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * Finds where the event loop stalled during a window, and whether garbage
 * collection was the cause: a 1 ms timer chain notes every gap longer than
 * `thresholdMs`, and a PerformanceObserver notes every GC pause. Used by the
 * runner around a snapshot, so a long delay can be traced to a phase (its
 * time since the start) or to the collector.
 */

export interface Stall {
  /** When the stall began, ms after the window opened. */
  atMs: number;
  ms: number;
  /** GC pauses overlapping the stall, in ms. */
  gcMs: number;
}

export class StallWatch {
  private readonly start = performance.now();
  private readonly gaps: Array<{ from: number; to: number }> = [];
  private readonly gcs: Array<{ from: number; to: number }> = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEntry[]) this.gcs.push({ from: e.startTime, to: e.startTime + e.duration });
  });
  private timer: NodeJS.Timeout | null = null;
  private last = performance.now();

  constructor(private readonly thresholdMs = 20) {
    this.observer.observe({ entryTypes: ['gc'] });
    const tick = () => {
      const t = performance.now();
      if (t - this.last > this.thresholdMs) this.gaps.push({ from: this.last, to: t });
      this.last = t;
      this.timer = setTimeout(tick, 1);
    };
    this.timer = setTimeout(tick, 1);
  }

  /** Stops watching; the longest stalls first, and the GC time of the whole window. */
  stop(top = 5): { stalls: Stall[]; gcTotalMs: number; gcMaxMs: number } {
    if (this.timer) clearTimeout(this.timer);
    this.observer.disconnect();
    const overlap = (g: { from: number; to: number }) =>
      this.gcs.reduce((n, c) => n + Math.max(0, Math.min(g.to, c.to) - Math.max(g.from, c.from)), 0);
    const stalls = this.gaps
      .map((g) => ({ atMs: g.from - this.start, ms: g.to - g.from, gcMs: overlap(g) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
    const durations = this.gcs.map((c) => c.to - c.from);
    return { stalls, gcTotalMs: durations.reduce((a, b) => a + b, 0), gcMaxMs: Math.max(0, ...durations) };
  }
}
