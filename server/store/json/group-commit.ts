import { encodeMutation } from '../codec/mutation-codec.ts';
import { encodeLine, type JournalWriter } from '../journal/journal-file.ts';
import type { Mutation } from '../memory/mutations.ts';
import type { Undo } from '../memory/workspace-memory.ts';
import type { Mutex } from '../mutex.ts';
import { StorageError } from '../store.ts';

interface PendingTx {
  txn: number;
  mutations: Mutation[];
  undos: Undo[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Where each journal line ends and the last transaction it holds, for cutting the journal after a snapshot. */
export interface LineEnd {
  maxTxn: number;
  end: number;
}

/**
 * Group commit into the journal. A transaction is applied to memory at once
 * (so the next one sees it) and queued; every transaction queued while a
 * write is in flight (or in the same tick) goes out in the next single
 * append and fsync, and all of their promises settle when it lands. The
 * cost of a commit is the size of its changes, never of the workspace.
 *
 * If an append fails, memory goes back to what is on disk: the failed
 * transactions, and those queued behind them (built on top of them), are
 * undone newest first and refused with StorageError. The next transaction
 * tries the disk again, so writing resumes as soon as it works.
 */
export class GroupCommitter {
  private pending: PendingTx[] = [];
  private flushing: Promise<void> | null = null;
  private scheduled = false;
  private pauses = 0;
  private waiters: Array<{ txn: number; resolve: (durable: boolean) => void }> = [];
  lastApplied: number;
  lastDurable: number;
  lineEnds: LineEnd[] = [];
  /** Where the journal's first commit line starts (the end of its header). */
  journalStart = 0;
  groupCommits = 0;
  /** The last append's failure, until an append works again. */
  failure: Error | null = null;
  commits = 0;
  bytesWritten = 0;

  constructor(
    public journal: JournalWriter,
    lastTxn: number,
    private readonly mutex: Mutex,
    private readonly afterDurable: () => void,
  ) {
    this.lastApplied = lastTxn;
    this.lastDurable = lastTxn;
  }

  /** Queues a transaction already applied to memory; resolves once durable. Call inside the mutex. */
  enqueue(mutations: Mutation[], undos: Undo[]): Promise<void> {
    const txn = ++this.lastApplied;
    return new Promise((resolve, reject) => {
      this.pending.push({ txn, mutations, undos, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves true once `txn` is durable, false if it was refused. */
  waitFor(txn: number): Promise<boolean> {
    if (txn <= this.lastDurable) return Promise.resolve(true);
    if (txn > this.lastApplied) return Promise.resolve(false); // refused already
    return new Promise((resolve) => this.waiters.push({ txn, resolve }));
  }

  get busy(): boolean {
    return this.pending.length > 0 || this.flushing !== null || this.scheduled;
  }

  /** Waits until nothing is queued or being written. */
  async drain(): Promise<void> {
    while (this.busy) {
      if (this.flushing) await this.flushing;
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Runs `fn` with no append in flight and none starting (transactions still queue meanwhile). */
  async paused<T>(fn: () => Promise<T>): Promise<T> {
    this.pauses++;
    try {
      while (this.flushing) await this.flushing;
      return await fn();
    } finally {
      this.pauses--;
      if (this.pending.length > 0) this.schedule();
    }
  }

  private schedule(): void {
    if (this.scheduled || this.flushing || this.pauses > 0) return;
    this.scheduled = true;
    // setImmediate lets every packet already received join this write.
    setImmediate(() => {
      this.scheduled = false;
      if (this.pauses > 0 || this.pending.length === 0) return;
      this.flushing = this.flush().finally(() => {
        this.flushing = null;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const line = encodeLine({ t: batch.map((p) => ({ n: p.txn, m: p.mutations.map(encodeMutation) })) });
    try {
      await this.journal.append(line);
    } catch (error) {
      await this.refuse(batch, error as Error);
      return;
    }
    const last = batch.at(-1)!.txn;
    this.failure = null;
    this.lastDurable = last;
    this.lineEnds.push({ maxTxn: last, end: this.journal.size });
    this.groupCommits++;
    this.commits += batch.length;
    this.bytesWritten += Buffer.byteLength(line);
    for (const p of batch) p.resolve();
    this.wake();
    this.afterDurable();
  }

  private async refuse(batch: PendingTx[], cause: Error): Promise<void> {
    this.failure = cause;
    // Undo inside the mutex, so no transaction is halfway through reading what is being undone.
    await this.mutex.run(() => {
      const failed = batch.concat(this.pending);
      this.pending = [];
      for (let i = failed.length - 1; i >= 0; i--) {
        const undos = failed[i]!.undos;
        for (let j = undos.length - 1; j >= 0; j--) undos[j]!();
      }
      this.lastApplied = this.lastDurable;
      const error = new StorageError(`could not save: ${cause.message}`);
      for (const p of failed) p.reject(error);
      this.wake();
    });
  }

  /** Settles the waiters whose transaction is now durable, or was refused (numbers past lastApplied). */
  private wake(): void {
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (w.txn <= this.lastDurable) w.resolve(true);
      else if (w.txn > this.lastApplied) w.resolve(false);
      else still.push(w);
    }
    this.waiters = still;
  }
}
