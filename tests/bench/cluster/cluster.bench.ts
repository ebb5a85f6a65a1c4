import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type PostgresCluster } from '../../helpers/postgres-cluster.ts';
import { effectiveCores } from '../store/cores.ts';
import { stopAllChildren } from '../store/ipc.ts';
import { summarize, type Summary } from '../store/stats.ts';
import { WorkerPool } from '../store/workers.ts';
import { buildBase } from './base.ts';
import type { ClusterBenchConfig } from './config.ts';
import { rssOf } from './costs.ts';
import type { CpuSources } from './cpu.ts';
import { liveRun, type LiveRun } from './live.ts';
import { postmaster, restartPostgres, stopPostmaster } from './postgres.ts';
import { RedisServer } from './redis.ts';
import { restartRun, type RestartFigures } from './restart.ts';
import { E1, P1, P3, R3, startSetup, stopSetup, type Setup, type SetupSpec } from './setups.ts';
import { throughput, type ThroughputRun } from './throughput.ts';

/**
 * Several nodes on PostgreSQL, measured side by side in one run: the
 * embedded store on one node (E1), PostgreSQL on one node (P1) and on
 * three (P3) with the server's postgres adapter, and three nodes with the
 * Redis Streams adapter (R3), all on one PostgreSQL cluster with fsync on,
 * each setup on its own copy of one workspace, loaded in turns with the
 * same clients. Then the restarts: Redis under R3's load, and PostgreSQL
 * under a fourth 3-node setup whose adapter connection has an 'error'
 * listener (see adapters.ts), watching what the other setups' nodes do.
 */

export interface SetupResult {
  spec: SetupSpec;
  throughput: ThroughputRun[];
  /** By rate (cfg.live.ratesPerWriter), then by round. */
  live: LiveRun[][];
  join: Summary;
  /** Resident memory of each node after the rounds (bytes). */
  rss: number[];
}

export interface ClusterResults {
  cfg: ClusterBenchConfig;
  base: { articles: number; claims: number; hotClaims: number; buildSeconds: number };
  setups: SetupResult[];
  restarts: RestartFigures[];
  redisRss: number;
  maxClockOffsetMs: number;
  /** Two busy threads' work over one's, measured before each round: how much of the two cores this run had. */
  coresByRound: number[];
  phases: Record<string, number>;
}

/** PostgreSQL and Redis started here, so that an interrupted run can still stop them (by pid). */
const services = new Set<() => void>();

export function stopServicesNow(): void {
  for (const stop of services) stop();
}

