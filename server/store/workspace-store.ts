import { Low } from 'lowdb';
import { DB_SCHEMA_VERSION, DbSchema, emptyCollections, migrate, type DbData } from './db-schema.ts';
import { DurableJsonFile } from './durable-json-file.ts';
import { acquireLock, FileLockError } from './file-lock.ts';
import { takeBackup } from './backups.ts';

export interface StoreOptions {
  /** Rolling backups beside the file: taken at open and at most this often while writing; 0 turns them off. */
  backupIntervalMs?: number;
  /** Where a failed backup is reported (it never fails a write). */
  onBackupError?: (error: unknown) => void;
}
import type { WorkspaceState } from '../../shared/ops/apply.ts';

/**
 * The one interface the server stores through. A change is applied to the
 * in-memory state synchronously (so the next operation already sees it) and
 * the returned promise settles only when a write containing it is on disk.
 */
export interface WorkspaceStore {
  /** The current state, including changes whose write is still in flight. */
  readonly state: DbData;
  /**
   * Runs `change` on the current state. If it returns a `next` state, that
   * becomes current and the promise resolves with `result` once durable;
   * without `next`, nothing is written and the result comes back at once.
   */
  commit<R>(change: (current: DbData) => { next?: DbData; result: R }): Promise<R>;
  /** Writes done so far (for tests and benchmarks of group commit). */
  readonly writeCount: number;
  /** Stops taking changes, finishes the pending write. */
  close(): Promise<void>;
}

export class StoreClosedError extends Error {
  readonly code = 'shutting_down';
  constructor() {
    super('the server is shutting down and takes no more changes');
  }
}

export class StorageError extends Error {
  readonly code = 'storage_failed';
}

/** db.json is unreadable or not ours: the server must refuse to start. */
export class DbFileError extends Error {}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * lowdb on a JSON file with group commit: every change made while a write is
 * in flight (or in the same tick) goes out in the next single write, and all
 * of their promises settle together when it lands. Writing once per operation
 * serialises the whole document each time and collapses under load.
 *
 * State is treated as immutable, so the last durable state is kept by
 * reference: if a write fails, memory goes back to it and every change not
 * yet on disk is refused rather than half-kept.
 */
export class JsonWorkspaceStore implements WorkspaceStore {
  private readonly db: Low<DbData>;
  private durable: DbData;
  private pending: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private scheduled = false;
  private closed = false;
  writeCount = 0;

  private lastBackup = 0;

  private constructor(
    db: Low<DbData>,
    private readonly file: string,
    private readonly unlock: () => void,
    private readonly options: StoreOptions,
  ) {
    this.db = db;
    this.durable = db.data;
  }

  /**
   * Opens `file`; when it does not exist, creates it from `initial()`. A file
   * that is not valid JSON or not a workspace is never touched: DbFileError.
   */
  static async open(file: string, initial: () => WorkspaceState, options: StoreOptions = {}): Promise<JsonWorkspaceStore> {
    let unlock: () => void;
    try {
      unlock = acquireLock(file);
    } catch (error) {
      if (error instanceof FileLockError) throw new DbFileError(error.message);
      throw error;
    }
    try {
      return await JsonWorkspaceStore.load(file, initial, unlock, options);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  private static async load(
    file: string,
    initial: () => WorkspaceState,
    unlock: () => void,
    options: StoreOptions,
  ): Promise<JsonWorkspaceStore> {
    const adapter = new DurableJsonFile<DbData>(file);
    const text = await adapter.readText();
    let data: DbData;
    if (text === null) {
      data = { schemaVersion: DB_SCHEMA_VERSION, ...emptyCollections(), ...initial() };
    } else {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new DbFileError(`${file} is not valid JSON (${(error as Error).message}); refusing to start`);
      }
      const parsed = DbSchema.safeParse(migrate(raw));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        throw new DbFileError(`${file} is not an Isnad workspace: ${issue?.message ?? 'invalid'}${where}; refusing to start`);
      }
      data = parsed.data;
    }
    const db = new Low<DbData>(adapter, data);
    const store = new JsonWorkspaceStore(db, file, unlock, options);
    if (text === null) await db.write();
    else if (store.backupsOn) {
      // The file just passed validation: it is a good state worth keeping.
      await takeBackup(file);
      store.lastBackup = Date.now();
    }
    return store;
  }

  private get backupsOn(): boolean {
    return (this.options.backupIntervalMs ?? 0) > 0;
  }

  get state(): DbData {
    return this.db.data;
  }

  commit<R>(change: (current: DbData) => { next?: DbData; result: R }): Promise<R> {
    if (this.closed) return Promise.reject(new StoreClosedError());
    const { next, result } = change(this.db.data);
    if (!next || next === this.db.data) return Promise.resolve(result);
    this.db.data = next;
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ resolve: () => resolve(result), reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    // setImmediate lets every packet already received join this write.
    setImmediate(() => {
      this.scheduled = false;
      this.flushing = this.flush().finally(() => {
        this.flushing = null;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const snapshot = this.db.data;
    try {
      await this.db.write(); // serialises db.data synchronously, then awaits the disk
      this.writeCount++;
      this.durable = snapshot;
      for (const w of batch) w.resolve();
      if (this.backupsOn && Date.now() - this.lastBackup >= this.options.backupIntervalMs!) {
        this.lastBackup = Date.now();
        await takeBackup(this.file).catch((error: unknown) => this.options.onBackupError?.(error));
      }
    } catch (error) {
      // Changes queued behind this write were built on top of it: refuse them too.
      const failed = batch.concat(this.pending);
      this.pending = [];
      this.db.data = this.durable;
      const storageError = new StorageError(`could not save: ${(error as Error).message}`);
      for (const w of failed) w.reject(storageError);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing || this.scheduled || this.pending.length > 0) {
      if (this.flushing) await this.flushing;
      else await new Promise((r) => setImmediate(r));
    }
    this.unlock();
  }
}
