import { readFileSync } from 'node:fs';

/**
 * Small statistics helpers for the store benchmarks. Percentiles are exact
 * (nearest rank over the sorted samples), not estimated from a histogram,
 * so a p99 of a few thousand samples is what the clients really saw.
 */

/** Milliseconds on a clock shared by every process on this machine (see clock offsets in workers.ts). */
export const now = (): number => performance.timeOrigin + performance.now();

export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of samples already sorted ascending. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: Iterable<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const x of sorted) sum += x;
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/** Concatenates sample arrays coming back from several worker processes. */
export function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const median = (xs: number[]): number => percentile(Float64Array.from(xs).sort(), 50);

/** A number for a table: no decimals from 100 on, one below, two below 1. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 1 : 2;
  return x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * CPU time (user + system, seconds) a process of ours has used so far, from
 * /proc (Linux): to see whether a run was bound by the server or by the
 * machine (two cores shared by the server and the client processes).
 */
export function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which is in parentheses and may contain spaces): utime is the 12th, stime the 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
