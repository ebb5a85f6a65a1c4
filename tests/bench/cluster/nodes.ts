import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Child } from '../store/ipc.ts';
import { sleep } from '../store/scenarios/figures.ts';
import { startIsnad, stopIsnad } from '../store/servers.ts';
import type { AdapterKind } from './adapters.ts';
import type { NodeReady, NodeRunnerApi } from './node-runner.ts';

/**
 * Server nodes as the benchmark sees them, whichever store they run on:
 * where to connect, their pid (for CPU), whether they are still running,
 * and their log (kept when they die, as evidence).
 */
export interface BenchNode {
  url: string;
  pid: number;
  log: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The exit code once it has exited on its own (undefined while it runs). */
  exitCode(): number | null | undefined;
  rss(): Promise<number>;
  /** SIGTERM, as an operator stops a node; 'killed' if it had not drained within 20 s. */
  stop(): Promise<'stopped' | 'killed' | 'gone'>;
}

let launched = 0;

/** A node on PostgreSQL (node-runner.ts) with the given adapter. */
export async function startPgNode(databaseUrl: string, adapter: AdapterKind, logDir: string, options: { redisUrl?: string } = {}): Promise<BenchNode> {
  const log = join(logDir, `node-${adapter}-${++launched}.log`);
  const child = new Child<NodeRunnerApi, NodeReady>(new URL('./node-runner.ts', import.meta.url), {
    // MUTATION_RATE lifts the change budget: a few writers at full speed are not an attack here.
    env: {
      DATABASE_URL: databaseUrl,
      BENCH_ADAPTER: adapter,
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      MUTATION_RATE: '1000000/1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    log,
  });
  const ready = await child.ready;
  let exit: number | null | undefined;
  const exited = child.exited.then((e) => ((exit = e.code), e));
  return {
    url: ready.url,
    pid: child.pid,
    log,
    exited,
    exitCode: () => exit,
    rss: async () => (await child.call('memory', null)).rss,
    async stop() {
      if (exit !== undefined) return 'gone';
      child.kill('SIGTERM');
      // A node that does not finish draining within 20 s is killed, so the run ends (and the run says so).
      const drained = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
      if (!drained) child.kill('SIGKILL');
      await exited;
      return drained ? 'stopped' : 'killed';
    },
  };
}

/** The embedded store (db.json and its journal), built as server/main.ts builds it (store/isnad-runner.ts). */
export async function startEmbeddedNode(dbFile: string, logDir: string): Promise<BenchNode> {
  const server = await startIsnad(dbFile, logDir);
  let exit: number | null | undefined;
  const exited = server.child.exited.then((e) => ((exit = e.code), e));
  return {
    url: server.url,
    pid: server.child.pid,
    log: logDir,
    exited,
    exitCode: () => exit,
    rss: async () => (await server.child.call('memory', null)).rss,
    async stop() {
      if (exit !== undefined) return 'gone';
      await stopIsnad(server);
      return 'stopped';
    },
  };
}

/** What a dead node's log says killed it, for the report: the uncaught error, what emitted it, its code. */
export function causeOfDeath(node: BenchNode): string {
  let text: string;
  try {
    text = readFileSync(node.log, 'utf8');
  } catch {
    return 'no log';
  }
  const unhandled = /Unhandled '(\w+)' event/.exec(text);
  const emitter = /^Emitted '\w+' event on (\w+) instance/m.exec(text);
  const message = /^(\w*[eE]rror: .*)$/m.exec(text);
  const code = /code: '(\w+)'/.exec(text);
  const parts = [unhandled ? `unhandled '${unhandled[1]}' event${emitter ? ` on a ${emitter[1]}` : ''}:` : '', message?.[1]?.trim() ?? '', code ? `(${code[1]})` : ''];
  return parts.filter(Boolean).join(' ') || 'see its log';
}
