import type { Delivery, MutationAck, WireOp } from '../realtime/wire.ts';
import { isTempId, newId, referencedIds, type OutboxEntry, type ParkedConflict } from './outboxEntry.ts';
import { loadOutbox, saveOutbox, type StorageLike } from './outboxStorage.ts';
import { createdIds, rebase, remapId, settledVersion } from './rebase.ts';

/**
 * The queue of changes not yet acked by the server. Every change gets an
 * opId when the user makes it; the queue is persisted on every change,
 * sent strictly in order (one at a time, so a create is acked, and its
 * temporary id replaced, before anything that refers to it is sent), and
 * an op whose ack did not arrive is sent again with the same opId, which
 * the server applies at most once.
 *
 * It sends only while `resume()`d: the workspace resumes it after each
 * join has caught up with what was missed, and pauses it on a drop.
 */

export type OutboxEvent =
  | { type: 'changed' }
  /** The server answered for good: ok, or a refusal (a conflict is also parked). */
  | { type: 'settled'; entry: OutboxEntry; ack: MutationAck }
  /** Removed unsent: what it refers to could not be created. */
  | { type: 'dropped'; entry: OutboxEntry; reason: string }
  /** The session is gone: nothing more is sent until the person signs in again. */
  | { type: 'blocked' };

export interface NewEntry {
  op: WireOp;
  claimId: string;
  tempId?: string;
  mentions?: string[];
  /** The server version the change was made on; omit for ops that do not move the claim's version. */
  base?: { seen: number };
}

export interface OutboxOptions {
  storage: StorageLike | null;
  key: string;
  send(op: WireOp): Promise<Delivery>;
  /** Waits between retries; tests pass one that resolves at once. */
  sleep?(ms: number): Promise<void>;
  now?(): string;
}

/** Refusals that say "not now" rather than "no": the op is kept and retried. */
const TRANSIENT = new Set(['storage_failed', 'shutting_down', 'rate_limited', 'internal_error']);
/** A server that crashes on an op every time should not block the queue forever. */
const MAX_INTERNAL_ERRORS = 3;

export const retryDelay = (attempts: number) => Math.min(30_000, 500 * 2 ** Math.max(0, attempts - 1));

export class Outbox {
  private queue: OutboxEntry[];
  private parked: ParkedConflict[];
  private readonly known = new Set<string>();
  private readonly listeners = new Set<(e: OutboxEvent) => void>();
  /** Per claim: a version seen -> the version my settled changes on it lead to (see rebase.ts). */
  private readonly versionMap = new Map<string, Map<number, number>>();
  private online = false;
  private running = false;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => string;

  constructor(private readonly options: OutboxOptions) {
    const record = loadOutbox(options.storage, options.key);
    this.queue = record.entries;
    this.parked = record.conflicts;
    for (const e of this.queue) this.known.add(e.opId);
    for (const c of this.parked) this.known.add(c.entry.opId);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = options.now ?? (() => new Date().toISOString());
  }

  get entries(): readonly OutboxEntry[] {
    return this.queue;
  }

  get conflicts(): readonly ParkedConflict[] {
    return this.parked;
  }

