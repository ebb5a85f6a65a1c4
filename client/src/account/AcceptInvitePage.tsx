import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { NewAccountInput } from '../../../shared/protocol/account-payloads.ts';
import type { Result } from '../state/http.ts';
import { AccountForm } from './AccountForm.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { roleLabel } from './permissions.ts';
import { ROLE_INFO } from '../../../shared/domain/roles.ts';

export interface AcceptInvitePageProps {
  token: string;
  loadInvite(token: string): Promise<Result<{ role: Role; expiresAt: string }>>;
  onAccept(token: string, input: NewAccountInput): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
  /** Someone already signed in in this browser: accepting signs them in as the new account. */
  signedInAs?: string | null;
}

type InviteState = { phase: 'loading' } | { phase: 'valid'; role: Role; expiresAt: string } | { phase: 'invalid'; message: string };

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Opened from an invitation link (#/invite/<token>): shows the role it grants, then creates the account. */
export function AcceptInvitePage({ token, loadInvite, onAccept, onDone, signedInAs }: AcceptInvitePageProps) {
  const [invite, setInvite] = useState<InviteState>({ phase: 'loading' });

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
      <AuthLayout title="Join Isnad">
        <p className="hint">Checking the invitation…</p>
      </AuthLayout>
    );
  }
  if (invite.phase === 'invalid') {
    return (
      <AuthLayout title="Join Isnad">
        <p className="form-error" role="alert">
          {invite.message}
        </p>
        <p className="hint">Ask the admin who invited you for a new link.</p>
        <p>
          <a href="#/">Go to sign in</a>
        </p>
      </AuthLayout>
    );
  }
  const label = roleLabel(invite.role);
  return (
    <AuthLayout
      title="Join Isnad"
      intro={
        <>
          <p data-testid="invite-role">
            You are invited as{' '}
            <strong>
              {label.en} · <span lang="ar">{label.ar}</span>
            </strong>
            : {ROLE_INFO[invite.role].description}
          </p>
          <p>This link is valid until {formatDateTime(invite.expiresAt)}.</p>
          {signedInAs && (
            <p>
              You are signed in as <bdi>{signedInAs}</bdi>; joining signs you in with the new account instead.
            </p>
          )}
        </>
      }
    >
      <AccountForm submitLabel="Join" onSubmit={(input) => onAccept(token, input)} onCreated={onDone} />
    </AuthLayout>
  );
}
