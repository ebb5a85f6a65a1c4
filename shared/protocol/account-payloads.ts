import { z } from 'zod';
import { RoleSchema } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { cpLength } from '../text/codepoints.ts';
import { DisplayNameSchema } from './payloads.ts';

/** Schemas of the account routes' bodies, shared by the forms and the server. */

export const EmailSchema = z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email());

export const PasswordSchema = z
  .string()
  .refine((s) => cpLength(s) >= LIMITS.passwordMin, `at least ${LIMITS.passwordMin} characters`)
  .refine((s) => cpLength(s) <= LIMITS.passwordMax, `at most ${LIMITS.passwordMax} characters`);

/** The first admin (`POST /api/setup`) and invited colleagues (`.../accept`). */
export const NewAccountSchema = z.object({
  name: DisplayNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});
export type NewAccountInput = z.infer<typeof NewAccountSchema>;

/** Login checks nothing about format: a wrong shape is just a wrong password. */
export const LoginSchema = z.object({
  email: z.string().max(LIMITS.email).trim().toLowerCase(),
  password: z.string().max(LIMITS.passwordMax * 4),
});

export const InviteCreateSchema = z.object({ role: RoleSchema });

export const UserPatchSchema = z
  .object({ role: RoleSchema.optional(), active: z.boolean().optional(), name: DisplayNameSchema.optional() })
  .refine((p) => p.role !== undefined || p.active !== undefined || p.name !== undefined, { message: 'no changes given' });
export type UserPatch = z.infer<typeof UserPatchSchema>;
