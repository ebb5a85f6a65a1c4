import { join } from 'node:path';
import { Child } from './ipc.ts';
import { concat, now } from './stats.ts';
import type { LoadResult, LoadWriter, WorkerApi } from './worker/api.ts';

/** A client inside a worker process. */
export interface ClientRef {
  worker: number;
  index: number;
}

/**
 * The client worker processes, and how their clocks relate to the
 * controller's. All clocks are performance.timeOrigin + now() on one machine,
 * so they agree to well under a millisecond; the offset is still measured
 * (the IPC round trip with the least delay, halved) and applied, so a
 * latency computed from a send in one process and a receipt in another is
 * not off by a clock adjustment made between their starts.
 */
export class WorkerPool {
  private offsets: number[] = [];

  private constructor(readonly workers: Array<Child<WorkerApi>>) {}

  static async start(count: number, logDir: string): Promise<WorkerPool> {
    const workers = Array.from({ length: count }, (_, i) => new Child<WorkerApi>(new URL('./client-worker.ts', import.meta.url), { log: join(logDir, `worker-${i}.log`) }));
    await Promise.all(workers.map((w) => w.ready));
    const pool = new WorkerPool(workers);
    await pool.calibrate();
    return pool;
  }

  async calibrate(): Promise<void> {
    this.offsets = await Promise.all(
      this.workers.map(async (w) => {
        let best = { rtt: Infinity, offset: 0 };
        for (let i = 0; i < 30; i++) {
          const t0 = now();
          const theirs = await w.call('clock', null);
          const t1 = now();
          if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: theirs - (t0 + t1) / 2 };
        }
        return best.offset;
      }),
    );
  }

  /** The largest clock offset measured, for the report (ms). */
  get maxOffsetMs(): number {
    return Math.max(...this.offsets.map(Math.abs));
  }

  toWorker(worker: number, t: number): number {
    return t + this.offsets[worker]!;
  }

  toController(worker: number, t: number): number {
    return t - this.offsets[worker]!;
  }

  /** Connects one client per cookie (null: no cookie), spread round-robin over the workers. */
  async connect(url: string, cookies: Array<string | null>, concurrency = 10): Promise<ClientRef[]> {
    const n = this.workers.length;
    const firsts = await Promise.all(
      this.workers.map(async (w, worker) => {
        const mine = cookies.filter((_, i) => i % n === worker);
        return mine.length === 0 ? 0 : (await w.call('connect', { url, cookies: mine, concurrency })).first;
      }),
    );
    // Cookie i went to worker i % n, as its (i / n)th new client.
    return cookies.map((_, i) => ({ worker: i % n, index: firsts[i % n]! + Math.floor(i / n) }));
  }

  async disconnectAll(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.call('disconnect', null)));
  }

  /** Groups client refs by worker. */
  byWorker<T>(refs: ClientRef[], extra: (ref: ClientRef, i: number) => T): T[][] {
    const groups: T[][] = this.workers.map(() => []);
    refs.forEach((ref, i) => groups[ref.worker]!.push(extra(ref, i)));
    return groups;
  }

  /** Runs the closed-loop update load with these writers; send times come back in the controller's clock. */
  async load(writers: ClientRef[], claimIds: string[], durationMs: number, summaries: string[], seed: number): Promise<LoadResult> {
    const groups = this.byWorker<LoadWriter>(writers, (ref) => ({ client: ref.index, claimIds }));
    const done: LoadResult[] = [];
    await Promise.all(
      groups.map(async (group, worker) => {
        if (group.length === 0) return;
        const r = await this.workers[worker]!.call('load', { writers: group, durationMs, summaries, seed: seed + worker });
        done.push({ ...r, sent: r.sent.map((t) => this.toController(worker, t)) });
      }),
    );
    const errors: Record<string, number> = {};
    for (const r of done) for (const [code, n] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + n;
    return {
      sent: concat(done.map((r) => r.sent)),
      latency: concat(done.map((r) => r.latency)),
      ok: done.reduce((n, r) => n + r.ok, 0),
      unchanged: done.reduce((n, r) => n + r.unchanged, 0),
      errors,
    };
  }

  stop(): void {
    for (const w of this.workers) w.kill('SIGTERM');
  }
}
