import type { MappingReply, MappingRequest } from './mappingJob.ts';
import type { ClaimEffects } from './revisionPreview.ts';

/** A newer request took this one's place; its answer would be out of date. */
export const SUPERSEDED = Symbol('superseded');
export type MappingResult = ClaimEffects | null | typeof SUPERSEDED;

/** The mapping on this thread, loaded only if it is ever needed here. */
const inThread = async (request: MappingRequest) => (await import('./mappingJob.ts')).computeMapping(request);

/**
 * Runs the claim mapping in a worker of its own, one request at a time:
 * a new request ends the one still running (terminating the worker is the
 * only way to stop a long run), so a person typing never queues up work.
 * Where workers are missing or fail to start (a test environment, a
 * blocked script), the mapping runs on the page's thread instead.
 */
export class MappingChannel {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private pending: { id: number; request: MappingRequest; resolve(r: MappingResult): void } | null = null;
  private nextId = 0;

  run(request: MappingRequest): Promise<MappingResult> {
    this.supersede();
    if (this.broken) return inThread(request);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending = { id, request, resolve };
      this.start().postMessage({ id, request });
    });
  }

  /** Ends any running request and the worker with it. */
  close(): void {
    this.supersede();
  }

  private supersede(): void {
    if (!this.pending) return;
    this.pending.resolve(SUPERSEDED);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./mapping.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MappingReply>) => {
      if (event.data.id !== this.pending?.id) return;
      this.pending.resolve(event.data.effects);
      this.pending = null;
    };
    worker.onerror = () => {
      // It could not load or crashed: answer this request and the next ones here.
      this.broken = true;
      this.worker = null;
      const was = this.pending;
      this.pending = null;
      if (was) void inThread(was.request).then(was.resolve);
    };
    this.worker = worker;
    return worker;
  }
}
