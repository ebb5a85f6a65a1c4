import { useId, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { formatDateTime } from '../account/AcceptInvitePage.tsx';
import type { AccountLinksApi, ResetLink } from './accountLinksApi.ts';
import { copyLink } from './copyLink.ts';

const strings = {
  title: 'Reset a password',
  hint: 'For a colleague who forgot theirs: the link lets them choose a new password once, within 24 hours, and signs them out on every other device. Send it to them privately.',
  account: 'Account to reset',
  create: 'Create reset link',
  linkFor: 'Reset link for',
  copy: 'Copy',
  copied: 'Copied',
  expires: (when: string) => `Works once, until ${when}.`,
};

/** Admins: a single-use, expiring password-reset link for an active account. */
export function ResetLinkSection({ users, api }: { users: readonly PublicUser[]; api: Pick<AccountLinksApi, 'resetLink'> }) {
  const id = useId();
  const active = users.filter((u) => u.active);
  const [chosen, setChosen] = useState('');
  const [link, setLink] = useState<ResetLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const userId = chosen || active[0]?.id || '';

  const create = async () => {
    if (!userId) return;
    setBusy(true);
    setError(null);
    setCopied(false);
    const r = await api.resetLink(userId);
    setBusy(false);
    if (r.ok) setLink({ url: r.url, expiresAt: r.expiresAt, user: r.user });
    else setError(r.error.message);
  };

  const copy = async () => {
    if (link && (await copyLink(link.url, `${id}-url`))) setCopied(true);
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{strings.title}</h2>
      <p className="hint">{strings.hint}</p>
      <div className="invite-controls">
        <label htmlFor={`${id}-user`}>{strings.account}</label>
        <select id={`${id}-user`} value={userId} onChange={(e) => (setChosen(e.target.value), setLink(null))}>
          {active.map((u) => (
            // An option holds text only: the name is isolated with Unicode isolates so an Arabic name cannot reorder the address beside it.
            <option key={u.id} value={u.id} dir="auto">
              {`\u2068${u.name}\u2069 (${u.email})`}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={busy || !userId} onClick={() => void create()}>
          {strings.create}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <div className="invite-result">
          <p>
            {strings.linkFor} <bdi>{link.user.name}</bdi>:
          </p>
          <div className="invite-link">
            <code id={`${id}-url`} data-testid="reset-url" dir="ltr">
              {link.url}
            </code>
            <button type="button" onClick={() => void copy()}>
              {copied ? strings.copied : strings.copy}
            </button>
          </div>
          <p className="hint">{strings.expires(formatDateTime(link.expiresAt))}</p>
        </div>
      )}
    </section>
  );
}
