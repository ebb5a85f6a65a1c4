import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createUser, startSession } from '../../../server/accounts/account-commands.ts';
import { SESSION_COOKIE } from '../../../server/http/session-cookie.ts';
import { seedWorkspace } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import { PgWorkspaceStore } from '../../../server/store/pg/pg-store.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { Workspace, type Accounts } from '../store/workspace.ts';
import type { WorkerPool } from '../store/workers.ts';
import type { ClusterBenchConfig } from './config.ts';
import { startPgNode } from './nodes.ts';
import { createDatabase } from './postgres.ts';

/**
 * The workspace every setup starts from, built once through the public API
 * on one PostgreSQL node (accounts made in the database before it starts,
 * articles imported with POST /api/articles, claims captured, decided and
 * given evidence over socket.io with an opId each), then copied: a fresh
 * database per PostgreSQL setup (CREATE DATABASE … TEMPLATE), and a db.json
 * for the embedded store (as `npm run db:copy` does it).
 */
export interface Base {
  /** The database to copy (no connections left on it). */
  template: string;
  workspace: Workspace;
  /** The same workspace as db.json, for the embedded store. */
  dbFile: string;
  buildSeconds: number;
}

async function account(store: PgWorkspaceStore, name: string, role: Role): Promise<string> {
  const created = await createUser(store, { name, email: `${name.toLowerCase()}@newsroom.test`, password: 'correct horse battery staple', role });
  if (!created.ok) throw new Error(created.code);
  return `${SESSION_COOKIE}=${await startSession(store, created.user.id)}`;
}

export async function buildBase(cfg: ClusterBenchConfig, adminUrl: string, pool: WorkerPool, dir: string, log: (s: string) => void): Promise<Base> {
  const started = performance.now();
  const db = await createDatabase(adminUrl);
  const admin = await PgWorkspaceStore.open(db.url, seedWorkspace);
  let accounts: Accounts;
  try {
    const editor = await account(admin, 'Editor', 'editor');
    const reviewers: string[] = [];
    // One account per writer: the change budget and presence are per person.
    for (let i = 1; i <= cfg.writers; i++) reviewers.push(await account(admin, `Reviewer${i}`, 'reviewer'));
    accounts = { editor, reviewers };
  } finally {
    await admin.close();
  }
  const workspace = new Workspace(accounts, 7000);
  const node = await startPgNode(db.url, 'postgres', dir);
  try {
    const writers = await pool.connect(node.url, accounts.reviewers);
    await workspace.addArticle(node.url, pool, writers, cfg.hot.claims, cfg.hot.chars, 'ar');
    for (let i = 0; i < cfg.others.count; i++) await workspace.addArticle(node.url, pool, writers, cfg.others.claims, cfg.others.chars);
    await workspace.verify(node.url);
    await pool.disconnectAll();
  } finally {
    await node.stop();
  }
  log(`several nodes: built ${workspace.articles.length} articles, ${workspace.claimCount} claims through the API in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const dbFile = join(dir, 'embedded', 'db.json');
  mkdirSync(dirname(dbFile), { recursive: true });
  const source = await PgWorkspaceStore.readOnly(db.url);
  try {
    await JsonWorkspaceStore.createFrom(dbFile, await source.dump());
  } finally {
    await source.close();
  }
  return { template: db.name, workspace, dbFile, buildSeconds: (performance.now() - started) / 1000 };
}
