import { concat, summarize, type Summary } from '../store/stats.ts';
import { SUMMARIES } from '../store/scenarios/growth.ts';
import type { LoadResult, LoadWriter } from '../store/worker/api.ts';
import type { WorkerPool } from '../store/workers.ts';
import type { ClusterBenchConfig } from './config.ts';
import { cpuProbe, type CpuShare, type CpuSources } from './cpu.ts';
import { connectionsByDatabase } from './costs.ts';
import { dbCounters } from './postgres.ts';
import type { Setup } from './setups.ts';

/**
 * Acked changes per second: the plan's writers update their own claims in
 * a closed loop (send claim:update with a status and a reworded summary,
 * wait for the durable ack, send the next) while every other client stays
 * in its article and receives the broadcasts. What comes out is what the
 * setup makes durable and fans out for this many people at once. For the
 * PostgreSQL setups the database's own counters tell what one change costs
 * it: transactions that wrote (each commit waits for a WAL flush) and WAL
 * bytes.
 */
export interface ThroughputRun {
  ok: number;
  unchanged: number;
  errors: Record<string, number>;
  durationMs: number;
  latencies: Float64Array;
  cpu: CpuShare;
  /** Per acked change (null for the embedded store). */
  writesPerChange: number | null;
  walBytesPerChange: number | null;
  /** PostgreSQL connections of the setup's database right after the load (before idle ones are closed). */
  connections: number | null;
  /** Acked changes in the hot article and in the others, and how many writers each had. */
  hot: { ok: number; writers: number };
  others: { ok: number; writers: number };
}

export interface ThroughputFigures {
  perSecond: number;
  latency: Summary;
  errors: Record<string, number>;
  writesPerChange: number | null;
  walBytesPerChange: number | null;
  connections: number | null;
  /** Acked changes/s per writer in the hot article, and in the others. */
  perWriterHot: number;
  perWriterOthers: number;
}

export async function throughput(setup: Setup, pool: WorkerPool, cfg: ClusterBenchConfig, adminUrl: string, sources: CpuSources, seed: number, durationMs = cfg.throughputMs): Promise<ThroughputRun> {
  const seats = setup.plan.seats.map((seat, i) => ({ seat, ref: setup.refs[i]! })).filter(({ seat }) => seat.writer !== null);
  // One call per worker and article kind, so the hot article's count comes back on its own.
  const groups = new Map<string, { worker: number; hot: boolean; writers: LoadWriter[] }>();
  for (const { seat, ref } of seats) {
    const key = `${ref.worker}:${seat.room === 0}`;
    if (!groups.has(key)) groups.set(key, { worker: ref.worker, hot: seat.room === 0, writers: [] });
    groups.get(key)!.writers.push({ client: ref.index, claimIds: seat.claimIds });
  }
  const counters = () => (setup.db ? dbCounters(adminUrl) : Promise.resolve(null));
  const before = await counters();
  const cpu = cpuProbe(setup, pool, sources);
  const calls = [...groups.values()];
  const results: LoadResult[] = await Promise.all(calls.map((g, i) => pool.workers[g.worker]!.call('load', { writers: g.writers, durationMs, summaries: SUMMARIES, seed: seed * 100 + i })));
  const part = (hot: boolean) => ({
    ok: results.reduce((n, r, i) => n + (calls[i]!.hot === hot ? r.ok : 0), 0),
    writers: calls.reduce((n, g) => n + (g.hot === hot ? g.writers.length : 0), 0),
  });
  const share = cpu();
  const after = await counters();
  const connections = setup.db ? ((await connectionsByDatabase(adminUrl)).get(setup.db.name) ?? 0) : null;
  const ok = results.reduce((n, r) => n + r.ok, 0);
  const errors: Record<string, number> = {};
  for (const r of results) for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
  const per = (pick: 'writes' | 'walBytes') => (before && after ? (after[pick] - before[pick]) / Math.max(1, ok) : null);
  return {
    ok,
    unchanged: results.reduce((n, r) => n + r.unchanged, 0),
    errors,
    durationMs,
    latencies: concat(results.map((r) => r.latency)),
    cpu: share,
    writesPerChange: per('writes'),
    walBytesPerChange: per('walBytes'),
    connections,
    hot: part(true),
    others: part(false),
  };
}

/** Rounds of one setup as one: the rate over all the time, latencies pooled, costs averaged. */
export function pooledThroughput(runs: ThroughputRun[]): ThroughputFigures {
  const errors: Record<string, number> = {};
  for (const r of runs) for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
  const mean = (pick: (r: ThroughputRun) => number | null) => {
    const xs = runs.map(pick).filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const seconds = runs.reduce((n, r) => n + r.durationMs, 0) / 1000;
  return {
    perSecond: runs.reduce((n, r) => n + r.ok, 0) / seconds,
    latency: summarize(concat(runs.map((r) => r.latencies))),
    errors,
    writesPerChange: mean((r) => r.writesPerChange),
    walBytesPerChange: mean((r) => r.walBytesPerChange),
    connections: runs.some((r) => r.connections !== null) ? Math.max(...runs.map((r) => r.connections ?? 0)) : null,
    perWriterHot: runs.reduce((n, r) => n + r.hot.ok, 0) / seconds / Math.max(1, runs[0]!.hot.writers),
    perWriterOthers: runs.reduce((n, r) => n + r.others.ok, 0) / seconds / Math.max(1, runs[0]!.others.writers),
  };
}
