import { summarize, type Summary } from '../stats.ts';
import type { LoadResult } from '../worker/api.ts';

/** What an update load comes to: durable updates per second, latency, failures. */
export interface LoadFigures {
  perSecond: number;
  latency: Summary;
  ok: number;
  unchanged: number;
  errors: Record<string, number>;
}

export function loadFigures(r: LoadResult, durationMs: number): LoadFigures {
  return { perSecond: r.ok / (durationMs / 1000), latency: summarize(r.latency), ok: r.ok, unchanged: r.unchanged, errors: r.errors };
}

/** Several rounds of the same load as one: rates added up over the total time, latencies pooled. */
export function pooledFigures(rounds: LoadResult[], durationMs: number): LoadFigures {
  const errors: Record<string, number> = {};
  for (const r of rounds) for (const [k, n] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + n;
  const ok = rounds.reduce((n, r) => n + r.ok, 0);
  return {
    perSecond: ok / ((durationMs * rounds.length) / 1000),
    latency: summarize(rounds.flatMap((r) => Array.from(r.latency))),
    ok,
    unchanged: rounds.reduce((n, r) => n + r.unchanged, 0),
    errors,
  };
}

export const errorText = (errors: Record<string, number>): string => Object.entries(errors).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
