import { z } from 'zod';
import {
  ArticleSchema,
  ClaimSchema,
  CommentSchema,
  HistoryEntrySchema,
  IdSchema,
  IsoDateSchema,
  RoleSchema,
} from '../../shared/domain/schemas.ts';
import { DEFAULT_SETTINGS, WorkspaceSettingsSchema } from '../../shared/domain/settings.ts';

/**
 * The shape of db.json. Parsed at start so a damaged or foreign file is
 * refused with a clear message instead of crashing later or being
 * overwritten with something worse. Older versions are migrated in memory
 * (and written back with the next change).
 */
export const DB_SCHEMA_VERSION = 2;

export const StoredUserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** Lower-cased; unique. */
  email: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  /** scrypt$N$r$p$salt$hash, see server/accounts/passwords.ts. */
  passwordHash: z.string(),
  createdAt: IsoDateSchema,
});
export type StoredUser = z.infer<typeof StoredUserSchema>;

/** Keyed by the SHA-256 of the token: a leaked db.json holds no usable session. */
export const StoredSessionSchema = z.object({
  userId: IdSchema,
  createdAt: IsoDateSchema,
  expiresAt: IsoDateSchema,
});
export type StoredSession = z.infer<typeof StoredSessionSchema>;

/** Keyed by the SHA-256 of the invitation token. */
export const StoredInviteSchema = z.object({
  role: RoleSchema,
  createdBy: IdSchema,
  createdAt: IsoDateSchema,
  expiresAt: IsoDateSchema,
  usedAt: IsoDateSchema.nullable(),
  usedBy: IdSchema.nullable(),
});
export type StoredInvite = z.infer<typeof StoredInviteSchema>;

/**
 * One broadcast as it went out, numbered per article. A capped list of these
 * lets a client that was away catch up with exactly what it missed.
 */
export const ChangeEventSchema = z.object({
  seq: z.number().int().min(1),
  event: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

export const ChangeLogSchema = z.object({ seq: z.number().int().min(0), log: z.array(ChangeEventSchema) });
export type ChangeLog = z.infer<typeof ChangeLogSchema>;

/** The ack an op got, kept for a while so a retry with the same opId gets it again. */
export const StoredOpSchema = z.object({
  userId: z.string(),
  at: IsoDateSchema,
  ack: z.record(z.string(), z.unknown()),
});
export type StoredOp = z.infer<typeof StoredOpSchema>;

/** Every revision of an article's body, with who made it and when. */
export const RevisionSchema = z.object({
  revision: z.number().int().min(1),
  body: z.array(z.string()),
  by: z.string(),
  byId: z.string().nullable(),
  at: IsoDateSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

export const DbSchema = z
  .object({
    schemaVersion: z.literal(DB_SCHEMA_VERSION),
    articles: z.record(z.string(), ArticleSchema),
    claims: z.record(z.string(), ClaimSchema),
    comments: z.record(z.string(), CommentSchema),
    /** Every change to each claim, complete and in order (keyed by claim id). */
    history: z.record(z.string(), z.array(HistoryEntrySchema)),
    /** Per article: the last sequence number and the recent broadcasts. */
    changeLog: z.record(z.string(), ChangeLogSchema),
    ops: z.record(z.string(), StoredOpSchema),
    revisions: z.record(z.string(), z.array(RevisionSchema)),
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

export type DbData = z.infer<typeof DbSchema>;

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
export function emptyCollections(): Omit<DbData, 'schemaVersion' | 'articles' | 'claims'> {
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
