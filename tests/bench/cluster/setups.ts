import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientRef, WorkerPool } from '../store/workers.ts';
import type { AdapterKind } from './adapters.ts';
import type { Base } from './base.ts';
import type { ClusterBenchConfig } from './config.ts';
import { startEmbeddedNode, startPgNode, type BenchNode } from './nodes.ts';
import { makePlan, type Plan } from './plan.ts';
import { createDatabase } from './postgres.ts';

/**
 * A setup: one or more nodes on one store, with the same workspace and the
 * same clients (the plan), all connected and in their articles. Every
 * setup stays up for the whole benchmark so that they can be measured in
 * turns; between its turns a setup is idle (heartbeats only).
 */
export interface SetupSpec {
  key: string;
  label: string;
  store: 'embedded' | 'postgres';
  /** null: the embedded store has no adapter (one node). */
  adapter: AdapterKind | null;
  size: number;
  /** Nodes with the fix proposed in pg-error-listeners.ts (the PostgreSQL restart only). */
  errorListeners?: boolean;
}

export interface Setup extends SetupSpec {
  nodes: BenchNode[];
  /** The setup's own database (a copy of the base), or null for the embedded store. */
  db: { url: string; name: string } | null;
  plan: Plan;
  /** The client of each seat of the plan. */
  refs: ClientRef[];
  /** A client in no article, on the first node: it times joins of the hot article. */
  prober: ClientRef;
}

export const E1: SetupSpec = { key: 'E1', label: 'embedded store, 1 node', store: 'embedded', adapter: null, size: 1 };
export const P1: SetupSpec = { key: 'P1', label: 'PostgreSQL, 1 node (postgres adapter)', store: 'postgres', adapter: 'postgres', size: 1 };
export const P3: SetupSpec = { key: 'P3', label: 'PostgreSQL, 3 nodes, postgres adapter', store: 'postgres', adapter: 'postgres', size: 3 };
export const R3: SetupSpec = { key: 'R3', label: 'PostgreSQL, 3 nodes, Redis Streams adapter', store: 'postgres', adapter: 'redis', size: 3 };

export interface SetupContext {
  cfg: ClusterBenchConfig;
  base: Base;
  adminUrl: string;
  pool: WorkerPool;
  dir: string;
  redisUrl: string;
}

export async function startSetup(spec: SetupSpec, ctx: SetupContext): Promise<Setup> {
  const { cfg, base, pool } = ctx;
  let db: Setup['db'] = null;
  let nodes: BenchNode[];
  if (spec.store === 'embedded') {
    const home = join(ctx.dir, `setup-${spec.key}`);
    mkdirSync(home, { recursive: true });
    const dbFile = join(home, 'db.json');
    copyFileSync(base.dbFile, dbFile);
    if (existsSync(`${base.dbFile}.journal`)) copyFileSync(`${base.dbFile}.journal`, `${dbFile}.journal`);
    nodes = [await startEmbeddedNode(dbFile, ctx.dir)];
  } else {
    db = await createDatabase(ctx.adminUrl, base.template);
    const url = db.url;
    const options = { redisUrl: ctx.redisUrl };
    nodes = await Promise.all(Array.from({ length: spec.size }, () => startPgNode(url, spec.adapter!, ctx.dir, options)));
  }
  const plan = makePlan(base.workspace.articles, cfg.clients, cfg.writers, spec.size);
  const { editor, reviewers } = base.workspace.accounts;
  const refs: ClientRef[] = new Array(plan.seats.length);
  for (let n = 0; n < nodes.length; n++) {
    const seats = plan.seats.map((s, i) => ({ s, i })).filter(({ s }) => s.node === n);
    // Writers are people of their own; receivers are colleagues signed in again.
    const cookies = seats.map(({ s, i }) => reviewers[s.writer ?? i % reviewers.length]!);
    const mine = await pool.connect(nodes[n]!.url, cookies, 8);
    seats.forEach(({ i }, j) => (refs[i] = mine[j]!));
  }
  const [prober] = await pool.connect(nodes[0]!.url, [editor]);
  for (let room = 0; room < plan.articles.length; room++) {
    const inRoom = refs.filter((_, i) => plan.seats[i]!.room === room);
    const groups = pool.byWorker(inRoom, (ref) => ref.index);
    await Promise.all(groups.map((clients, w) => (clients.length ? pool.workers[w]!.call('join', { clients, articleId: plan.articles[room]!.id, concurrency: 4, leave: false }) : null)));
  }
  return { ...spec, nodes, db, plan, refs, prober: prober! };
}

/** Stops every node; resolves with how many had to be killed. */
export async function stopSetup(setup: Setup): Promise<number> {
  return (await Promise.all(setup.nodes.map((n) => n.stop()))).filter((how) => how === 'killed').length;
}
