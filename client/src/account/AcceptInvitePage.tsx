import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { NewAccountInput } from '../../../shared/protocol/account-payloads.ts';
import type { Result } from '../state/http.ts';
import { AccountForm } from './AccountForm.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { roleLabel } from './permissions.ts';
import { useT } from '../i18n/useT.ts';
import { accountMessages, roleDescriptions } from './account.messages.ts';

export interface AcceptInvitePageProps {
  token: string;
  loadInvite(token: string): Promise<Result<{ role: Role; expiresAt: string }>>;
  onAccept(token: string, input: NewAccountInput): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
  /** Someone already signed in in this browser: accepting signs them in as the new account. */
  signedInAs?: string | null;
}

type InviteState = { phase: 'loading' } | { phase: 'valid'; role: Role; expiresAt: string } | { phase: 'invalid'; message: string };

/** Opened from an invitation link (#/invite/<token>): shows the role it grants, then creates the account. */
export function AcceptInvitePage({ token, loadInvite, onAccept, onDone, signedInAs }: AcceptInvitePageProps) {
  const [invite, setInvite] = useState<InviteState>({ phase: 'loading' });
  const t = useT(accountMessages);
  const roles = useT(roleDescriptions);

  useEffect(() => {
    let live = true;
    setInvite({ phase: 'loading' });
    void loadInvite(token).then((r) => {
      if (!live) return;
      setInvite(r.ok ? { phase: 'valid', role: r.role, expiresAt: r.expiresAt } : { phase: 'invalid', message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [token, loadInvite]);

  if (invite.phase === 'loading') {
    return (
      <AuthLayout title={t('joinTitle')}>
        <p className="hint">{t('checkingInvite')}</p>
      </AuthLayout>
    );
  }
  if (invite.phase === 'invalid') {
    return (
      <AuthLayout title={t('joinTitle')}>
        <p className="form-error" role="alert">
          {invite.message}
        </p>
        <p className="hint">{t('askNewInvite')}</p>
        <p>
          <a href="#/">{t('goToSignIn')}</a>
        </p>
      </AuthLayout>
    );
  }
  const label = roleLabel(invite.role);
  return (
    <AuthLayout
      title={t('joinTitle')}
      intro={
        <>
          <p data-testid="invite-role">
            {t.rich('invitedAs', { role: <strong>{label[t.locale]}</strong>, description: roles(invite.role) })}
          </p>
          <p>{t.rich('inviteValidUntil', { time: <time dateTime={invite.expiresAt}>{t.format.dateTime(invite.expiresAt)}</time> })}</p>
          {signedInAs && <p>{t.rich('signedInAs', { name: <bdi>{signedInAs}</bdi> })}</p>}
        </>
      }
    >
      <AccountForm submitLabel={t('join')} onSubmit={(input) => onAccept(token, input)} onCreated={onDone} />
    </AuthLayout>
  );
}
