import { join } from 'node:path';
import type { IsnadReady, IsnadRunnerApi } from './isnad-runner.ts';
import { Child } from './ipc.ts';
import { now } from './stats.ts';

/**
 * Starting and stopping the three servers the benchmark compares, each in
 * its own process on 127.0.0.1 and a free port: ours (through the runner,
 * built as server/main.ts builds it), the naive lowdb server and the bare
 * socket.io relay.
 */

export interface IsnadProcess {
  child: Child<IsnadRunnerApi, IsnadReady>;
  url: string;
  /** From spawning the process to its listening: what a restart costs (ms). */
  startMs: number;
  /** Of which opening the store (ms). */
  openMs: number;
}

let launches = 0;

export async function startIsnad(dbFile: string, logDir: string): Promise<IsnadProcess> {
  const start = now();
  const child = new Child<IsnadRunnerApi, IsnadReady>(new URL('./isnad-runner.ts', import.meta.url), {
    // MUTATION_RATE lifts the per-connection limit: 20 writers at full speed are not an attack here.
    env: { DB_FILE: dbFile, PORT: '0', HOST: '127.0.0.1', MUTATION_RATE: '1000000/1', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    log: join(logDir, `isnad-${++launches}.log`),
  });
  const ready = await child.ready;
  return { child, url: ready.url, startMs: now() - start, openMs: ready.openMs };
}

/** SIGTERM, as an operator stops it: pending writes finish and a final snapshot is written. Resolves with how long that took. */
export async function stopIsnad(server: IsnadProcess): Promise<{ ms: number; code: number | null }> {
  const start = now();
  server.child.kill('SIGTERM');
  const { code } = await server.child.exited;
  return { ms: now() - start, code };
}

/** SIGKILL: a crash. Whatever was acked is in the journal; the next start replays it. */
export async function killIsnad(server: IsnadProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.child.exited;
}

export interface PlainServer {
  child: Child<Record<string, never>, { url: string }>;
  url: string;
}

async function startPlain(module: string, name: string, logDir: string, env: Record<string, string> = {}): Promise<PlainServer> {
  const child = new Child<Record<string, never>, { url: string }>(new URL(module, import.meta.url), { env, log: join(logDir, `${name}.log`) });
  return { child, url: (await child.ready).url };
}

export const startNaive = (dbFile: string, logDir: string) => startPlain('../naive-lowdb-server.ts', 'naive-lowdb', logDir, { DB_FILE: dbFile });
export const startRelay = (logDir: string) => startPlain('../bare-relay.ts', 'bare-relay', logDir);

export async function stopPlain(server: PlainServer): Promise<void> {
  server.child.kill('SIGTERM');
  await server.child.exited;
}
