import { randomBytes, randomUUID } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { syncDirectory } from '../durable-write.ts';
import { JournalWriter, encodeLine, type JournalHeader } from '../journal/journal-file.ts';
import type { WorkspaceMemory } from '../memory/workspace-memory.ts';
import { captureSnapshot } from '../snapshot/capture.ts';
import type { SnapshotHeader } from '../snapshot/load-snapshot.ts';
import { LineCache, SnapshotFile, type SnapshotData } from '../snapshot/snapshot-file.ts';
import type { GroupCommitter } from './group-commit.ts';

export interface SnapshotPolicy {
  /**
   * Write a snapshot once the journal holds this many bytes... By default an
   * eighth of the last snapshot (at least 8 MiB, at most 64 MiB): the files
   * on disk stay within about 1.125 times the workspace, and a large
   * workspace is not rewritten for every few megabytes of changes.
   */
  journalBytes?: number;
  /** ...or once changes are this old without one. */
  maxAgeMs: number;
}

/** Where a snapshot is, for logs and for tests that crash the server at each step. */
export type SnapshotPhase = 'writing' | 'written' | 'rotating' | 'rotated';

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { maxAgeMs: 10 * 60 * 1000 };
const MIB = 1024 * 1024;

/** The journal size that calls for a snapshot, given the last snapshot's size. */
export function journalLimit(policy: SnapshotPolicy, snapshotBytes: number): number {
  return policy.journalBytes ?? Math.min(64 * MIB, Math.max(8 * MIB, Math.round(snapshotBytes / 8)));
}

/**
 * Writes db.json snapshots while the server keeps working, then rotates the
 * journal. The steps, and why a crash between any two of them is safe:
 *
 * 1. Capture the workspace as of transaction N (references, not copies).
 * 2. Wait until N is durable in the journal; if it was refused, give up.
 * 3. Write the snapshot (generation G', previous G, lastCommit N) to a temp
 *    file, record by record, fsync, rename over db.json, fsync the directory.
 *    A crash before the rename leaves the old snapshot and the whole journal.
 * 4. Rewrite the journal as a header naming G' and the lines that hold
 *    transactions after N, then rename it into place. A crash before this
 *    leaves the new snapshot with the old journal, whose header names G, the
 *    new snapshot's `previous`: start-up accepts it and skips what the
 *    snapshot already has.
 *
 * Transactions keep being acked into the journal during step 3; only the
 * short copy of step 4 holds new appends back.
 */
export class Snapshotter {
  private running: Promise<void> | null = null;
  snapshots = 0;
  lastSnapshotAt = Date.now();
  /** Bytes of the snapshot last written (or found at start). */
  snapshotBytes = 0;
  /** The generation named in the journal's header (differs from header.generation only after a failed rotation). */
  journalAfter: string;
  /** Records' encoded lines from the snapshots written so far: the next one re-encodes only what changed. */
  private readonly lines = new LineCache();

  constructor(
    private readonly file: string,
    private readonly journalFile: string,
    public header: SnapshotHeader,
    private readonly memory: WorkspaceMemory,
    private readonly committer: GroupCommitter,
    private readonly onWritten: (file: string) => Promise<void>,
    private readonly onPhase: (phase: SnapshotPhase) => void = () => {},
  ) {
    this.journalAfter = header.generation;
  }

  get inProgress(): Promise<void> | null {
    return this.running;
  }

  /** Whether the journal holds transactions the snapshot does not. */
  get behind(): boolean {
    return this.committer.lastDurable > this.header.lastCommit;
  }

  due(policy: SnapshotPolicy, now = Date.now()): boolean {
    if (this.running || !this.behind) return false;
    return this.committer.journal.size >= journalLimit(policy, this.snapshotBytes) || now - this.lastSnapshotAt >= policy.maxAgeMs;
  }

  /** Takes a snapshot unless one is running (then waits for that one). */
  take(): Promise<void> {
    if (!this.running) {
      this.running = this.write().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async write(): Promise<void> {
    if (this.journalAfter !== this.header.generation) await this.rotate(this.header.generation, this.header.lastCommit);
    const lastCommit = this.committer.lastApplied;
    const next: SnapshotHeader = { workspaceId: this.header.workspaceId, generation: randomUUID(), previous: this.header.generation, lastCommit };
    const data: SnapshotData = captureSnapshot(this.memory, next, new Date().toISOString(), this.lines);
    if (!(await this.committer.waitFor(lastCommit))) return; // refused: the capture holds changes that never happened
    this.onPhase('writing');
    await new Low(new SnapshotFile(this.file), data).write();
    this.snapshotBytes = (await stat(this.file)).size;
    this.onPhase('written');
    this.header = next;
    this.lastSnapshotAt = Date.now();
    this.snapshots++;
    await this.rotate(next.generation, lastCommit);
    await this.onWritten(this.file);
  }

  /**
   * Rewrites the journal to follow snapshot `generation`: its header, then
   * only the lines with transactions after `lastCommit`. The tail is copied
   * into a temp file in chunks while appends go on; only the little appended
   * meanwhile is copied with appends held back, before the rename.
   */
  private async rotate(generation: string, lastCommit: number): Promise<void> {
    const header: JournalHeader = { journal: 'isnad', version: 1, workspaceId: this.header.workspaceId, after: generation };
    const headerText = encodeLine(header);
    const ends = this.committer.lineEnds;
    const firstKept = ends.findIndex((l) => l.maxTxn > lastCommit);
    // Lines up to the first kept one are durable and never change again: where the copy starts.
    const start = firstKept < 0 ? this.committer.journal.size : firstKept === 0 ? this.committer.journalStart : ends[firstKept - 1]!.end;
    const dir = dirname(this.journalFile);
    const temp = join(dir, `.${basename(this.journalFile)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const out = await open(temp, 'w', 0o600);
    let done = false;
    try {
      await out.writeFile(headerText, 'utf8');
      let copied = await copyRange(this.journalFile, out, start, this.committer.journal.size);
      await this.committer.paused(async () => {
        this.onPhase('rotating');
        copied = await copyRange(this.journalFile, out, copied, this.committer.journal.size);
        await out.sync();
        await out.close();
        await rename(temp, this.journalFile);
        await syncDirectory(dir);
        done = true;
        await this.committer.journal.close();
        const headerBytes = Buffer.byteLength(headerText);
        this.committer.journal = await JournalWriter.open(this.journalFile, headerBytes + (copied - start));
        const shift = headerBytes - start;
        const kept = this.committer.lineEnds.filter((l) => l.maxTxn > lastCommit);
        this.committer.lineEnds = kept.map((l) => ({ maxTxn: l.maxTxn, end: l.end + shift }));
        this.committer.journalStart = headerBytes;
        this.journalAfter = generation;
        this.onPhase('rotated');
      });
    } finally {
      if (!done) {
        await out.close().catch(() => undefined);
        await rm(temp, { force: true });
      }
    }
  }
}

/** Appends bytes [from, to) of `file` to `out`, a chunk at a time (the event loop runs between chunks); returns `to`. */
async function copyRange(file: string, out: FileHandle, from: number, to: number): Promise<number> {
  if (to <= from) return from;
  const source = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(COPY_CHUNK, to - from));
    for (let at = from; at < to; ) {
      const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, to - at), at);
      if (bytesRead === 0) throw new Error(`the journal ended at ${at}, before ${to}`);
      await out.writeFile(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
    return to;
  } finally {
    await source.close();
  }
}

const COPY_CHUNK = 1024 * 1024;
