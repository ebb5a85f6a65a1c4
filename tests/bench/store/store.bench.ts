import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './config.ts';
import { stopAllChildren } from './ipc.ts';
import { runBigSize, type BigSizeResult } from './scenarios/big-size.ts';
import { grow, type Checkpoint } from './scenarios/growth.ts';
import { runLiveSync, type LiveSyncResult } from './scenarios/live-sync.ts';
import { runRevision, type RevisionFigures } from './scenarios/revision.ts';
import { runThroughput, type ThroughputResult } from './scenarios/throughput.ts';
import { stopIsnad } from './servers.ts';
import { WorkerPool } from './workers.ts';

/**
 * The store benchmarks in order: the throughput comparison on its own
 * 3,000-claim store, then one workspace grown through the API and reused
 * for everything measured on the big size (snapshot, bytes, restarts, the
 * 2,000-claim revision, live sync). Everything runs under a temp directory
 * that is removed afterwards, unless something failed (its logs stay).
 */

export interface StoreResults {
  throughput: ThroughputResult;
  checkpoints: Checkpoint[];
  big: BigSizeResult;
  revision: RevisionFigures;
  live: LiveSyncResult;
  /** The server's memory after everything (bytes). */
  finalRss: number;
  /** Seconds per phase. */
  phases: Record<string, number>;
}

export async function runStoreBench(cfg: BenchConfig, log: (s: string) => void): Promise<StoreResults> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  log(`store benchmarks in ${dir}`);
  const pool = await WorkerPool.start(cfg.workers, dir);
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    phases[name] = (performance.now() - start) / 1000;
    return value;
  };
  let ok = false;
  try {
    const throughput = await phase('throughput vs naive lowdb', () => runThroughput(cfg, pool, dir, log));
    const grown = await phase('growth with checkpoints', () => grow(cfg, pool, dir, log));
    const big = await phase('snapshot, bytes, restarts', () => runBigSize(cfg, pool, grown, dir, log));
    const revision = await phase('revision', () => runRevision(cfg, pool, grown, log));
    const live = await phase('live sync', () => runLiveSync(cfg, pool, grown, dir, log));
    const finalRss = (await grown.server.child.call('memory', null)).rss;
    await stopIsnad(grown.server);
    ok = true;
    return { throughput, checkpoints: grown.checkpoints, big, revision, live, finalRss, phases };
  } finally {
    pool.stop();
    stopAllChildren();
    if (ok) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir} (server and worker logs are there)`);
  }
}
