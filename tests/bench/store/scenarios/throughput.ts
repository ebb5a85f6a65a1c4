import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonWorkspaceStore } from '../../../../server/store/json-store.ts';
import type { NaiveData } from '../../naive-lowdb-server.ts';
import type { BenchConfig } from '../config.ts';
import { startIsnad, startNaive, stopIsnad, stopPlain } from '../servers.ts';
import { summaryPool } from '../text-gen.ts';
import type { LoadResult } from '../worker/api.ts';
import { Workspace, seedAccounts } from '../workspace.ts';
import type { WorkerPool } from '../workers.ts';
import { pooledFigures, type LoadFigures } from './figures.ts';

/**
 * Acked durable updates per second with 20 writers on a 3,000-claim store:
 * ours against the naive lowdb server holding the very same data. The
 * store is built through our API, then read back and written out as the
 * naive server's JSON file. The two are loaded in turns (ours, naive, ours,
 * naive), so a noisy spell on the machine hits both.
 */

export interface ThroughputResult {
  claims: number;
  naiveFileBytes: number;
  ours: LoadFigures;
  naive: LoadFigures;
  /** Per round, ours / naive. */
  roundRatios: number[];
}

export async function runThroughput(cfg: BenchConfig, pool: WorkerPool, dir: string, log: (s: string) => void): Promise<ThroughputResult> {
  const home = join(dir, 'throughput');
  mkdirSync(home, { recursive: true });
  const dbFile = join(home, 'db.json');
  const accounts = await seedAccounts(dbFile, cfg.writers);
  const workspace = new Workspace(accounts, 3000);

  let ours = await startIsnad(dbFile, dir);
  let writers = await pool.connect(ours.url, accounts.reviewers);
  for (let i = 0; i < cfg.throughputArticles; i++) await workspace.addArticle(ours.url, pool, writers, cfg.claimsPerArticle, cfg.articleChars);
  await workspace.verify(ours.url);
  log(`throughput: built ${workspace.claimCount} claims`);
  await pool.disconnectAll();
  await stopIsnad(ours);

  // The same data for the naive server: articles, claims and their history, as JSON.
  const naiveFile = join(home, 'naive.json');
  writeFileSync(naiveFile, JSON.stringify(await naiveData(dbFile), null, 2));

  ours = await startIsnad(dbFile, dir);
  const naive = await startNaive(naiveFile, dir);
  writers = await pool.connect(ours.url, accounts.reviewers);
  const naiveWriters = await pool.connect(naive.url, accounts.reviewers.map(() => null));
  const claimIds = workspace.articles.flatMap((a) => a.claimIds);
  const summaries = [...summaryPool('ar', 1, 200), ...summaryPool('en', 2, 200)];

  // Warm both up first (JIT, connections, caches), so round 1 is not a cold start.
  await pool.load(writers, claimIds, cfg.throughputMs / 4, summaries, 99);
  await pool.load(naiveWriters, claimIds, cfg.throughputMs / 4, summaries, 99);
  const oursRuns: LoadResult[] = [];
  const naiveRuns: LoadResult[] = [];
  for (let round = 0; round < cfg.throughputRounds; round++) {
    oursRuns.push(await pool.load(writers, claimIds, cfg.throughputMs, summaries, 100 + round));
    naiveRuns.push(await pool.load(naiveWriters, claimIds, cfg.throughputMs, summaries, 100 + round));
    log(`throughput round ${round + 1}: ours ${oursRuns.at(-1)!.ok}, naive ${naiveRuns.at(-1)!.ok} acked updates`);
  }
  const naiveFileBytes = statSync(naiveFile).size;
  await pool.disconnectAll();
  await Promise.all([stopIsnad(ours), stopPlain(naive)]);
  return {
    claims: claimIds.length,
    naiveFileBytes,
    ours: pooledFigures(oursRuns, cfg.throughputMs),
    naive: pooledFigures(naiveRuns, cfg.throughputMs),
    roundRatios: oursRuns.map((r, i) => r.ok / Math.max(1, naiveRuns[i]!.ok)),
  };
}

/** Reads our store as it stands (without locking it) and lays it out as the naive server keeps it. */
async function naiveData(dbFile: string): Promise<NaiveData> {
  const reader = await JsonWorkspaceStore.read(dbFile);
  const data: NaiveData = { articles: {}, claims: {}, history: {} };
  for (const { id } of await reader.articleSummaries()) {
    const article = (await reader.article(id))!;
    data.articles[article.id] = article;
    for (const claim of await reader.claimsOfArticle(article.id)) {
      data.claims[claim.id] = claim;
      data.history[claim.id] = await reader.claimHistory(claim.id);
    }
  }
  return data;
}
