import { useEffect, useState } from 'react';
import { ROLE_INFO, type Role } from '../../../shared/domain/roles.ts';
import { formatDateTime } from '../account/AcceptInvitePage.tsx';
import type { AccountLinksApi, OpenInvite } from './accountLinksApi.ts';

const strings = {
  title: 'Open invitations',
  none: 'No invitation is waiting to be used.',
  hint: 'Links sent but not used yet. Revoke one that went to the wrong person: it stops working at once.',
  revoke: 'Revoke',
  revokeLabel: (role: string, expires: string) => `Revoke the ${role} invitation expiring ${expires}`,
  expires: (when: string) => `expires ${when}`,
};

const roleText = (r: Role) => `${ROLE_INFO[r].label.en} · ${ROLE_INFO[r].label.ar}`;

/**
 * Admins: the invitations still open, each with Revoke. Fetched again when
 * `version` moves (a new invitation here, or users:changed from the server).
 */
export function OpenInvitations({ api, version, onChanged }: { api: Pick<AccountLinksApi, 'invites' | 'revokeInvite'>; version: number; onChanged(): void }) {
  const [invites, setInvites] = useState<OpenInvite[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.invites().then((r) => {
      if (!live) return;
      if (r.ok) setInvites(r.invites);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const revoke = async (invite: OpenInvite) => {
    setBusy(invite.id);
    setError(null);
    const r = await api.revokeInvite(invite.id);
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    setInvites((list) => list?.filter((i) => i.id !== invite.id) ?? null);
    onChanged();
  };

  return (
    <section className="admin-section" aria-labelledby="open-invites-title">
      <h2 id="open-invites-title">{strings.title}</h2>
      <p className="hint">{strings.hint}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {invites?.length === 0 && <p className="hint">{strings.none}</p>}
      {invites && invites.length > 0 && (
        <ul className="open-invites">
          {invites.map((i) => (
            <li key={i.id} data-testid="open-invite">
              <strong>{roleText(i.role)}</strong> · {strings.expires(formatDateTime(i.expiresAt))}{' '}
              <button type="button" disabled={busy === i.id} aria-label={strings.revokeLabel(ROLE_INFO[i.role].label.en, formatDateTime(i.expiresAt))} onClick={() => void revoke(i)}>
                {strings.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
