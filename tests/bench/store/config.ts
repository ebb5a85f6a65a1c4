/**
 * Sizes and durations of the store benchmarks. The full run follows the
 * issue's targets (3,000 claims; 1 → 101 articles of 500 claims; a
 * 2,000-claim article; 200 clients at 250 changes/s) and takes about a
 * quarter of an hour; `--quick` runs the same code on small sizes and short
 * windows in a couple of minutes, to check the harness, not the targets.
 */
export interface BenchConfig {
  quick: boolean;
  /** Client worker processes (the server gets the rest of the machine). */
  workers: number;
  writers: number;
  claimsPerArticle: number;
  articleChars: number;
  /** Articles in the throughput comparison's store (6 × 500 = 3,000 claims). */
  throughputArticles: number;
  throughputRounds: number;
  throughputMs: number;
  /** Article counts at which the growing workspace is measured; the first is the small size, the last the big one. */
  checkpoints: number[];
  loadMs: number;
  joins: number;
  snapshotLoadMs: number;
  snapshotAfterMs: number;
  revision: { claims: number; chars: number; rounds: number };
  /**
   * Live sync at each rate (changes/s over all writers), `pairs` times in
   * turns with the relay. The 250/s saturates even the bare relay
   * on a two-core machine that also hosts 200 clients, so a rate the relay
   * sustains is measured as well.
   */
  live: { clients: number; writers: number; warmupMs: number; measureMs: number; rates: Array<{ rate: number; pairs: number }> };
}

export const FULL: BenchConfig = {
  quick: false,
  workers: 4,
  writers: 20,
  claimsPerArticle: 500,
  articleChars: 30_000,
  throughputArticles: 6,
  throughputRounds: 2,
  throughputMs: 10_000,
  checkpoints: [1, 11, 51, 101],
  loadMs: 15_000,
  joins: 15,
  snapshotLoadMs: 20_000,
  snapshotAfterMs: 3_000,
  revision: { claims: 2_000, chars: 60_000, rounds: 3 },
  live: { clients: 200, writers: 10, warmupMs: 5_000, measureMs: 15_000, rates: [{ rate: 250, pairs: 1 }, { rate: 25, pairs: 3 }] },
};

export const QUICK: BenchConfig = {
  quick: true,
  workers: 4,
  writers: 20,
  claimsPerArticle: 100,
  articleChars: 8_000,
  throughputArticles: 3,
  throughputRounds: 1,
  throughputMs: 3_000,
  checkpoints: [1, 6],
  loadMs: 3_000,
  joins: 5,
  snapshotLoadMs: 5_000,
  snapshotAfterMs: 1_000,
  revision: { claims: 300, chars: 15_000, rounds: 2 },
  live: { clients: 40, writers: 5, warmupMs: 1_000, measureMs: 4_000, rates: [{ rate: 50, pairs: 1 }, { rate: 10, pairs: 1 }] },
};
