import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { PG_BIN } from '../../helpers/postgres-cluster.ts';
import { sleep } from '../store/scenarios/figures.ts';

/**
 * What the benchmark does with its one PostgreSQL cluster (started by
 * tests/helpers/postgres-cluster.ts with fsync on): databases, copied from
 * a built one so every setup starts from the same workspace; counters of
 * what a change costs it; and a restart, to see what the nodes do while
 * the database goes away and comes back.
 */

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database, as tests/helpers/databases.ts makes one (there from
 * vitest's inject, here from the cluster's URL); with `template`, a copy of
 * that database (CREATE DATABASE … TEMPLATE copies its files: seconds, not
 * a rebuild through the API). The template must have no connections.
 */
export async function createDatabase(adminUrl: string, template = 'template0'): Promise<{ url: string; name: string }> {
  const name = `isnad_bench_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
  return { url: adminUrl.replace(/\/postgres$/, `/${name}`), name };
}

export interface DbCounters {
  /**
   * Transactions that wrote (each takes a transaction id, and its commit
   * waits for the WAL to reach the disk), cluster-wide: the next id to be
   * given, read without taking one. The idle setups' heartbeats add a few
   * a second to what the loaded one does.
   */
  writes: number;
  /** Bytes of WAL written (the insert position). */
  walBytes: number;
}

/**
 * Read exactly when asked (not from the statistics views, which each
 * backend reports up to ten seconds late when it goes idle).
 */
export function dbCounters(adminUrl: string): Promise<DbCounters> {
  return admin(adminUrl, async (c) => {
    const r = await c.query<{ xid: string; wal: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid, (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::text AS wal`);
    return { writes: Number(r.rows[0]!.xid), walBytes: Number(r.rows[0]!.wal) };
  });
}

/** The postmaster's data directory and pid (from postmaster.pid), to count its CPU and to restart it. */
export async function postmaster(adminUrl: string): Promise<{ dataDir: string; pid: number }> {
  const dataDir = await admin(adminUrl, async (c) => (await c.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!.data_directory);
  return { dataDir, pid: Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) };
}

/**
 * Restarts the cluster as an operator would (fast shutdown, start again on
 * the same directory and port, with the command line PostgreSQL saved in
 * postmaster.opts). The new postmaster is ours to stop: `stop()` before the
 * cluster helper's own stop() removes the directory.
 */
export async function restartPostgres(adminUrl: string, port: number): Promise<{ downMs: number; shutdownMs: number; stop(): Promise<void> }> {
  const { dataDir, pid } = await postmaster(adminUrl);
  const args = [...readFileSync(join(dataDir, 'postmaster.opts'), 'utf8').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const started = performance.now();
  process.kill(pid, 'SIGINT');
  while (alive(pid)) await sleep(20);
  const shutdownMs = performance.now() - started;
  const log = openSync(join(dirname(dataDir), 'postgres.log'), 'a');
  const child: ChildProcess = spawn('runuser', ['-u', 'postgres', '--', join(PG_BIN, 'postgres'), ...args], { stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (const deadline = Date.now() + 30_000; ; ) {
    if (await answers(adminUrl)) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`PostgreSQL did not come back on port ${port}`);
    await sleep(20);
  }
  return {
    downMs: performance.now() - started,
    shutdownMs,
    async stop() {
      await stopPostmaster(dataDir);
      await Promise.race([exited, sleep(5_000)]);
    },
  };
}

/**
 * Fast shutdown, signalled to the postmaster itself (its pid from
 * postmaster.pid): runuser, between us and it, does not pass SIGINT on
 * (tests/helpers/postgres-cluster.ts's stop() sends it SIGINT, waits 10 s,
 * kills runuser and leaves the postmaster running), so this runs first.
 */
export async function stopPostmaster(dataDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + 30_000; alive(pid) && Date.now() < deadline; ) await sleep(20);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await admin(url, (c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}
