import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { freePort } from '../../helpers/postgres-cluster.ts';
import { sleep } from '../store/scenarios/figures.ts';

/**
 * A throwaway redis-server for the Redis Streams adapter: 127.0.0.1 only,
 * nothing saved (the adapter's stream is a passing buffer between nodes,
 * not data), on a free port. A restart is a stop and a start on the same
 * port, as when an operator restarts the service; it comes back empty.
 */
export class RedisServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    private readonly logFile: string,
  ) {}

  static async start(dir: string): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), join(dir, 'redis.log'));
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  private async launch(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', log, log] });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.on('exit', () => resolve()));
    for (const deadline = Date.now() + 15_000; !(await this.answers()); await sleep(20)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start; see ${this.logFile}`);
    }
  }

  private async answers(): Promise<boolean> {
    const client = createClient({ url: this.url, socket: { reconnectStrategy: false } });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return true;
    } catch {
      return false;
    } finally {
      if (client.isOpen) client.destroy();
    }
  }

  /** Stops it (SIGTERM, by its pid), then starts it again on the same port; resolves with how long it was away (ms). */
  async restart(): Promise<number> {
    const started = performance.now();
    await this.stop();
    await this.launch();
    return performance.now() - started;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([this.exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
