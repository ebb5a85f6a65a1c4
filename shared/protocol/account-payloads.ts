import * as z from 'zod/mini';
import { RoleSchema } from '../domain/schemas.ts';
import { HttpUrlInputSchema } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { cpLength } from '../text/codepoints.ts';
import { DisplayNameSchema } from './payloads.ts';

/** Schemas of the account routes' bodies, shared by the forms and the server. */

export const EmailSchema = z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(LIMITS.email)), z.email());

export const PasswordSchema = z.string().check(
  z.refine((s) => cpLength(s) >= LIMITS.passwordMin, `at least ${LIMITS.passwordMin} characters`),
  z.refine((s) => cpLength(s) <= LIMITS.passwordMax, `at most ${LIMITS.passwordMax} characters`),
);

/** The first admin (`POST /api/setup`) and invited colleagues (`.../accept`). */
export const NewAccountSchema = z.object({
  name: DisplayNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});
export type NewAccountInput = z.infer<typeof NewAccountSchema>;

/** Login checks nothing about format: a wrong shape is just a wrong password. */
export const LoginSchema = z.object({
  email: z.string().check(z.maxLength(LIMITS.email), z.trim(), z.toLowerCase()),
  password: z.string().check(z.maxLength(LIMITS.passwordMax * 4)),
});

export const InviteCreateSchema = z.object({ role: RoleSchema });

export const UserPatchSchema = z
  .object({ role: z.optional(RoleSchema), active: z.optional(z.boolean()), name: z.optional(DisplayNameSchema) })
  .check(z.refine((p) => p.role !== undefined || p.active !== undefined || p.name !== undefined, { message: 'no changes given' }));
export type UserPatch = z.infer<typeof UserPatchSchema>;

/**
 * The first admin also gives the workspace's public address (reports and
 * links are built on it): asked at setup so that no report goes out naming
 * localhost. Optional for scripted setups, which keep the default.
 */
export const SetupSchema = z.extend(NewAccountSchema, { reportBaseUrl: z.optional(HttpUrlInputSchema) });
export type SetupInput = z.infer<typeof SetupSchema>;

/** `POST /api/resets/:token`: the new password set through an admin's reset link. */
export const PasswordResetSchema = z.object({ password: PasswordSchema });
export type PasswordResetInput = z.infer<typeof PasswordResetSchema>;
