import { useState, type FormEvent, type ReactNode } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { NewAccountInput } from '../../../shared/protocol/account-payloads.ts';
import type { Result } from '../state/http.ts';
import { FormField } from './FormField.tsx';
import { validateAccount, type AccountField } from './validation.ts';
import { useT } from '../i18n/useT.ts';
import { accountMessages, validationMessages } from './account.messages.ts';

export interface AccountFormProps {
  submitLabel: string;
  /** Sends the account to the server; resolves to its answer. */
  onSubmit(input: NewAccountInput): Promise<Result<{ user: PublicUser }>>;
  onCreated(user: PublicUser): void;
  disabled?: boolean;
  /** More fields of the same form (setup asks for the workspace's address), shown after the password. */
  children?: ReactNode;
  /** Checks those fields; false stops the submit, each field showing its own problem. */
  checkExtra?(): boolean;
}

const EMPTY: Record<AccountField, string> = { name: '', email: '', password: '', confirm: '' };
const FIELDS = new Set<string>(['name', 'email', 'password']);

/**
 * Name, email, password and its confirmation: the first admin's account and
 * an invited colleague's. Checked here with the server's own schemas before
 * anything is sent; the server's refusals are shown beside the field they
 * concern, or above the button.
 */
export function AccountForm({ submitLabel, onSubmit, onCreated, disabled, children, checkExtra }: AccountFormProps) {
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<AccountField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT(accountMessages);
  const tv = useT(validationMessages);

  const set = (field: AccountField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
    setFormError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = validateAccount(values, tv);
    setProblems(found);
    setFormError(null);
    const extraOk = checkExtra ? checkExtra() : true;
    if (Object.keys(found).length > 0 || !extraOk) return;
    setBusy(true);
    const result = await onSubmit({ name: values.name.trim(), email: values.email.trim(), password: values.password });
    setBusy(false);
    if (result.ok) return onCreated(result.user);
    const { error } = result;
    if (error.code === 'email_taken') setProblems({ email: error.message });
    else if (error.field && FIELDS.has(error.field)) setProblems({ [error.field]: error.message });
    else setFormError(error.message);
  };

  return (
    <form className="auth-form-fields" onSubmit={(e) => void submit(e)} noValidate>
      <FormField label={t('name')} type="text" dir="auto" autoComplete="name" required maxLength={LIMITS.displayName}
        value={values.name} onChange={set('name')} error={problems.name} hint={t('nameHint')} />
      <FormField label={t('email')} type="email" dir="ltr" autoComplete="email" required maxLength={LIMITS.email}
        value={values.email} onChange={set('email')} error={problems.email} />
      <FormField label={t('password')} type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin}
        maxLength={LIMITS.passwordMax} value={values.password} onChange={set('password')} error={problems.password}
        hint={tv('tooShort', { count: LIMITS.passwordMin })} />
      <FormField label={t('confirmPassword')} type="password" autoComplete="new-password" required maxLength={LIMITS.passwordMax}
        value={values.confirm} onChange={set('confirm')} error={problems.confirm} />
      {children}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || disabled}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
