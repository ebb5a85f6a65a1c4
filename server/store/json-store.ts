import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { WorkspaceState } from '../../shared/ops/apply.ts';
import { takeBackup } from './backups.ts';
import { acquireLock, FileLockError } from './file-lock.ts';
import { GroupCommitter } from './json/group-commit.ts';
import { journalFileOf, recover, type StoreLog } from './json/recover.ts';
import { DEFAULT_SNAPSHOT_POLICY, Snapshotter, type SnapshotPhase, type SnapshotPolicy } from './json/snapshotter.ts';
import { encodeLine, JournalWriter, writeJournal } from './journal/journal-file.ts';
import { memoryFromDump, type WorkspaceDump } from './copy/workspace-dump.ts';
import { MemoryReader } from './memory/memory-reader.ts';
import { MemoryTx } from './memory/memory-tx.ts';
import { DEFAULT_CAPS, WorkspaceMemory, type MemoryCaps, type Undo } from './memory/workspace-memory.ts';
import { Mutex } from './mutex.ts';
import { captureSnapshot } from './snapshot/capture.ts';
import type { SnapshotHeader } from './snapshot/load-snapshot.ts';
import { SnapshotFile } from './snapshot/snapshot-file.ts';
import { DbFileError, StorageError, StoreClosedError, type StoreHealth, type StoreStats, type StoreTx, type WorkspaceReader, type WorkspaceStore } from './store.ts';

export interface JsonStoreOptions {
  /** Rolling backups of snapshots beside the file: at open and at most this often; 0 (the default) turns them off. */
  backupIntervalMs?: number;
  /** When a snapshot is written; tests make these small. */
  snapshotPolicy?: Partial<SnapshotPolicy>;
  caps?: Partial<MemoryCaps>;
  log?: StoreLog;
  /** Told as a snapshot moves through its steps (tests crash the process at each one). */
  onSnapshotPhase?: (phase: SnapshotPhase) => void;
}

const SILENT: StoreLog = { info() {}, warn() {}, error() {} };

/**
 * The embedded store: the workspace in memory (indexed, see
 * memory/workspace-memory.ts), every change appended to a journal beside
 * db.json and fsynced before it is acked (group commit), and db.json itself
 * a snapshot written now and then without stopping the server. Start-up
 * loads the snapshot and replays the journal; see README "Storage".
 */
export class JsonWorkspaceStore extends MemoryReader implements WorkspaceStore {
  private closed = false;
  private closing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastBackup = 0;
  /** The backup taken at start, in the background; close waits for it. */
  private startBackup: Promise<void> = Promise.resolve();

  private constructor(
    memory: WorkspaceMemory,
    readonly file: string,
    private readonly mutex: Mutex,
    private readonly committer: GroupCommitter,
    private readonly snapshotter: Snapshotter,
    private readonly unlock: () => void,
    private readonly options: JsonStoreOptions & { policy: SnapshotPolicy; log: StoreLog },
  ) {
    super(memory);
  }

