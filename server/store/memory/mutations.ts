import { z } from 'zod';
import { ArticleSchema, ClaimSchema, CommentSchema, HistoryEntrySchema, IsoDateSchema } from '../../../shared/domain/schemas.ts';
import { WorkspaceSettingsSchema } from '../../../shared/domain/settings.ts';
import { SourceMergeSchema } from '../../../shared/sources/merges.ts';
import { StoredPublicationSchema } from '../publication-records.ts';
import { StoredInviteSchema, StoredOpSchema, StoredSessionSchema, StoredUserSchema } from '../records.ts';

/**
 * What a transaction does to the workspace, record by record: the journal
 * stores these, and the very same function applies them at run time and
 * when the journal is replayed after a restart, so the two cannot drift.
 *
 * A change-log entry is kept small in the journal: its payload refers to
 * the records put in the same transaction (see change-payloads.ts), which
 * replay resolves back into exactly the broadcast that went out.
 */
export const RevisionMetaSchema = z.object({
  revision: z.number().int().min(1),
  by: z.string(),
  byId: z.string().nullable(),
  at: IsoDateSchema,
});
export type RevisionMeta = z.infer<typeof RevisionMetaSchema>;

export const CompactPayloadSchema = z.record(z.string(), z.unknown());

export const MutationSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('article'), v: ArticleSchema }),
  z.object({ k: z.literal('revision'), a: z.string(), v: RevisionMetaSchema }),
  z.object({ k: z.literal('claim'), v: ClaimSchema }),
  z.object({ k: z.literal('comment'), v: CommentSchema }),
  z.object({ k: z.literal('history'), v: HistoryEntrySchema }),
  z.object({ k: z.literal('change'), a: z.string(), s: z.number().int().min(1), e: z.string(), p: CompactPayloadSchema }),
  z.object({ k: z.literal('op'), key: z.string(), v: StoredOpSchema }),
  z.object({ k: z.literal('settings'), v: WorkspaceSettingsSchema }),
  z.object({ k: z.literal('user'), v: StoredUserSchema }),
  z.object({ k: z.literal('session'), key: z.string(), v: StoredSessionSchema.nullable() }),
  z.object({ k: z.literal('invite'), key: z.string(), v: StoredInviteSchema }),
  z.object({ k: z.literal('sourceMerge'), key: z.string(), v: z.nullable(SourceMergeSchema) }),
  z.object({ k: z.literal('publication'), v: StoredPublicationSchema }),
]);
export type Mutation = z.infer<typeof MutationSchema>;
