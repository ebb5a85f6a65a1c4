import * as z from 'zod/mini';
import { ClaimSchema, IdSchema, intAtLeast } from '../../../shared/domain/schemas.ts';
import {
  ArticleReviseSchema,
  ClaimCreateSchema,
  ClaimReattachSchema,
  ClaimIdSchema,
  ClaimUpdateSchema,
  CommentCreateSchema,
  EvidenceAddSchema,
  EvidenceRemoveSchema,
  OpIdSchema,
} from '../../../shared/protocol/payloads.ts';
import type { OutboxEntry, ParkedConflict } from './outboxEntry.ts';

/**
 * The outbox in localStorage, one key per person and article, so a reload
 * (or a crash, or a closed laptop) loses nothing that was not yet sent.
 * What comes back is parsed with the same schemas the server uses: the
 * storage is the user's own, but it can be stale, corrupt or edited.
 */

/** The part of Web Storage the outbox needs; tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface OutboxRecord {
  entries: OutboxEntry[];
  conflicts: ParkedConflict[];
}

export const outboxKey = (userId: string, articleId: string) => `isnad:v1:outbox:${userId}:${articleId}`;

const WireOpSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('claim:create'), payload: ClaimCreateSchema }),
  z.object({ event: z.literal('claim:update'), payload: ClaimUpdateSchema }),
  z.object({ event: z.literal('claim:delete'), payload: ClaimIdSchema }),
  z.object({ event: z.literal('claim:restore'), payload: ClaimIdSchema }),
  z.object({ event: z.literal('evidence:add'), payload: EvidenceAddSchema }),
  z.object({ event: z.literal('evidence:remove'), payload: EvidenceRemoveSchema }),
  z.object({ event: z.literal('comment:create'), payload: CommentCreateSchema }),
  z.object({ event: z.literal('claim:reattach'), payload: ClaimReattachSchema }),
  z.object({ event: z.literal('article:revise'), payload: ArticleReviseSchema }),
]);

const version = intAtLeast(0);
const EntrySchema = z.object({
  opId: OpIdSchema,
  op: WireOpSchema,
  claimId: IdSchema,
  tempId: z.optional(IdSchema),
  mentions: z.optional(z.array(IdSchema)),
  base: z.nullable(z.object({ seen: version, effective: version })),
  attempts: intAtLeast(0),
  createdAt: z.string(),
});
const ConflictSchema = z.object({ entry: EntrySchema, current: ClaimSchema });

/** Each element on its own, so one bad entry does not cost the others. */
function parseEach<T>(schema: z.ZodMiniType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = schema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

export function loadOutbox(storage: StorageLike | null, key: string): OutboxRecord {
  const empty: OutboxRecord = { entries: [], conflicts: [] };
  if (!storage) return empty;
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return empty;
  }
  if (!raw || typeof raw !== 'object') return empty;
  const r = raw as { entries?: unknown; conflicts?: unknown };
  return {
    // The schemas' inferred types are the wire types; the cast only restores the WireOp union's name.
    entries: parseEach(EntrySchema, r.entries) as OutboxEntry[],
    conflicts: parseEach(ConflictSchema, r.conflicts) as ParkedConflict[],
  };
}

/**
 * Writes this tab's queue. Another tab of the same person on the same
 * article may have queued entries we never saw: those are kept (after
 * ours), never overwritten. `known` is every opId this tab has held, so an
 * entry it has settled is not mistaken for a foreign one.
 */
export function saveOutbox(storage: StorageLike | null, key: string, record: OutboxRecord, known: ReadonlySet<string>): boolean {
  if (!storage) return false;
  const stored = loadOutbox(storage, key);
  const foreign = stored.entries.filter((e) => !known.has(e.opId));
  const foreignConflicts = stored.conflicts.filter((c) => !known.has(c.entry.opId));
  const entries = [...record.entries, ...foreign];
  const conflicts = [...record.conflicts, ...foreignConflicts];
  try {
    if (entries.length === 0 && conflicts.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: 1, entries, conflicts }));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the queue still lives in memory.
    return false;
  }
}
