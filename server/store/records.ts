import { z } from 'zod';
import { IdSchema, IsoDateSchema, RoleSchema } from '../../shared/domain/schemas.ts';
import { InterfaceLocaleSchema } from '../../shared/domain/interface-language.ts';
import type { MissedEvent } from '../../shared/protocol/events.ts';
import { MentionsSeenMarkSchema } from '../../shared/domain/mentions-seen.ts';

/**
 * The records the server stores besides articles, claims, comments and
 * history (whose schemas live in shared/). Every store (the embedded one on
 * db.json, PostgreSQL) keeps exactly these shapes, and every record read
 * from disk is parsed with them.
 */

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
  /** The interface language they chose; absent until they choose (the browser's language stands in). */
  locale: z.optional(InterfaceLocaleSchema),
  /** Per article, the mentions of them they have seen (bounded per article: shared/domain/mentions-seen.ts). */
  mentionsSeen: z.optional(z.record(z.string(), MentionsSeenMarkSchema)),
});
export type StoredUser = z.infer<typeof StoredUserSchema>;

/** Keyed by the SHA-256 of the token: a leaked store holds no usable session. */
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
  usedAt: z.nullable(IsoDateSchema),
  usedBy: z.nullable(IdSchema),
  /**
   * Set on a password-reset link, the account it resets: the same single-use,
   * expiring, hashed token as an invitation, kept in the same place. Such a
   * record never creates an account, and an invitation never resets one.
   */
  resetFor: z.optional(IdSchema),
});
export type StoredInvite = z.infer<typeof StoredInviteSchema>;

/**
 * The ack an op got, kept for a while so a retry with the same opId (after a
 * lost ack or a reconnect, also across a restart) gets the first result.
 */
export const StoredOpSchema = z.object({
  userId: z.string(),
  at: IsoDateSchema,
  ack: z.record(z.string(), z.unknown()),
});
export type StoredOp = z.infer<typeof StoredOpSchema>;

/**
 * Who made each revision of an article's text, and when. The body is kept
 * once: the current revision's text is the article's own body, so its entry
 * carries none; older revisions carry the text they had.
 */
export const StoredRevisionSchema = z.object({
  revision: z.number().int().min(1),
  by: z.string(),
  byId: z.string().nullable(),
  at: IsoDateSchema,
  body: z.array(z.string()).optional(),
});
export type StoredRevision = z.infer<typeof StoredRevisionSchema>;

/** A revision as the API presents it: always with its text. */
export type Revision = Required<StoredRevision>;

/**
 * One broadcast as it went out, numbered per article. A bounded list of
 * these lets a client that was away catch up with exactly what it missed.
 */
export type ChangeEvent = MissedEvent;
