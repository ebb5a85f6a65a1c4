import { z } from 'zod';
import { IdSchema, StatusSchema, userText } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';

/**
 * Schemas for every inbound payload. Types say nothing at run time: the
 * server parses each packet with one of these before anything else happens.
 * Unknown fields are stripped.
 */

export const DisplayNameSchema = userText(LIMITS.displayName, { trim: true }).pipe(
  z.string().min(1, 'a display name is required'),
);

export const HandshakeAuthSchema = z.object({ name: DisplayNameSchema });

export const ArticleJoinSchema = z.object({ articleId: IdSchema });
export type ArticleJoinInput = z.infer<typeof ArticleJoinSchema>;

const ClaimFieldsSchema = {
  status: StatusSchema.optional(),
  summary: userText(LIMITS.summary, { trim: true }).optional(),
  attributedTo: userText(LIMITS.attributedTo, { trim: true }).optional(),
  note: userText(LIMITS.note).optional(),
};

export const ClaimCreateSchema = z.object({
  articleId: IdSchema,
  target: z
    .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((t) => t.end > t.start, { message: 'end must be greater than start' }),
  ...ClaimFieldsSchema,
});
export type ClaimCreateInput = z.infer<typeof ClaimCreateSchema>;

export const ClaimChangesSchema = z
  .object(ClaimFieldsSchema)
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'no changes given' });
export type ClaimChanges = z.infer<typeof ClaimChangesSchema>;

export const ClaimUpdateSchema = z.object({
  id: IdSchema,
  /** The claim version the change was made on; omit to apply unconditionally. */
  baseVersion: z.number().int().min(1).optional(),
  changes: ClaimChangesSchema,
});
export type ClaimUpdateInput = z.infer<typeof ClaimUpdateSchema>;

export const ClaimIdSchema = z.object({ id: IdSchema });
export type ClaimIdInput = z.infer<typeof ClaimIdSchema>;

/**
 * The path of the first invalid field ("target.end"), for the error ack's
 * `field`. Paths are made of schema keys (unknown keys are stripped, never
 * reported), so no user text reaches the client this way.
 */
export function firstInvalidField(error: z.ZodError): string | undefined {
  const path = error.issues[0]?.path ?? [];
  return path.length ? path.map(String).join('.') : undefined;
}

/** A readable list of what is wrong, for logs and the CLI (not for clients). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