export async function runClusterBench(cfg: ClusterBenchConfig, log: (s: string) => void): Promise<ClusterResults> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cluster-bench-'));
  log(`several nodes: benchmark in ${dir}`);
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    phases[name] = (performance.now() - start) / 1000;
    return value;
  };
  let cluster: PostgresCluster | null = null;
  let dataDir: string | null = null;
  let redis: RedisServer | null = null;
  let pool: WorkerPool | null = null;
  let restartedPg: { stop(): Promise<void> } | null = null;
  const setups: Setup[] = [];
  let ok = false;
  try {
    // Durable: fsync on (the default), as a newsroom would run it.
    cluster = await startPostgres();
    const pgDir = (await postmaster(cluster.url)).dataDir;
    dataDir = pgDir;
    services.add(() => signalPid(join(pgDir, 'postmaster.pid'), 'SIGINT'));
    redis = await RedisServer.start(dir);
    const redisPid = redis.pid;
    services.add(() => process.kill(redisPid, 'SIGTERM'));
    pool = await WorkerPool.start(cfg.workers, dir);
    const [adminUrl, workers, redisServer] = [cluster.url, pool, redis];

    const base = await phase('build the workspace', () => buildBase(cfg, adminUrl, workers, dir, log));
    const ctx = { cfg, base, adminUrl, pool, dir, redisUrl: redis.url };
    await phase('start the setups', async () => {
      for (const spec of [E1, P1, P3, R3]) setups.push(await startSetup(spec, ctx));
    });
    await pool.calibrate();
    const sources: CpuSources = { postmasterPid: (await postmaster(adminUrl)).pid, redisPid: redis.pid };
    log(`several nodes: ${setups.length} setups up, ${cfg.clients} clients each in ${base.workspace.articles.length} articles`);

    // JIT, pools and caches warm on every setup before anything counts.
    await phase('warm-up', async () => {
      for (const s of setups) await throughput(s, workers, cfg, adminUrl, sources, 0, cfg.throughputMs / 4);
    });
    const coresByRound: number[] = [];
    const runs = new Map(setups.map((s) => [s.key, { throughput: [] as ThroughputRun[], live: cfg.live.ratesPerWriter.map(() => [] as LiveRun[]) }]));
    await phase('rounds', async () => {
      for (let round = 1; round <= cfg.rounds; round++) {
        coresByRound.push(await effectiveCores(1000));
        log(`round ${round}: two busy threads get ${coresByRound.at(-1)!.toFixed(2)}× the work of one`);
        for (const s of setups) {
          const t = await throughput(s, workers, cfg, adminUrl, sources, round);
          runs.get(s.key)!.throughput.push(t);
          const p99 = (xs: Float64Array) => summarize(xs).p99.toFixed(0);
          const lines = [`${(t.ok / (t.durationMs / 1000)).toFixed(0)} acked changes/s (p99 ${summarize(t.latencies).p99.toFixed(0)} ms)`];
          for (const [i, ratePerWriter] of cfg.live.ratesPerWriter.entries()) {
            const l = await liveRun(s, workers, sources, { ratePerWriter, warmupMs: cfg.live.warmupMs, measureMs: cfg.live.measureMs });
            runs.get(s.key)!.live[i]!.push(l);
            lines.push(`at ${ratePerWriter * cfg.writers}/s p99 local ${p99(l.local)} / remote ${p99(l.remote)} / ack ${p99(l.acks)} ms, ${l.deliveredPct.toFixed(2)}% delivered, ${l.outOfOrder} out of order`);
          }
          log(`round ${round} ${s.key}: ${lines.join('; ')}`);
        }
      }
    });
    const hot = base.workspace.articles[0]!;
    const results: SetupResult[] = [];
    for (const s of setups) {
      const times = await workers.workers[s.prober.worker]!.call('join', { clients: Array.from({ length: cfg.joins }, () => s.prober.index), articleId: hot.id, concurrency: 1, leave: true });
      results.push({
        spec: { key: s.key, label: s.label, store: s.store, adapter: s.adapter, size: s.size },
        ...runs.get(s.key)!,
        join: summarize(times),
        rss: await Promise.all(s.nodes.map((n) => n.rss())),
      });
    }
    const redisRss = rssOf(redis.pid);

    const restarts = await phase('restarts', async () => {
      const r3 = setups.find((s) => s.key === 'R3')!;
      const out = [await restartRun('Redis restarts under the Redis Streams adapter', r3, setups, workers, cfg, sources, async () => ({ downMs: await redisServer.restart(), detail: '' }))];
      log(`restart: Redis was away ${out[0]!.downMs.toFixed(0)} ms`);
      const p3 = setups.find((s) => s.key === 'P3')!;
      out.push(
        await restartRun('PostgreSQL restarts under the postgres adapter', p3, setups, workers, cfg, sources, async () => {
          const restarted = await restartPostgres(adminUrl, cluster!.port);
          restartedPg = restarted;
          return { downMs: restarted.downMs, detail: `of which the fast shutdown, ending with a checkpoint, ${restarted.shutdownMs.toFixed(0)} ms` };
        }),
      );
      log(`restart: PostgreSQL was away ${out[1]!.downMs.toFixed(0)} ms; nodes that exited: ${out[1]!.exits.map((e) => e.setup).join(', ') || 'none'}`);
      return out;
    });
    ok = true;
    return {
      cfg,
      base: { articles: base.workspace.articles.length, claims: base.workspace.claimCount, hotClaims: hot.claimIds.length, buildSeconds: base.buildSeconds },
      setups: results,
      restarts,
      redisRss,
      maxClockOffsetMs: pool.maxOffsetMs,
      coresByRound,
      phases,
    };
  } finally {
    for (const s of setups) {
      const killed = await stopSetup(s).catch(() => 0);
      if (killed) log(`${s.key}: ${killed} node(s) did not drain within 20 s of SIGTERM and were killed`);
    }
    pool?.stop();
    stopAllChildren();
    await redis?.stop();
    if (dataDir) await stopPostmaster(dataDir);
    await (restartedPg as { stop(): Promise<void> } | null)?.stop();
    await cluster?.stop();
    services.clear();
    if (ok) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir} (node, worker and Redis logs are there)`);
  }
}

function signalPid(pidFile: string, signal: NodeJS.Signals): void {
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), signal);
  } catch {
    // Already gone.
  }
}
