import { concat, summarize, type Summary } from '../store/stats.ts';
import type { SetupResult } from './cluster.bench.ts';
import { addCpu, type CpuShare } from './cpu.ts';
import type { LiveRun } from './live.ts';
import { pooledThroughput, type ThroughputFigures } from './throughput.ts';

/**
 * A setup's rounds as one (latencies pooled, counts added, costs
 * averaged), and the ratios between setups round by round: each ratio
 * compares two measurements taken a minute or two apart in the same run.
 */
export interface LiveFigures {
  /** Every receipt: receivers on the writer's node, on the others, and the sender's ack. */
  all: Summary;
  local: Summary;
  remote: Summary;
  ack: Summary;
  sent: number;
  acked: number;
  deliveredPct: number;
  expected: number;
  missingLocal: number;
  missingRemote: number;
  duplicates: number;
  unexpected: number;
  outOfOrder: number;
  stragglers: number;
  disconnected: number;
  cpu: CpuShare;
}

export interface SetupFigures {
  result: SetupResult;
  throughput: ThroughputFigures;
  throughputCpu: CpuShare;
  /** By rate. */
  live: LiveFigures[];
}

export const allReceipts = (r: LiveRun) => concat([r.local, r.remote, r.acks]);

export function liveFigures(runs: LiveRun[]): LiveFigures {
  const sum = (pick: (r: LiveRun) => number) => runs.reduce((n, r) => n + pick(r), 0);
  return {
    all: summarize(concat(runs.map(allReceipts))),
    local: summarize(concat(runs.map((r) => r.local))),
    remote: summarize(concat(runs.map((r) => r.remote))),
    ack: summarize(concat(runs.map((r) => r.acks))),
    sent: sum((r) => r.sent),
    acked: sum((r) => r.acked),
    deliveredPct: (100 * sum((r) => r.delivered)) / Math.max(1, sum((r) => r.offered)),
    expected: sum((r) => r.expectedLocal + r.expectedRemote),
    missingLocal: sum((r) => r.missingLocal),
    missingRemote: sum((r) => r.missingRemote),
    duplicates: sum((r) => r.duplicates),
    unexpected: sum((r) => r.unexpected),
    outOfOrder: sum((r) => r.outOfOrder),
    stragglers: sum((r) => r.stragglers),
    disconnected: Math.max(0, ...runs.map((r) => r.disconnected)),
    cpu: addCpu(runs.map((r) => r.cpu)),
  };
}

export function setupFigures(result: SetupResult): SetupFigures {
  return {
    result,
    throughput: pooledThroughput(result.throughput),
    throughputCpu: addCpu(result.throughput.map((t) => t.cpu)),
    live: result.live.map(liveFigures),
  };
}

const rateOf = (r: SetupResult, round: number) => r.throughput[round]!.ok / (r.throughput[round]!.durationMs / 1000);

/** Per round: acked changes/s of setup `a` over those of setup `b`. */
export const rateRatios = (a: SetupResult, b: SetupResult): number[] => a.throughput.map((_, i) => rateOf(a, i) / rateOf(b, i));

/** Per round, at one rate: a figure of a's paced run over the same of b's. */
export const liveRatios = (a: SetupResult, b: SetupResult, rate: number, pick: (run: LiveRun) => number): number[] =>
  a.live[rate]!.map((run, i) => pick(run) / pick(b.live[rate]![i]!));

export const p99All = (run: LiveRun) => summarize(allReceipts(run)).p99;
export const p99Remote = (run: LiveRun) => summarize(run.remote).p99;

/** Everything delivered: every measured change acked, every receipt in, nothing twice or unexpected. */
export const wholeDelivery = (l: LiveFigures) => l.sent === l.acked && l.missingLocal + l.missingRemote === 0 && l.duplicates === 0 && l.unexpected === 0;
