import { now } from '../store/stats.ts';
import { sleep } from '../store/scenarios/figures.ts';
import type { WorkerPool } from '../store/workers.ts';
import type { ClusterBenchConfig } from './config.ts';
import type { CpuSources } from './cpu.ts';
import { liveRun, type LiveRun } from './live.ts';
import { causeOfDeath } from './nodes.ts';
import type { Setup } from './setups.ts';

/**
 * Broadcasts while the service under the adapter restarts: the paced load
 * runs on a 3-node setup, and `restart` (Redis, or PostgreSQL) is called a
 * few seconds in. What the clients saw: changes refused or never acked,
 * acked changes that some clients never received (on the writer's node and
 * on the others), when those were sent relative to the restart, how late
 * the late ones came, and whether delivery was whole again afterwards. The
 * other setups are watched too: a node that exits is reported with the
 * cause its log gives.
 */
export interface RestartFigures {
  title: string;
  setup: string;
  /** From the restart's start until the service answered again (ms), and what took that time. */
  downMs: number;
  detail: string;
  sent: number;
  acked: number;
  /** Changes not acked, and when they were sent, relative to the restart (ms). */
  failedWindow: [number, number] | null;
  /** Acked changes some receivers never got, by where those receivers were. */
  lostLocal: number;
  lostRemote: number;
  missingReceipts: number;
  lostWindow: [number, number] | null;
  /** Longest send-to-receipt time of a delivered change (ms). */
  worstMs: number;
  /** Every change sent from 3 s after the service was back was acked and reached every client (null: the run ended before). */
  wholeAfter: boolean | null;
  outOfOrder: number;
  disconnected: number;
  /** Nodes of every setup that exited during the run: setup, exit code, cause. */
  exits: Array<{ setup: string; code: number | null; cause: string }>;
}

export async function restartRun(
  title: string,
  setup: Setup,
  watched: Setup[],
  pool: WorkerPool,
  cfg: ClusterBenchConfig,
  sources: CpuSources,
  restart: () => Promise<{ downMs: number; detail: string }>,
): Promise<RestartFigures> {
  let restartedAt = Number.NaN;
  let downMs = Number.NaN;
  let detail = '';
  const before = new Set(watched.flatMap((s) => s.nodes.filter((n) => n.exitCode() !== undefined)));
  const run = await liveRun(setup, pool, sources, {
    ratePerWriter: cfg.live.ratesPerWriter[0]!,
    warmupMs: 0,
    measureMs: cfg.restart.durationMs,
    during: {
      atMs: cfg.restart.restartAtMs,
      run: async () => {
        restartedAt = now();
        ({ downMs, detail } = await restart());
      },
    },
  });
  // A node that dies of it does so within a moment of losing its connection.
  await sleep(1000);
  const exits = watched.flatMap((s) => s.nodes.filter((n) => n.exitCode() !== undefined && !before.has(n)).map((n) => ({ setup: s.key, code: n.exitCode() ?? null, cause: causeOfDeath(n) })));
  return { title, setup: setup.key, downMs, detail, ...analyse(run, restartedAt, downMs), exits };
}

/** The postgres adapter retries its LISTEN connection 1 to 3 s after losing it. */
export const WHOLE_AFTER_MS = 3000;

function analyse(run: LiveRun, restartedAt: number, downMs: number): Omit<RestartFigures, 'title' | 'setup' | 'downMs' | 'detail' | 'exits'> {
  const rel = (t: number) => t - restartedAt;
  const window = (xs: number[]): [number, number] | null => (xs.length ? [Math.min(...xs), Math.max(...xs)] : null);
  const failed = run.changes.filter((c) => !c.acked);
  const lost = run.changes.filter((c) => c.acked && c.missingLocal + c.missingRemote > 0);
  const after = run.changes.filter((c) => c.at > restartedAt + downMs + WHOLE_AFTER_MS);
  const worst = Math.max(0, ...[run.local, run.remote, run.acks].map((xs) => xs.reduce((m, x) => Math.max(m, x), 0)));
  return {
    sent: run.sent,
    acked: run.acked,
    failedWindow: window(failed.map((c) => rel(c.at))),
    lostLocal: lost.filter((c) => c.missingLocal > 0).length,
    lostRemote: lost.filter((c) => c.missingRemote > 0).length,
    missingReceipts: run.missingLocal + run.missingRemote,
    lostWindow: window(lost.map((c) => rel(c.at))),
    worstMs: worst,
    wholeAfter: after.length === 0 ? null : after.every((c) => c.acked && c.missingLocal + c.missingRemote === 0),
    outOfOrder: run.outOfOrder,
    disconnected: run.disconnected,
  };
}
