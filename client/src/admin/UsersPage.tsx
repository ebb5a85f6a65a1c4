import { useEffect, useId, useState } from 'react';
import { ROLE_INFO, ROLES, type Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { UserPatch } from '../../../shared/protocol/account-payloads.ts';
import type { Invite } from '../account/accountApi.ts';
import { roleDescriptions } from '../account/account.messages.ts';
import { useT } from '../i18n/useT.ts';
import { usersMessages } from './admin.messages.ts';
import type { Result } from '../state/http.ts';
import { SettingsSection, type SettingsApi } from './SettingsSection.tsx';
import { restAccountLinksApi, type AccountLinksApi } from './accountLinksApi.ts';
import { OpenInvitations } from './OpenInvitations.tsx';
import { ResetLinkSection } from './ResetLinkSection.tsx';
import { socketUsersChanged, useUsersChanged, type UsersChangedSource } from './useUsersChanged.ts';
import { OneTimeLink } from './OneTimeLink.tsx';

export interface UsersApi {
  users(): Promise<Result<{ users: PublicUser[] }>>;
  patchUser(id: string, patch: UserPatch): Promise<Result<{ user: PublicUser }>>;
  createInvite(role: Role): Promise<Result<Invite>>;
}

export interface UsersPageProps {
  currentUser: PublicUser;
  api: UsersApi;
  /** The workspace settings' source (REST unless a test hands in its own). */
  settingsApi?: SettingsApi;
  /** The signed-in admin changed their own account (their role, say). */
  onSelfChanged?(user: PublicUser): void;
  /** Open invitations and reset links (REST unless a test hands in its own). */
  linksApi?: AccountLinksApi;
  /** When to fetch the lists again: users:changed on a socket unless a test hands in its own. */
  usersChanged?: UsersChangedSource;
}

/** Admins: who has an account, what each may do, and invitations for new colleagues. */
export function UsersPage({ currentUser, api, settingsApi, onSelfChanged, linksApi = restAccountLinksApi, usersChanged = socketUsersChanged }: UsersPageProps) {
  // New accounts appear without a reload: the server says when, the page fetches the list again.
  const serverVersion = useUsersChanged(usersChanged);
  const [localVersion, setLocalVersion] = useState(0);
  const version = serverVersion + localVersion;
  const [users, setUsers] = useState<PublicUser[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const t = useT(usersMessages);
  const roles = useT(roleDescriptions);

  useEffect(() => {
    let live = true;
    void api.users().then((r) => {
      if (!live) return;
      if (r.ok) setUsers(r.users);
      else setLoadError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const replace = (next: PublicUser) => setUsers((us) => us?.map((u) => (u.id === next.id ? next : u)) ?? null);

  /** Shows the change at once; puts the row back as it was if the server refuses. */
  const patch = async (user: PublicUser, changes: UserPatch) => {
    setRowError(null);
    setSaving(user.id);
    replace({ ...user, ...changes });
    const r = await api.patchUser(user.id, changes);
    setSaving(null);
    if (!r.ok) {
      replace(user);
      return setRowError({ id: user.id, message: r.error.message });
    }
    replace(r.user);
    if (r.user.id === currentUser.id) onSelfChanged?.(r.user);
  };

  return (
    <main className="admin-page">
      <h1>{t('title')}</h1>
      <section aria-labelledby="users-title" className="admin-section">
        <h2 id="users-title">{t('peopleTitle')}</h2>
        <p className="hint">
          {t('peopleHint')}
        </p>
        {loadError && (
          <p className="form-error" role="alert">
            {loadError}
          </p>
        )}
        {!users && !loadError && <p className="hint">{t('loading')}</p>}
        {users && (
          <table className="users-table">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('active')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <UserRow
                  key={u.id}
                  user={u}
                  isSelf={u.id === currentUser.id}
                  busy={saving === u.id}
                  error={rowError?.id === u.id ? rowError.message : null}
                  onPatch={(changes) => void patch(u, changes)}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <InviteSection createInvite={api.createInvite} onCreated={() => setLocalVersion((v) => v + 1)} />
      <OpenInvitations api={linksApi} version={version} onChanged={() => setLocalVersion((v) => v + 1)} />
      {users && <ResetLinkSection users={users} api={linksApi} />}
      <SettingsSection api={settingsApi} />
      <section className="admin-section" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('rolesTitle')}</h2>
        <dl className="role-list">
          {ROLES.map((r) => (
            <div key={r}>
              <dt>{ROLE_INFO[r].label[t.locale]}</dt>
              <dd>{roles(r)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}

interface UserRowProps {
  user: PublicUser;
  isSelf: boolean;
  busy: boolean;
  error: string | null;
  onPatch(changes: UserPatch): void;
}

function UserRow({ user, isSelf, busy, error, onPatch }: UserRowProps) {
  const id = useId();
  const t = useT(usersMessages);
  return (
    <>
      <tr data-user-id={user.id} className={user.active ? undefined : 'is-inactive'} aria-busy={busy || undefined}>
        <td>
          <bdi>{user.name}</bdi>
          {isSelf && <span className="you"> {t('you')}</span>}
        </td>
        <td dir="ltr" className="email">
          {user.email}
        </td>
        <td>
          <label className="visually-hidden" htmlFor={`${id}-role`}>
            {t('role')}
          </label>
          <select
            id={`${id}-role`}
            value={user.role}
            disabled={busy}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onPatch({ role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_INFO[r].label[t.locale]}
              </option>
            ))}
          </select>
        </td>
        <td>
          <label className="toggle">
            <input
              type="checkbox"
              checked={user.active}
              disabled={busy}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onPatch({ active: e.target.checked })}
            />
            <span>{t('active')}</span>
          </label>
        </td>
      </tr>
      {error && (
        <tr className="row-error">
          <td colSpan={4}>
            <p id={`${id}-error`} className="form-error" role="alert">
              {error}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

function InviteSection({ createInvite, onCreated }: { createInvite: UsersApi['createInvite']; onCreated?(): void }) {
  const id = useId();
  const [role, setRole] = useState<Role>('reviewer');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT(usersMessages);

  const create = async () => {
    setBusy(true);
    setError(null);
    const r = await createInvite(role);
    setBusy(false);
    if (r.ok) {
      setInvite({ token: r.token, url: r.url, role: r.role, expiresAt: r.expiresAt });
      onCreated?.();
    } else setError(r.error.message);
  };

  const linkFor = invite && t.rich('inviteLinkFor', { role: <strong>{ROLE_INFO[invite.role].label[t.locale]}</strong> });
  const expires = invite && t.rich('inviteExpires', { time: <time dateTime={invite.expiresAt}>{t.format.dateTime(invite.expiresAt)}</time> });

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inviteTitle')}</h2>
      <p className="hint">{t('inviteHint')}</p>
      <div className="invite-controls">
        <label htmlFor={`${id}-role`}>{t('inviteRole')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_INFO[r].label[t.locale]}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          {t('createInvite')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {invite && <OneTimeLink url={invite.url} testId="invite-url" intro={linkFor} expires={expires} />}
    </section>
  );
}
