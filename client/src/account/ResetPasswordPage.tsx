import { useEffect, useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Result } from '../state/http.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { FormField } from './FormField.tsx';
import { confirmProblem, passwordProblem } from './validation.ts';
import { useT } from '../i18n/useT.ts';
import { accountMessages, validationMessages } from './account.messages.ts';

export interface ResetPasswordPageProps {
  token: string;
  loadReset(token: string): Promise<Result<{ name: string; expiresAt: string }>>;
  onReset(token: string, password: string): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
}

type LinkState = { phase: 'loading' } | { phase: 'valid'; name: string; expiresAt: string } | { phase: 'invalid'; message: string };

/** Opened from an admin's password-reset link (#/reset/<token>): a new password, then signed in. */
export function ResetPasswordPage({ token, loadReset, onReset, onDone }: ResetPasswordPageProps) {
  const [link, setLink] = useState<LinkState>({ phase: 'loading' });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<{ password?: string; confirm?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT(accountMessages);
  const tv = useT(validationMessages);

  useEffect(() => {
    let live = true;
    void loadReset(token).then((r) => {
      if (live) setLink(r.ok ? { phase: 'valid', name: r.name, expiresAt: r.expiresAt } : { phase: 'invalid', message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [token, loadReset]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    // The same password rules as a new account, checked with the server's schema.
    const found = { password: passwordProblem(password, tv) ?? undefined, confirm: confirmProblem(password, confirm, tv) ?? undefined };
    setProblems(found);
    setFormError(null);
    if (found.password || found.confirm) return;
    setBusy(true);
    const r = await onReset(token, password);
    setBusy(false);
    if (r.ok) return onDone(r.user);
    if (r.error.field === 'password') setProblems({ password: r.error.message });
    else setFormError(r.error.message);
  };

  if (link.phase !== 'valid') {
    return (
      <AuthLayout title={t('resetTitle')}>
        {link.phase === 'loading' ? (
          <p className="hint">{t('checkingLink')}</p>
        ) : (
          <>
            <p className="form-error" role="alert">
              {link.message}
            </p>
            <p className="hint">{t('askNewReset')}</p>
            <p>
              <a href="#/">{t('goToSignIn')}</a>
            </p>
          </>
        )}
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={t('resetTitle')}
      intro={
        <>
          <p data-testid="reset-for">{t.rich('resetFor', { name: <bdi>{link.name}</bdi>, time: <time dateTime={link.expiresAt}>{t.format.dateTime(link.expiresAt)}</time> })}</p>
          <p>{t('resetSignsOut')}</p>
        </>
      }
    >
      <form className="auth-form-fields" onSubmit={(e) => void submit(e)} noValidate>
        <FormField label={t('newPassword')} type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax}
          value={password} onChange={(v) => (setPassword(v), setProblems({}))} error={problems.password} hint={tv('tooShort', { count: LIMITS.passwordMin })} />
        <FormField label={t('confirmNewPassword')} type="password" autoComplete="new-password" required maxLength={LIMITS.passwordMax}
          value={confirm} onChange={(v) => (setConfirm(v), setProblems({}))} error={problems.confirm} />
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('resetSubmit')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
