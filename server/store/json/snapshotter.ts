import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JournalWriter, encodeLine, writeJournal, type JournalHeader } from '../journal/journal-file.ts';
import type { WorkspaceMemory } from '../memory/workspace-memory.ts';
import { captureSnapshot } from '../snapshot/capture.ts';
import type { SnapshotHeader } from '../snapshot/load-snapshot.ts';
import { SnapshotFile, type SnapshotData } from '../snapshot/snapshot-file.ts';
import type { GroupCommitter } from './group-commit.ts';

export interface SnapshotPolicy {
  /** Write a snapshot once the journal holds this many bytes... */
  journalBytes: number;
  /** ...or once changes are this old without one. */
  maxAgeMs: number;
}

/** Where a snapshot is, for logs and for tests that crash the server at each step. */
export type SnapshotPhase = 'writing' | 'written' | 'rotating' | 'rotated';

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { journalBytes: 64 * 1024 * 1024, maxAgeMs: 10 * 60 * 1000 };

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
  /** The generation named in the journal's header (differs from header.generation only after a failed rotation). */
  journalAfter: string;

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
    return this.committer.journal.size >= policy.journalBytes || now - this.lastSnapshotAt >= policy.maxAgeMs;
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
    const data: SnapshotData = captureSnapshot(this.memory, next, new Date().toISOString());
    if (!(await this.committer.waitFor(lastCommit))) return; // refused: the capture holds changes that never happened
    this.onPhase('writing');
    await new Low(new SnapshotFile(this.file), data).write();
    this.onPhase('written');
    this.header = next;
    this.lastSnapshotAt = Date.now();
    this.snapshots++;
    await this.rotate(next.generation, lastCommit);
    await this.onWritten(this.file);
  }

  /** Rewrites the journal to follow snapshot `generation`: its header, then only lines with transactions after `lastCommit`. */
  private async rotate(generation: string, lastCommit: number): Promise<void> {
    await this.committer.paused(async () => {
      this.onPhase('rotating');
      const ends = this.committer.lineEnds;
      const firstKept = ends.findIndex((l) => l.maxTxn > lastCommit);
      const journal = this.committer.journal;
      const start = firstKept < 0 ? journal.size : firstKept === 0 ? this.committer.journalStart : ends[firstKept - 1]!.end;
      const tail = await readRange(this.journalFile, start, journal.size);
      const header: JournalHeader = { journal: 'isnad', version: 1, workspaceId: this.header.workspaceId, after: generation };
      await writeJournal(this.journalFile, header, tail.length ? [tail.toString('utf8')] : []);
      await journal.close();
      const headerBytes = Buffer.byteLength(encodeLine(header));
      this.committer.journal = await JournalWriter.open(this.journalFile, headerBytes + tail.length);
      const shift = headerBytes - start;
      this.committer.lineEnds = firstKept < 0 ? [] : ends.slice(firstKept).map((l) => ({ maxTxn: l.maxTxn, end: l.end + shift }));
      this.committer.journalStart = headerBytes;
      this.journalAfter = generation;
      this.onPhase('rotated');
    });
  }
}

async function readRange(file: string, start: number, end: number): Promise<Buffer> {
  const length = end - start;
  if (length <= 0) return Buffer.alloc(0);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
