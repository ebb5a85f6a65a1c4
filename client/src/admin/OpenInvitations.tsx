import { useEffect, useState } from 'react';
import { ROLE_INFO } from '../../../shared/domain/roles.ts';
import { useT } from '../i18n/useT.ts';
import { usersMessages } from './admin.messages.ts';
import type { AccountLinksApi, OpenInvite } from './accountLinksApi.ts';

/**
 * Admins: the invitations still open, each with Revoke. Fetched again when
 * `version` moves (a new invitation here, or users:changed from the server).
 */
export function OpenInvitations({ api, version, onChanged }: { api: Pick<AccountLinksApi, 'invites' | 'revokeInvite'>; version: number; onChanged(): void }) {
  const [invites, setInvites] = useState<OpenInvite[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const t = useT(usersMessages);

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
      <h2 id="open-invites-title">{t('openTitle')}</h2>
      <p className="hint">{t('openHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {invites?.length === 0 && <p className="hint">{t('openNone')}</p>}
      {invites && invites.length > 0 && (
        <ul className="open-invites">
          {invites.map((i) => (
            <li key={i.id} data-testid="open-invite">
              <strong>{ROLE_INFO[i.role].label[t.locale]}</strong> ·{' '}
              <time dateTime={i.expiresAt}>{t('openExpires', { time: t.format.dateTime(i.expiresAt) })}</time>{' '}
              <button type="button" disabled={busy === i.id} aria-label={t('revokeLabel', { role: ROLE_INFO[i.role].label[t.locale], time: t.format.dateTime(i.expiresAt) })} onClick={() => void revoke(i)}>
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
