import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { encodeClaim, encodeEntry } from '../codec/record-codec.ts';
import type { WorkspaceMemory } from '../memory/workspace-memory.ts';
import { publicationKey } from '../publication-records.ts';
import type { SnapshotHeader } from './load-snapshot.ts';
import { SNAPSHOT_SCHEMA_VERSION, type LineCache, type SectionName, type SnapshotData } from './snapshot-file.ts';

/** The sections whose records are kept encoded between snapshots: the bulk of a workspace, all replaced whole when they change. */
const CACHED_SECTIONS: ReadonlySet<SectionName> = new Set(['articles', 'revisions', 'claims', 'comments', 'history']);

/**
 * The workspace as it is at this instant, ready to be written while changes
 * go on: lists of references to its records, which are never changed in
 * place. Taking it costs one pass over the indexes (a few milliseconds at
 * 50,000 claims); encoding and serialising are left to SnapshotFile, chunk
 * by chunk, which takes the lines of unchanged records from `lines` when
 * given (the snapshotter keeps one cache for the life of the store).
 */
export function captureSnapshot(memory: WorkspaceMemory, header: SnapshotHeader, writtenAt: string, lines?: LineCache): SnapshotData {
  const articles: Array<[string, unknown]> = [];
  const revisions: Array<[string, unknown]> = [];
  const seqs: Array<[string, unknown]> = [];
  for (const index of memory.articles.values()) {
    if (!index.article) continue;
    articles.push([index.id, index.article]);
    if (index.revisions.length) revisions.push([index.id, index.revisions]);
    if (index.seq) seqs.push([index.id, index.seq]);
  }
  return {
    header: {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      workspaceId: header.workspaceId,
      generation: header.generation,
      previous: header.previous,
      lastCommit: header.lastCommit,
      writtenAt,
      settings: memory.settings,
    },
    sections: {
      articles,
      revisions,
      seqs,
      claims: [...memory.claims],
      comments: [...memory.comments],
      history: [...memory.history],
      ops: [...memory.ops].map(([key, { op }]) => [key, op]),
      users: [...memory.users],
      sessions: [...memory.sessions],
      invites: [...memory.invites],
      // Source merges by alias key (the tallies are rebuilt from the claims).
      sources: [...memory.sources.merges],
      publications: [...memory.publications.all()].map((p) => [publicationKey(p), p]),
    },
    // The bulk of a workspace goes out in stored form (codec/record-codec.ts), encoded record by record as it is written.
    encode: {
      claims: (claim) => encodeClaim(claim as Claim),
      history: (entries) => (entries as HistoryEntry[]).map((e) => encodeEntry(e, true)),
    },
    ...(lines ? { lines: { cache: lines, sections: CACHED_SECTIONS } } : {}),
  };
}
