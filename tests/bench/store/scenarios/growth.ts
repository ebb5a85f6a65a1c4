import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IsnadRunnerApi } from '../isnad-runner.ts';
import type { BenchConfig } from '../config.ts';
import { startIsnad, type IsnadProcess } from '../servers.ts';
import { summarize, type Summary } from '../stats.ts';
import { summaryPool } from '../text-gen.ts';
import { Workspace, seedAccounts } from '../workspace.ts';
import type { ClientRef, WorkerPool } from '../workers.ts';
import { loadFigures, type LoadFigures } from './figures.ts';

/**
 * The growing workspace: from one article of 500 claims to 101, all through
 * the API, measured at each checkpoint the same way: 20 writers updating
 * claims of the first article (closed loop), the event loop's delay while
 * they do, joining that article, memory and bytes on disk.
 */

export interface Checkpoint {
  articles: number;
  claims: number;
  /** Seconds it took to grow to this size from the previous checkpoint (from nothing for the first). */
  growSeconds: number;
  update: LoadFigures;
  loop: IsnadRunnerApi['loopStop']['result'];
  /** Snapshots the server wrote by itself during the load (the journal reached its threshold). */
  snapshotsDuringLoad: number;
  join: Summary;
  rss: number;
  heapUsed: number;
  snapshotBytes: number;
  journalBytes: number;
  commits: number;
}

export interface Grown {
  server: IsnadProcess;
  workspace: Workspace;
  writers: ClientRef[];
  dbFile: string;
  checkpoints: Checkpoint[];
}

export const SUMMARIES = [...summaryPool('ar', 11, 200), ...summaryPool('en', 12, 200)];

export async function grow(cfg: BenchConfig, pool: WorkerPool, dir: string, log: (s: string) => void): Promise<Grown> {
  const home = join(dir, 'growth');
  mkdirSync(home, { recursive: true });
  const dbFile = join(home, 'db.json');
  const workspace = new Workspace(await seedAccounts(dbFile, cfg.writers), 5000);
  const server = await startIsnad(dbFile, dir);
  const writers = await pool.connect(server.url, workspace.accounts.reviewers);
  const checkpoints: Checkpoint[] = [];
  for (const target of cfg.checkpoints) {
    const started = performance.now();
    while (workspace.articles.length < target) {
      await workspace.addArticle(server.url, pool, writers, cfg.claimsPerArticle, cfg.articleChars);
      if (workspace.articles.length % 10 === 0) log(`growth: ${workspace.articles.length} articles, ${workspace.claimCount} claims`);
    }
    const growSeconds = (performance.now() - started) / 1000;
    await workspace.verify(server.url);
    checkpoints.push({ ...(await measure(cfg, pool, server, writers, workspace)), growSeconds });
    const c = checkpoints.at(-1)!;
    log(`checkpoint ${c.articles} articles / ${c.claims} claims: ${c.update.perSecond.toFixed(0)} updates/s, p99 ${c.update.latency.p99.toFixed(1)} ms, join ${c.join.p50.toFixed(0)} ms`);
  }
  return { server, workspace, writers, dbFile, checkpoints };
}

export async function measure(cfg: BenchConfig, pool: WorkerPool, server: IsnadProcess, writers: ClientRef[], workspace: Workspace): Promise<Omit<Checkpoint, 'growSeconds'>> {
  const first = workspace.articles[0]!;
  const before = await server.child.call('stats', null);
  await server.child.call('loopStart', null);
  const load = await pool.load(writers, first.claimIds, cfg.loadMs, SUMMARIES, workspace.articles.length);
  const loop = await server.child.call('loopStop', null);
  // Joins at rest, one after another, by one of the writers: the article's full state each time.
  const joiner = writers[0]!;
  const joins = await pool.workers[joiner.worker]!.call('join', {
    clients: Array.from({ length: cfg.joins }, () => joiner.index),
    articleId: first.id,
    concurrency: 1,
    leave: true,
  });
  const memory = await server.child.call('memory', null);
  const stats = await server.child.call('stats', null);
  return {
    articles: workspace.articles.length,
    claims: workspace.claimCount,
    update: loadFigures(load, cfg.loadMs),
    loop,
    join: summarize(joins),
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    snapshotBytes: stats.snapshotBytes,
    journalBytes: stats.journalBytes,
    commits: stats.store.commits,
    snapshotsDuringLoad: stats.store.snapshots - before.store.snapshots,
  };
}
