/**
 * Sizes and durations of the several-nodes benchmark (tests/bench/cluster).
 * The full run adds about ten minutes to `npm run bench`; `--quick` runs the
 * same code on small sizes in about two, to check the harness, not the
 * figures.
 */
export interface ClusterBenchConfig {
  quick: boolean;
  /** Client worker processes (shared with the store benchmark's design: the servers get the rest of the machine). */
  workers: number;
  /** The hot article: most clients and writers are in it; its join time is the one reported. */
  hot: { claims: number; chars: number };
  /** The other articles of the load, each with a few clients and writers. */
  others: { count: number; claims: number; chars: number };
  /** Connected clients per setup (writers included), spread over the nodes round-robin. */
  clients: number;
  /** Of them, the first `writers` write. */
  writers: number;
  /** Rounds taken in turns over the setups (E1, P1, P3, R3, E1, …), so a noisy spell hits them all. */
  rounds: number;
  /** Closed loop (send, wait for the ack, send the next): acked changes/s and update latency. */
  throughputMs: number;
  /** Open loop at a fixed pace, at each of these rates per writer: receipt latency at every client, delivery. */
  live: { ratesPerWriter: number[]; warmupMs: number; measureMs: number };
  /** Sequential joins of the hot article, at rest. */
  joins: number;
  /** Broadcasts while PostgreSQL or Redis restarts: a paced load (the first rate) this long, the restart `restartAtMs` in. */
  restart: { durationMs: number; restartAtMs: number };
}

export const CLUSTER_FULL: ClusterBenchConfig = {
  quick: false,
  workers: 4,
  hot: { claims: 500, chars: 30_000 },
  others: { count: 3, claims: 100, chars: 8_000 },
  clients: 84,
  writers: 14,
  rounds: 3,
  throughputMs: 8_000,
  live: { ratesPerWriter: [2, 4], warmupMs: 3_000, measureMs: 8_000 },
  joins: 10,
  restart: { durationMs: 20_000, restartAtMs: 4_000 },
};

export const CLUSTER_QUICK: ClusterBenchConfig = {
  quick: true,
  workers: 4,
  hot: { claims: 100, chars: 8_000 },
  others: { count: 2, claims: 30, chars: 4_000 },
  clients: 21,
  writers: 7,
  rounds: 1,
  throughputMs: 3_000,
  live: { ratesPerWriter: [3], warmupMs: 1_000, measureMs: 3_000 },
  joins: 3,
  restart: { durationMs: 13_000, restartAtMs: 2_000 },
};
