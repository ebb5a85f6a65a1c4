import { useId, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { useT } from '../i18n/useT.ts';
import { usersMessages } from './admin.messages.ts';
import type { AccountLinksApi, ResetLink } from './accountLinksApi.ts';
import { OneTimeLink } from './OneTimeLink.tsx';

/** Admins: a single-use, expiring password-reset link for an active account. */
export function ResetLinkSection({ users, api }: { users: readonly PublicUser[]; api: Pick<AccountLinksApi, 'resetLink'> }) {
  const id = useId();
  const active = users.filter((u) => u.active);
  const [chosen, setChosen] = useState('');
  const [link, setLink] = useState<ResetLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT(usersMessages);
  const userId = chosen || active[0]?.id || '';

  const create = async () => {
    if (!userId) return;
    setBusy(true);
    setError(null);
    const r = await api.resetLink(userId);
    setBusy(false);
    if (r.ok) setLink({ url: r.url, expiresAt: r.expiresAt, user: r.user });
    else setError(r.error.message);
  };

  const linkFor = link && t.rich('resetLinkFor', { name: <bdi>{link.user.name}</bdi> });
  const expires = link && t.rich('resetExpires', { time: <time dateTime={link.expiresAt}>{t.format.dateTime(link.expiresAt)}</time> });

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('resetTitle')}</h2>
      <p className="hint">{t('resetHint', { hours: LIMITS.resetLinkHours })}</p>
      <div className="invite-controls">
        <label htmlFor={`${id}-user`}>{t('resetAccount')}</label>
        <select id={`${id}-user`} value={userId} onChange={(e) => (setChosen(e.target.value), setLink(null))}>
          {active.map((u) => (
            // An option holds text only: the name is isolated with Unicode isolates so an Arabic name cannot reorder the address beside it.
            <option key={u.id} value={u.id} dir="auto">
              {`\u2068${u.name}\u2069 (${u.email})`}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={busy || !userId} onClick={() => void create()}>
          {t('createReset')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {link && <OneTimeLink url={link.url} testId="reset-url" intro={linkFor} expires={expires} />}
    </section>
  );
}