  subscribe(listener: (e: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change; it is persisted before this returns. */
  enqueue(input: NewEntry): OutboxEntry {
    const opId = newId();
    let op = { ...input.op, payload: { ...input.op.payload, opId } } as WireOp;
    let base: OutboxEntry['base'] = null;
    if (input.base) {
      const effective = this.translate(input.claimId, input.base.seen);
      base = { seen: input.base.seen, effective };
      if (op.event === 'claim:update' && op.payload.baseVersion !== undefined) op = { ...op, payload: { ...op.payload, baseVersion: effective } };
    }
    const entry: OutboxEntry = {
      opId,
      op,
      claimId: input.claimId,
      ...(input.tempId ? { tempId: input.tempId } : {}),
      ...(input.mentions ? { mentions: input.mentions } : {}),
      base,
      attempts: 0,
      createdAt: this.now(),
    };
    this.known.add(opId);
    this.queue = [...this.queue, entry];
    this.commit();
    void this.drain();
    return entry;
  }

  /** The user chose what to do about a conflict: forget it (re-sending is a new change). */
  dismissConflict(opId: string): void {
    this.parked = this.parked.filter((c) => c.entry.opId !== opId);
    this.commit();
  }

  resume(): void {
    this.online = true;
    void this.drain();
  }

  pause(): void {
    this.online = false;
  }

  /** What a change made on `seen` should be based on, given my changes on it that were acked since. */
  private translate(claimId: string, seen: number): number {
    return this.versionMap.get(claimId)?.get(seen) ?? seen;
  }

  private emit(e: OutboxEvent): void {
    for (const l of this.listeners) l(e);
  }

  private commit(): void {
    saveOutbox(this.options.storage, this.options.key, { entries: this.queue, conflicts: this.parked }, this.known);
    this.emit({ type: 'changed' });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.online && this.queue.length > 0) {
        const head = this.queue[0]!;
        const unresolved = referencedIds(head.op).find(isTempId);
        if (unresolved) {
          // Its create failed or was lost; the server could never resolve this id.
          this.remove(head);
          this.emit({ type: 'dropped', entry: head, reason: 'What it refers to was never saved.' });
          continue;
        }
        const delivery = await this.options.send(head.op);
        if (this.queue[0] !== head) continue;
        if (!delivery.delivered) {
          this.countAttempt(head);
          if (delivery.reason !== 'timeout') {
            // Offline or dropped mid-flight: the next join resumes us, after its catch-up.
            this.online = false;
            break;
          }
          await this.sleep(retryDelay(head.attempts));
          continue;
        }
        const { ack } = delivery;
        if (!ack.ok && ack.error.code === 'unauthenticated') {
          this.online = false;
          this.emit({ type: 'blocked' });
          break;
        }
        if (!ack.ok && TRANSIENT.has(ack.error.code) && !(ack.error.code === 'internal_error' && head.attempts + 1 >= MAX_INTERNAL_ERRORS)) {
          this.countAttempt(head);
          await this.sleep(retryDelay(head.attempts));
          continue;
        }
        this.settle(head, ack);
      }
    } finally {
      this.running = false;
    }
    // A resume() that arrived while the loop was finishing must not be lost.
    if (this.online && this.queue.length > 0 && !this.running) void this.drain();
  }

  private countAttempt(entry: OutboxEntry): void {
    const updated = { ...entry, attempts: entry.attempts + 1 };
    this.queue = this.queue.map((e) => (e === entry ? updated : e));
    this.commit();
  }

  private remove(entry: OutboxEntry): void {
    this.queue = this.queue.filter((e) => e.opId !== entry.opId);
    this.commit();
  }

  private settle(entry: OutboxEntry, ack: MutationAck): void {
    let rest = this.queue.filter((e) => e.opId !== entry.opId);
    const dropped: OutboxEntry[] = [];
    const ids = createdIds(entry, ack);
    if (ids) {
      rest = remapId(rest, ids.from, ids.to);
      const map = this.versionMap.get(ids.from);
      if (map) this.versionMap.set(ids.to, map);
    } else if (!ack.ok && entry.tempId) {
      // A create that failed takes everything queued on what it would have made with it.
      dropped.push(...rest.filter((e) => referencedIds(e.op).includes(entry.tempId!)));
      rest = rest.filter((e) => !dropped.includes(e));
    }
    const version = settledVersion(entry, ack);
    if (entry.base && version !== null) {
      const claimId = ids && entry.claimId === ids.from ? ids.to : entry.claimId;
      rest = rebase(rest, claimId, entry.base.seen, version);
      const map = this.versionMap.get(claimId) ?? new Map<number, number>();
      map.set(entry.base.seen, version);
      this.versionMap.set(claimId, map);
    }
    if (!ack.ok && ack.error.code === 'conflict' && ack.current) this.parked = [...this.parked, { entry, current: ack.current }];
    this.queue = rest;
    this.commit();
    this.emit({ type: 'settled', entry, ack });
    for (const d of dropped) this.emit({ type: 'dropped', entry: d, reason: 'The claim it belongs to could not be saved.' });
  }
}
