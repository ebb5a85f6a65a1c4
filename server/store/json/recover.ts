import { existsSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { JournalFormatError, readJournal, type JournalContents } from '../journal/journal-file.ts';
import { UnresolvedReferenceError } from '../memory/change-payloads.ts';
import { decodeMutation } from '../codec/mutation-codec.ts';
import { MutationSchema } from '../memory/mutations.ts';
import { MutationError, WorkspaceMemory } from '../memory/workspace-memory.ts';
import { loadSnapshot, SnapshotLoadError, type SnapshotHeader } from '../snapshot/load-snapshot.ts';
import { DbFileError } from '../store.ts';
import type { LineEnd } from './group-commit.ts';

export interface StoreLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const journalFileOf = (file: string): string => `${file}.journal`;

/** What start-up found on disk, replayed into memory. */
export type Recovered =
  | { kind: 'missing' }
  /** A db.json from before journals: loaded, not yet rewritten. */
  | { kind: 'legacy'; memory: WorkspaceMemory }
  | {
      kind: 'snapshot';
      memory: WorkspaceMemory;
      header: SnapshotHeader;
      /** The last transaction in memory (the snapshot's, or the journal's last). */
      lastTxn: number;
      /** The journal as found (null when there was none); `goodSize` is where appending resumes. */
      journal: JournalContents | null;
      /** Lines still needed after the snapshot, with the last transaction each holds. */
      lineEnds: LineEnd[];
    };

/**
 * Start-up: load the snapshot, then replay the journal's transactions after
 * it, in order, through the same apply function the server runs. A torn
 * last line (a crash during an append: never acked) is dropped, with a
 * warning, and cut off the file unless `readOnly`. Anything else that does
 * not add up (a damaged line with good lines after it, a journal of another
 * workspace or snapshot, a gap in the transaction numbers, a db.json that is
 * not a workspace) throws DbFileError naming the file, having touched
 * nothing.
 */
export async function recover(file: string, options: { readOnly?: boolean; log?: StoreLog } = {}): Promise<Recovered> {
  const journalFile = journalFileOf(file);
  let loaded;
  try {
    loaded = await loadSnapshot(file);
  } catch (error) {
    if (error instanceof SnapshotLoadError) throw new DbFileError(error.message);
    throw error;
  }
  if (!loaded || loaded.kind === 'legacy') {
    if (existsSync(journalFile)) {
      throw new DbFileError(
        `${journalFile} exists but ${loaded ? `${file} is from before journals` : `${file} does not`}: the journal belongs to another workspace file; refusing to start (move one of them away, or restore a backup with npm run db:restore)`,
      );
    }
    return loaded ? { kind: 'legacy', memory: loaded.memory } : { kind: 'missing' };
  }

  const { header, memory } = loaded;
  let journal: JournalContents | null;
  try {
    journal = await readJournal(journalFile);
  } catch (error) {
    if (error instanceof JournalFormatError) {
      throw new DbFileError(`${journalFile} is damaged: ${error.message}; refusing to start (restore a backup with npm run db:restore)`);
    }
    throw error;
  }
  const lineEnds: LineEnd[] = [];
  let lastTxn = header.lastCommit;
  if (journal) {
    const foreign = (why: string) => new DbFileError(`${journalFile} does not belong to ${file}: ${why}; refusing to start (restore a backup with npm run db:restore)`);
    if (journal.header.workspaceId !== header.workspaceId) throw foreign('it is the journal of another workspace');
    if (journal.header.after !== header.generation && journal.header.after !== header.previous) throw foreign('it follows another snapshot');
    for (const { line, lineNo, end } of journal.lines) {
      let maxTxn = 0;
      for (const commit of line.t) {
        maxTxn = Math.max(maxTxn, commit.n);
        if (commit.n <= header.lastCommit) continue; // already in the snapshot
        if (commit.n !== lastTxn + 1) throw foreign(`line ${lineNo} holds transaction ${commit.n} where ${lastTxn + 1} should come`);
        replay(memory, commit.m, () => new DbFileError(`${journalFile} is damaged: line ${lineNo} does not apply to ${file}; refusing to start (restore a backup with npm run db:restore)`));
        lastTxn = commit.n;
      }
      if (maxTxn > header.lastCommit) lineEnds.push({ maxTxn, end });
    }
    if (journal.torn) {
      options.log?.warn(
        { journal: journalFile, line: journal.torn.lineNo, reason: journal.torn.reason },
        `dropped the torn last line ${journal.torn.lineNo} of ${journalFile} (${journal.torn.reason}): a crash during a write, never acked`,
      );
      if (!options.readOnly) await truncate(journalFile, journal.goodSize);
    }
  }
  return { kind: 'snapshot', memory, header, lastTxn, journal, lineEnds };
}

/** Applies one journalled transaction; all of it or (after a failure) none of it. */
function replay(memory: WorkspaceMemory, mutations: unknown[], fail: () => Error): void {
  const undos: Array<() => void> = [];
  try {
    for (const raw of mutations) {
      const parsed = MutationSchema.safeParse(decodeMutation(raw));
      if (!parsed.success) throw fail();
      undos.push(memory.apply(parsed.data));
    }
  } catch (error) {
    for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
    if (error instanceof MutationError || error instanceof UnresolvedReferenceError) throw fail();
    throw error;
  }
}
