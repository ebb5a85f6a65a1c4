import { z } from 'zod';
import {
  ArticleSchema,
  ClaimSchema,
  CommentSchema,
  HistoryEntrySchema,
  IsoDateSchema,
} from '../../../shared/domain/schemas.ts';
import { DEFAULT_SETTINGS, WorkspaceSettingsSchema } from '../../../shared/domain/settings.ts';
import { StoredInviteSchema, StoredOpSchema, StoredSessionSchema, StoredUserSchema } from '../records.ts';

/**
 * db.json as versions 1 and 2 wrote it: one pretty-printed JSON document
 * of the whole workspace, rewritten on every change. Such files still open:
 * they are parsed (and version 1 migrated) here, then loaded into memory
 * and written out as a version 3 snapshot (see snapshot-file.ts).
 */
export const LEGACY_SCHEMA_VERSION = 2;

const ChangeEventSchema = z.object({
  seq: z.number().int().min(1),
  event: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

const ChangeLogSchema = z.object({ seq: z.number().int().min(0), log: z.array(ChangeEventSchema) });

/** Every revision with its text, as version 2 kept them. */
const LegacyRevisionSchema = z.object({
  revision: z.number().int().min(1),
  body: z.array(z.string()),
  by: z.string(),
  byId: z.string().nullable(),
  at: IsoDateSchema,
});

export const DbSchema = z
  .object({
    schemaVersion: z.literal(LEGACY_SCHEMA_VERSION),
    articles: z.record(z.string(), ArticleSchema),
    claims: z.record(z.string(), ClaimSchema),
    comments: z.record(z.string(), CommentSchema),
    /** Every change to each claim, complete and in order (keyed by claim id). */
    history: z.record(z.string(), z.array(HistoryEntrySchema)),
    /** Per article: the last sequence number and the recent broadcasts. */
    changeLog: z.record(z.string(), ChangeLogSchema),
    ops: z.record(z.string(), StoredOpSchema),
    revisions: z.record(z.string(), z.array(LegacyRevisionSchema)),
    settings: WorkspaceSettingsSchema,
    users: z.record(z.string(), StoredUserSchema),
    sessions: z.record(z.string(), StoredSessionSchema),
    invites: z.record(z.string(), StoredInviteSchema),
  })
  .superRefine((db, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    for (const [key, article] of Object.entries(db.articles)) {
      if (key !== article.id) problem(`article key "${key}" != id "${article.id}"`);
    }
    for (const [key, claim] of Object.entries(db.claims)) {
      if (key !== claim.id) problem(`claim key "${key}" != id "${claim.id}"`);
      if (!Object.hasOwn(db.articles, claim.articleId)) problem(`claim "${key}" belongs to missing article "${claim.articleId}"`);
    }
    for (const [key, comment] of Object.entries(db.comments)) {
      if (key !== comment.id) problem(`comment key "${key}" != id "${comment.id}"`);
      if (!Object.hasOwn(db.claims, comment.claimId)) problem(`comment "${key}" belongs to missing claim "${comment.claimId}"`);
    }
    const emails = new Set<string>();
    for (const [key, user] of Object.entries(db.users)) {
      if (key !== user.id) problem(`user key "${key}" != id "${user.id}"`);
      if (emails.has(user.email)) problem(`two users share the email "${user.email}"`);
      emails.add(user.email);
    }
  });

export type LegacyDb = z.infer<typeof DbSchema>;

/** Brings an older db.json up to the current shape; unknown versions pass through to fail validation. */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const db = raw as Record<string, unknown>;
  if (db.schemaVersion === 1) {
    // v1 had no accounts, assignees, evidence or discussion: claims from then
    // keep the names they were made under and get no account ids.
    const claims = Object.fromEntries(
      Object.entries((db.claims ?? {}) as Record<string, Record<string, unknown>>).map(([id, c]) => [
        id,
        {
          ...c,
          createdById: c.createdById ?? null,
          updatedById: c.updatedById ?? null,
          assigneeId: null,
          evidence: [],
          orphaned: false,
          fieldVersions: { ...(c.fieldVersions as object), assigneeId: 1 },
        },
      ]),
    );
    return { ...db, schemaVersion: 2, claims, ...emptyCollections() };
  }
  return raw;
}

/** Everything but articles and claims, empty: what a new workspace starts with. */
export function emptyCollections(): Omit<LegacyDb, 'schemaVersion' | 'articles' | 'claims'> {
  return {
    comments: {},
    history: {},
    changeLog: {},
    ops: {},
    revisions: {},
    settings: DEFAULT_SETTINGS,
    users: {},
    sessions: {},
    invites: {},
  };
}
