import { useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Result } from '../state/http.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { FormField } from './FormField.tsx';
import { useT } from '../i18n/useT.ts';
import { accountMessages } from './account.messages.ts';

export interface LoginPageProps {
  onLogin(input: { email: string; password: string }): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
  /** Why the person is here, e.g. after their session ended. */
  notice?: string | null;
}

/** Email and password. Wrong credentials and throttling get the server's fixed words. */
export function LoginPage({ onLogin, onDone, notice }: LoginPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT(accountMessages);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!email.trim() || !password) return setError(t('enterBoth'));
    setBusy(true);
    setError(null);
    const result = await onLogin({ email: email.trim(), password });
    setBusy(false);
    if (result.ok) return onDone(result.user);
    setError(result.error.message);
    if (result.error.code === 'invalid_credentials') setPassword('');
  };

  return (
    <AuthLayout title={t('signInTitle')}>
      {notice && !error && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      <form className="auth-form-fields" onSubmit={(e) => void submit(e)} noValidate>
        <FormField label={t('email')} type="email" dir="ltr" autoComplete="username" required autoFocus maxLength={LIMITS.email}
          value={email} onChange={(v) => { setEmail(v); setError(null); }} />
        <FormField label={t('password')} type="password" autoComplete="current-password" required maxLength={LIMITS.passwordMax}
          value={password} onChange={(v) => { setPassword(v); setError(null); }} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('signIn')}
          </button>
        </div>
      </form>
      <p className="hint">{t('noAccount')}</p>
    </AuthLayout>
  );
}
