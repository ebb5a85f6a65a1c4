import { LIMITS } from '../../../shared/limits.ts';
import { EmailSchema, PasswordSchema } from '../../../shared/protocol/account-payloads.ts';
import { DisplayNameSchema } from '../../../shared/protocol/payloads.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';

/**
 * The account form's checks, made with the same schemas the server parses
 * with, so what the form accepts the server accepts. Each returns a message
 * for the field, or null when the value is fine.
 */

export type AccountField = 'name' | 'email' | 'password' | 'confirm';

export function nameProblem(name: string): string | null {
  if (!name.trim()) return 'Please enter the name your colleagues will see.';
  if (cpLength(name.trim()) > LIMITS.displayName) return `At most ${LIMITS.displayName} characters.`;
  return DisplayNameSchema.safeParse(name).success ? null : 'The name contains characters that are not allowed.';
}

export function emailProblem(email: string): string | null {
  if (!email.trim()) return 'Please enter an email address.';
  return EmailSchema.safeParse(email).success ? null : 'Please enter a valid email address.';
}

export function passwordProblem(password: string): string | null {
  if (PasswordSchema.safeParse(password).success) return null;
  return cpLength(password) < LIMITS.passwordMin
    ? `At least ${LIMITS.passwordMin} characters.`
    : `At most ${LIMITS.passwordMax} characters.`;
}

export function validateAccount(values: Record<AccountField, string>): Partial<Record<AccountField, string>> {
  const problems: Partial<Record<AccountField, string>> = {};
  const name = nameProblem(values.name);
  const email = emailProblem(values.email);
  const password = passwordProblem(values.password);
  if (name) problems.name = name;
  if (email) problems.email = email;
  if (password) problems.password = password;
  if (values.confirm !== values.password) problems.confirm = 'The passwords do not match.';
  return problems;
}
