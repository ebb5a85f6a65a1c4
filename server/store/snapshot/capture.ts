import { encodeClaim, encodeEntry } from '../codec/record-codec.ts';
import type { WorkspaceMemory } from '../memory/workspace-memory.ts';
import type { SnapshotHeader } from './load-snapshot.ts';
import { SNAPSHOT_SCHEMA_VERSION, type SnapshotData } from './snapshot-file.ts';

/**
 * The workspace as it is at this instant, ready to be written while changes
 * go on: lists of its records (claims and history in stored form), which
 * are never changed in place. Taking it costs one pass over the indexes;
 * serialising it is left to SnapshotFile, chunk by chunk.
 */
export function captureSnapshot(memory: WorkspaceMemory, header: SnapshotHeader, writtenAt: string): SnapshotData {
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
      // The bulk of a workspace, in stored form (without what goes without saying: codec/record-codec.ts).
      claims: [...memory.claims.values()].map((c) => [c.id, encodeClaim(c)]),
      comments: [...memory.comments],
      history: [...memory.history].map(([claimId, entries]) => [claimId, entries.map((e) => encodeEntry(e, true))]),
      ops: [...memory.ops].map(([key, { op }]) => [key, op]),
      users: [...memory.users],
      sessions: [...memory.sessions],
      invites: [...memory.invites],
    },
  };
}
