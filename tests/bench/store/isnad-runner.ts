import { statSync } from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApplication } from '../../../server/app.ts';
import { readConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { seedWorkspace } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import type { StoreStats } from '../../../server/store/store.ts';
import { serve } from './ipc.ts';
import { StallWatch, type Stall } from './stall-watch.ts';

/**
 * Our server, built exactly as server/main.ts builds it (same store options,
 * same application options, same environment), plus an IPC channel that lets
 * the benchmark look inside without changing the server: event-loop delay
 * windows, a forced snapshot timed against the event loop, memory (RSS) and
 * the store's counters. Clients still reach it only through REST and
 * socket.io, like any other client.
 */

export interface LoopDelay {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
}

export interface IsnadRunnerApi {
  memory: { arg: null; result: { rss: number; heapUsed: number } };
  stats: { arg: null; result: { store: StoreStats; journalBytes: number; snapshotBytes: number } };
  /** Starts measuring event-loop delay (a window; loopStop ends it). */
  loopStart: { arg: null; result: null };
  loopStop: { arg: null; result: LoopDelay & { stalls: Stall[]; gcTotalMs: number; gcMaxMs: number } };
  /** Forces a snapshot now and reports how long it took and the event loop's delay meanwhile. */
  snapshot: {
    arg: null;
    result: LoopDelay & { ms: number; snapshotBytes: number; stalls: Stall[]; gcTotalMs: number; gcMaxMs: number };
  };
}

export interface IsnadReady {
  url: string;
  /** Time to open the store: load the snapshot, replay the journal (and whatever open does before listening). */
  openMs: number;
}

const logger = createLogger();
const config = readConfig();

const t0 = performance.now();
const store = await JsonWorkspaceStore.open(config.dbFile, seedWorkspace, {
  backupIntervalMs: 60 * 60 * 1000,
  snapshotPolicy: config.snapshotPolicy,
  log: logger,
});
const openMs = performance.now() - t0;
const clientDir = fileURLToPath(new URL('../../../dist/client', import.meta.url));
const app = createApplication({ store, logger, clientDir, trustProxy: config.trustProxy, publicUrl: config.publicUrl, mutationRate: config.mutationRate });
const address = await app.listen(config.port, config.host);

// As main.ts: SIGTERM stops taking changes, finishes the pending write (and the final snapshot), exits 0.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'error while stopping');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/** 1 ms resolution: a stall shows as itself plus about a millisecond. */
const histogram = (): IntervalHistogram => {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  return h;
};
const read = (h: IntervalHistogram): LoopDelay => {
  h.disable();
  return { maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6, meanMs: h.mean / 1e6 };
};
let window: { histogram: IntervalHistogram; watch: StallWatch } | null = null;

serve<IsnadRunnerApi>(
  {
    memory: () => {
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed };
    },
    stats: () => ({ store: store.stats(), journalBytes: store.journalSize, snapshotBytes: statSync(config.dbFile).size }),
    loopStart: () => {
      window = { histogram: histogram(), watch: new StallWatch() };
      return null;
    },
    loopStop: () => {
      if (!window) throw new Error('loopStart first');
      const result = { ...read(window.histogram), ...window.watch.stop() };
      window = null;
      return result;
    },
    snapshot: async () => {
      const h = histogram();
      const watch = new StallWatch();
      const start = performance.now();
      await store.snapshot();
      const ms = performance.now() - start;
      return { ...read(h), ...watch.stop(), ms, snapshotBytes: statSync(config.dbFile).size };
    },
  },
  { url: `http://${config.host}:${address.port}`, openMs } satisfies IsnadReady,
  stop,
);
