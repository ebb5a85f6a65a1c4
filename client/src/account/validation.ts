import { LIMITS } from '../../../shared/limits.ts';
import { EmailSchema, PasswordSchema } from '../../../shared/protocol/account-payloads.ts';
import { DisplayNameSchema } from '../../../shared/protocol/payloads.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import { validationMessages } from './account.messages.ts';

/**
 * The account form's checks, made with the same schemas the server parses
 * with, so what the form accepts the server accepts. Each returns a message
 * for the field, in the interface language of the moment it is called (or
 * of the translator given), or null when the value is fine.
 */

export type AccountField = 'name' | 'email' | 'password' | 'confirm';
type T = Translator<typeof validationMessages>;
const now = (): T => translator(validationMessages);

export function nameProblem(name: string, t: T = now()): string | null {
  if (!name.trim()) return t('nameMissing');
  if (cpLength(name.trim()) > LIMITS.displayName) return t('tooLong', { count: LIMITS.displayName });
  return DisplayNameSchema.safeParse(name).success ? null : t('nameChars');
}

export function emailProblem(email: string, t: T = now()): string | null {
  if (!email.trim()) return t('emailMissing');
  return EmailSchema.safeParse(email).success ? null : t('emailInvalid');
}

export function passwordProblem(password: string, t: T = now()): string | null {
  if (PasswordSchema.safeParse(password).success) return null;
  return cpLength(password) < LIMITS.passwordMin ? t('tooShort', { count: LIMITS.passwordMin }) : t('tooLong', { count: LIMITS.passwordMax });
}

export function confirmProblem(password: string, confirm: string, t: T = now()): string | null {
  return confirm === password ? null : t('mismatch');
}

export function validateAccount(values: Record<AccountField, string>, t: T = now()): Partial<Record<AccountField, string>> {
  const problems: Partial<Record<AccountField, string>> = {};
  const name = nameProblem(values.name, t);
  const email = emailProblem(values.email, t);
  const password = passwordProblem(values.password, t);
  const confirm = confirmProblem(values.password, values.confirm, t);
  if (name) problems.name = name;
  if (email) problems.email = email;
  if (password) problems.password = password;
  if (confirm) problems.confirm = confirm;
  return problems;
}
