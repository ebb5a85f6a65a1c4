import { useEffect, useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Result } from '../state/http.ts';
import { formatDateTime } from './AcceptInvitePage.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { FormField } from './FormField.tsx';
import { passwordProblem } from './validation.ts';

const strings = {
  title: 'Choose a new password',
  checking: 'Checking the link…',
  forWhom: (name: string, until: string) => `This link sets a new password for ${name}. It works once, until ${until}.`,
  signsOut: 'Every other device signed in to this account is signed out.',
  askAgain: 'Ask an admin for a new link.',
  signIn: 'Go to sign in',
  password: 'New password',
  confirm: 'Confirm new password',
  submit: 'Set password and sign in',
};

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
    const found = { password: passwordProblem(password) ?? undefined, confirm: confirm === password ? undefined : 'The passwords do not match.' };
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
      <AuthLayout title={strings.title}>
        {link.phase === 'loading' ? (
          <p className="hint">{strings.checking}</p>
        ) : (
          <>
            <p className="form-error" role="alert">
              {link.message}
            </p>
            <p className="hint">{strings.askAgain}</p>
            <p>
              <a href="#/">{strings.signIn}</a>
            </p>
          </>
        )}
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={strings.title}
      intro={
        <>
          <p data-testid="reset-for">{strings.forWhom(link.name, formatDateTime(link.expiresAt))}</p>
          <p>{strings.signsOut}</p>
        </>
      }
    >
      <form className="auth-form-fields" onSubmit={(e) => void submit(e)} noValidate>
        <FormField label={strings.password} type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax}
          value={password} onChange={(v) => (setPassword(v), setProblems({}))} error={problems.password} hint={`At least ${LIMITS.passwordMin} characters.`} />
        <FormField label={strings.confirm} type="password" autoComplete="new-password" required maxLength={LIMITS.passwordMax}
          value={confirm} onChange={(v) => (setConfirm(v), setProblems({}))} error={problems.confirm} />
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {strings.submit}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