  /**
   * Opens `file` (and its journal), or creates it from `initial()` when it
   * does not exist. Files that are damaged or not ours are never touched:
   * DbFileError. Holds `<file>.lock` until closed.
   */
  static async open(file: string, initial: () => WorkspaceState, options: JsonStoreOptions = {}): Promise<JsonWorkspaceStore> {
    let unlock: () => void;
    try {
      unlock = acquireLock(file);
    } catch (error) {
      if (error instanceof FileLockError) throw new DbFileError(error.message);
      throw error;
    }
    try {
      return await JsonWorkspaceStore.start(file, initial, unlock, options);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /**
   * The workspace in `file` as it stands (snapshot plus journal), for tools
   * that only read: no lock, nothing written, a torn last line left as it is.
   */
  static async read(file: string): Promise<MemoryReader> {
    for (let attempt = 1; ; attempt++) {
      try {
        const found = await recover(file, { readOnly: true });
        if (found.kind === 'missing') throw new DbFileError(`${file} does not exist`);
        return new MemoryReader(found.memory);
      } catch (error) {
        // A running server may have written a snapshot and rotated the journal between our two reads: read both again.
        if (attempt >= 3 || !(error instanceof DbFileError) || !/follows another snapshot/.test(error.message)) throw error;
      }
    }
  }

  /** A new db.json (and journal) holding `dump` (npm run db:copy); refuses a file that exists. */
  static async createFrom(file: string, dump: WorkspaceDump): Promise<void> {
    const unlock = acquireLock(file);
    try {
      if (existsSync(file) || existsSync(journalFileOf(file))) throw new DbFileError(`${file} already exists; copy into a new file`);
      const memory = memoryFromDump(new WorkspaceMemory(), dump);
      const header: SnapshotHeader = { workspaceId: randomUUID(), generation: randomUUID(), previous: null, lastCommit: 0 };
      await new Low(new SnapshotFile(file), captureSnapshot(memory, header, new Date().toISOString())).write();
      await writeJournal(journalFileOf(file), { journal: 'isnad', version: 1, workspaceId: header.workspaceId, after: header.generation });
    } finally {
      unlock();
    }
  }

  private static async start(file: string, initial: () => WorkspaceState, unlock: () => void, options: JsonStoreOptions): Promise<JsonWorkspaceStore> {
    const log = options.log ?? SILENT;
    const caps = { ...DEFAULT_CAPS, ...options.caps };
    const journalFile = journalFileOf(file);
    await removeStaleTempFiles(file);
    const found = await recover(file, { log });
    let memory: WorkspaceMemory;
    let header: SnapshotHeader;
    let lastTxn: number;
    let journalSize: number;
    let journalStart: number;
    let lineEnds: { maxTxn: number; end: number }[] = [];
    let fresh = false;

    if (found.kind === 'snapshot') {
      ({ memory, header, lastTxn } = found);
      Object.assign(memory.caps, caps);
      const journal = found.journal;
      if (journal && journal.header.after === header.generation) {
        journalSize = journal.goodSize;
        journalStart = journal.headerEnd;
        lineEnds = found.lineEnds;
      } else {
        // No journal, or one that still follows the previous snapshot (a crash mid-rotation): start one after this snapshot.
        const kept = (journal?.lines ?? []).filter((l) => l.line.t.some((c) => c.n > header.lastCommit)).map((l) => l.line);
        const jh = { journal: 'isnad' as const, version: 1 as const, workspaceId: header.workspaceId, after: header.generation };
        const encoded = kept.map((line) => encodeLine(line));
        await writeJournal(journalFile, jh, encoded);
        journalStart = journalSize = Buffer.byteLength(encodeLine(jh));
        lineEnds = kept.map((line, i) => ({ maxTxn: Math.max(...line.t.map((c) => c.n)), end: (journalSize += Buffer.byteLength(encoded[i]!)) }));
        // A snapshot with commits behind it should have its journal; one without (a fresh clone's db.json) simply starts one.
        if (!journal && header.lastCommit > 0) log.warn({ journal: journalFile }, `no journal beside ${file}: started a new one`);
      }
    } else {
      // A new workspace, or a db.json from before journals: write it as a snapshot now.
      memory = found.kind === 'legacy' ? found.memory : new WorkspaceMemory(caps);
      Object.assign(memory.caps, caps);
      if (found.kind === 'missing') loadInitial(memory, initial());
      header = { workspaceId: randomUUID(), generation: randomUUID(), previous: null, lastCommit: 0 };
      lastTxn = 0;
      if (found.kind === 'legacy') log.info({ file }, `${file} is from an earlier version: rewriting it as a snapshot with a journal`);
      await new Low(new SnapshotFile(file), captureSnapshot(memory, header, new Date().toISOString())).write();
      const jh = { journal: 'isnad' as const, version: 1 as const, workspaceId: header.workspaceId, after: header.generation };
      await writeJournal(journalFile, jh);
      journalStart = journalSize = Buffer.byteLength(encodeLine(jh));
      fresh = true;
    }

    const mutex = new Mutex();
    let store: JsonWorkspaceStore | null = null;
    // The committer and snapshotter call back into the store, which needs them to exist first.
    const committer = new GroupCommitter(await JournalWriter.open(journalFile, journalSize), lastTxn, mutex, () => store?.afterDurable());
    committer.lineEnds = lineEnds;
    committer.journalStart = journalStart;
    const snapshotter = new Snapshotter(file, journalFile, header, memory, committer, (f) => store!.backupAfterSnapshot(f), options.onSnapshotPhase);
    const policy = { ...DEFAULT_SNAPSHOT_POLICY, ...options.snapshotPolicy };
    store = new JsonWorkspaceStore(memory, file, mutex, committer, snapshotter, unlock, { ...options, policy, log });
    snapshotter.snapshotBytes = (await stat(file)).size;
    if ((options.backupIntervalMs ?? 0) > 0) {
      // A backup of the state just loaded, taken while the server already serves: written as a snapshot first if the journal holds more.
      store.startBackup = (snapshotter.behind ? snapshotter.take() : store.backupAfterSnapshot(file, true)).catch((error: unknown) =>
        log.warn({ err: error }, 'the backup at start failed; changes stay safe in the journal'),
      );
    } else if (!fresh && snapshotter.due(policy)) {
      await snapshotter.take();
    }
    store.timer = setInterval(() => store!.maybeSnapshot(), Math.min(policy.maxAgeMs, 60_000));
    store.timer.unref();
    return store;
  }

  async transact<R>(fn: (tx: StoreTx) => R | Promise<R>): Promise<R> {
    if (this.closed) throw new StoreClosedError();
    let queued: Promise<void> | null = null;
    let readUpTo = 0;
    // Accepted before close: it runs, and close waits for it.
    const result = await this.mutex.run(async () => {
      const tx = new MemoryTx(this.memory);
      const value = await fn(tx);
      if (tx.mutations.length === 0) {
        readUpTo = this.committer.lastApplied;
        return value;
      }
      const undos: Undo[] = [];
      try {
        for (const m of tx.mutations) undos.push(this.memory.apply(m));
      } catch (error) {
        for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
        throw error;
      }
      queued = this.committer.enqueue(tx.mutations, undos);
      return value;
    });
    if (queued) await queued;
    else if (!(await this.committer.waitFor(readUpTo))) throw new StorageError('could not save: a change this one read was refused');
    return result;
  }

  async settled(): Promise<void> {
    await this.committer.waitFor(this.committer.lastApplied);
  }

  /** No transaction applies while `fn` reads (they run one at a time under the same lock). */
  consistentRead<R>(fn: (reader: WorkspaceReader) => Promise<R>): Promise<R> {
    return this.mutex.run(() => fn(this));
  }

  stats(): StoreStats {
    return {
      commits: this.committer.commits,
      groupCommits: this.committer.groupCommits,
      journalBytesWritten: this.committer.bytesWritten,
      snapshots: this.snapshotter.snapshots,
    };
  }

  async health(): Promise<StoreHealth> {
    const failure = this.committer.failure;
    return failure ? { store: 'embedded', ok: false, problem: `the journal cannot be written: ${failure.message}` } : { store: 'embedded', ok: true };
  }

  /** Bytes of the journal now (for tests and benchmarks). */
  get journalSize(): number {
    return this.committer.journal.size;
  }

  /**
   * Writes a snapshot of everything durable now (and rotates the journal),
   * after any snapshot already under way; tests and benchmarks use it, the
   * server decides by policy.
   */
  async snapshot(): Promise<void> {
    await this.snapshotter.inProgress?.catch(() => undefined);
    await this.snapshotter.take();
  }

  private afterDurable(): void {
    this.maybeSnapshot();
  }

  private maybeSnapshot(): void {
    if (this.closed || !this.snapshotter.due(this.options.policy)) return;
    this.snapshotter.take().catch((error: unknown) => this.options.log.error({ err: error, file: this.file }, 'snapshot failed; changes stay safe in the journal'));
  }

  private async backupAfterSnapshot(file: string, force = false): Promise<void> {
    const interval = this.options.backupIntervalMs ?? 0;
    if (interval <= 0 || (!force && Date.now() - this.lastBackup < interval)) return;
    this.lastBackup = Date.now();
    await takeBackup(file).catch((error: unknown) => this.options.log.warn({ err: error }, 'backup failed'));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      await this.startBackup;
      await this.mutex.run(() => undefined);
      await this.committer.drain();
      await this.snapshotter.inProgress?.catch(() => undefined);
      if (this.snapshotter.behind) {
        await this.snapshotter.take().catch((error: unknown) => this.options.log.error({ err: error }, 'final snapshot failed; the journal holds every change'));
      }
      await this.committer.journal.close();
      this.unlock();
    })();
    return this.closing;
  }
}

function loadInitial(memory: WorkspaceMemory, initial: WorkspaceState): void {
  for (const article of Object.values(initial.articles)) memory.apply({ k: 'article', v: article });
  for (const claim of Object.values(initial.claims)) memory.apply({ k: 'claim', v: claim });
  for (const comment of Object.values(initial.comments)) memory.apply({ k: 'comment', v: comment });
}

/** Temp files of snapshots or journal rotations that a crash left half-written (we hold the lock: none is in use). */
async function removeStaleTempFiles(file: string): Promise<void> {
  const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stale = new RegExp(`^\\.${name}(\\.journal)?\\.\\d+\\.[0-9a-f]+\\.tmp$`);
  const dir = dirname(file);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    if (stale.test(entry)) await rm(join(dir, entry), { force: true });
  }
}
