import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { NewAccountInput, UserPatch } from '../../shared/protocol/account-payloads.ts';
import type { PreferencesPatch } from '../../shared/domain/interface-language.ts';
import type { StoredInvite, StoredUser } from '../store/records.ts';
import type { StoreTx, WorkspaceReader, WorkspaceStore } from '../store/store.ts';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './passwords.ts';
import { newToken, tokenKey } from './tokens.ts';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export type Outcome<T> = ({ ok: true } & T) | { ok: false; code: ErrorCode };

/** The one serializer of accounts: never the password hash. */
export function presentUser(u: StoredUser): PublicUser {
  return { id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, createdAt: u.createdAt, ...(u.locale ? { locale: u.locale } : {}) };
}

export function findUserByEmail(store: WorkspaceReader, email: string): Promise<StoredUser | undefined> {
  return store.userByEmail(email);
}

/**
 * Creates an account. Used by setup, invitations, the CLI and test helpers.
 * `precondition` is checked inside the same transaction as the insert, so
 * two requests racing (two setups, two accepts of one invitation) cannot
 * both pass it.
 */
export async function createUser(
  store: WorkspaceStore,
  input: NewAccountInput & { role: Role },
  precondition: (tx: StoreTx) => Promise<ErrorCode | null> = async () => null,
  alsoDo: (tx: StoreTx, user: StoredUser) => Promise<void> | void = () => {},
): Promise<Outcome<{ user: StoredUser }>> {
  if (await store.userByEmail(input.email)) return { ok: false, code: 'email_taken' };
  const passwordHash = await hashPassword(input.password);
  // Re-checked inside the transaction: hashing yields, and someone may have won the race.
  return store.transact<Outcome<{ user: StoredUser }>>(async (tx) => {
    const refused = (await precondition(tx)) ?? ((await tx.userByEmail(input.email)) ? 'email_taken' : null);
    if (refused) return { ok: false, code: refused };
    const user: StoredUser = {
      id: randomUUID(),
      name: input.name,
      email: input.email,
      role: input.role,
      active: true,
      passwordHash,
      createdAt: new Date().toISOString(),
    };
    tx.putUser(user);
    await alsoDo(tx, user);
    return { ok: true, user };
  });
}

export async function setupNeeded(store: WorkspaceReader): Promise<boolean> {
  return (await store.users()).length === 0;
}

export async function setupFirstAdmin(store: WorkspaceStore, input: NewAccountInput, reportBaseUrl?: string): Promise<Outcome<{ user: StoredUser }>> {
  if (!(await setupNeeded(store))) return { ok: false, code: 'setup_done' };
  // The public address is saved with the account, in one transaction: a refused setup changes nothing.
  const saveAddress = async (tx: StoreTx) => {
    if (reportBaseUrl) tx.putSettings({ ...(await tx.settings()), reportBaseUrl });
  };
  return createUser(store, { ...input, role: 'admin' }, async (tx) => ((await setupNeeded(tx)) ? null : 'setup_done'), saveAddress);
}

/** Checks a password; spends the same scrypt time whether or not the email exists. */
export async function checkCredentials(store: WorkspaceReader, email: string, password: string): Promise<StoredUser | null> {
  const user = await store.userByEmail(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  return ok && user && user.active ? user : null;
}

export async function startSession(store: WorkspaceStore, userId: string): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await store.transact(async (tx) => {
    // Expired sessions of this person are dropped when they sign in again.
    for (const key of await tx.sessionsOfUser(userId)) {
      const s = await tx.session(key);
      if (s && Date.parse(s.expiresAt) <= now) tx.deleteSession(key);
    }
    tx.putSession(tokenKey(token), {
      userId,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
    });
  });
  return token;
}

/** The active user a session token belongs to, or null. */
export async function sessionUser(store: WorkspaceReader, token: string | undefined): Promise<StoredUser | null> {
  if (!token) return null;
  const session = await store.session(tokenKey(token));
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
  const user = await store.user(session.userId);
  return user && user.active ? user : null;
}

export async function endSession(store: WorkspaceStore, token: string): Promise<void> {
  const key = tokenKey(token);
  await store.transact(async (tx) => {
    if (await tx.session(key)) tx.deleteSession(key);
  });
}

export async function createInvite(store: WorkspaceStore, role: Role, adminId: string) {
  const token = newToken();
  const now = Date.now();
  const expiresAt = new Date(now + INVITE_TTL_MS).toISOString();
  await store.transact((tx) => {
    tx.putInvite(tokenKey(token), { role, createdBy: adminId, createdAt: new Date(now).toISOString(), expiresAt, usedAt: null, usedBy: null });
  });
  return { token, role, expiresAt };
}

function statusOf(invite: StoredInvite | undefined): Outcome<{ role: Role; expiresAt: string }> {
  // A password-reset link is kept beside the invitations but never makes an account.
  if (!invite || invite.usedAt || invite.resetFor) return { ok: false, code: 'invite_invalid' };
  if (Date.parse(invite.expiresAt) <= Date.now()) return { ok: false, code: 'invite_expired' };
  return { ok: true, role: invite.role, expiresAt: invite.expiresAt };
}

export async function inviteStatus(store: WorkspaceReader, token: string): Promise<Outcome<{ role: Role; expiresAt: string }>> {
  return statusOf(await store.invite(tokenKey(token)));
}

/** Creates the invited account and uses up the invitation in one transaction: an invitation makes one account. */
export async function acceptInvite(store: WorkspaceStore, token: string, input: NewAccountInput) {
  const status = await inviteStatus(store, token);
  if (!status.ok) return status;
  const key = tokenKey(token);
  return createUser(
    store,
    { ...input, role: status.role },
    async (tx) => {
      const again = statusOf(await tx.invite(key));
      return again.ok ? null : again.code;
    },
    async (tx, user) => {
      const invite = (await tx.invite(key))!;
      tx.putInvite(key, { ...invite, usedAt: new Date().toISOString(), usedBy: user.id });
    },
  );
}

/** Changes a user's role, name or active flag; deactivation ends their sessions. */
export function patchUser(store: WorkspaceStore, id: string, patch: UserPatch): Promise<Outcome<{ user: StoredUser }>> {
  return store.transact<Outcome<{ user: StoredUser }>>(async (tx) => {
    const user = await tx.user(id);
    if (!user) return { ok: false, code: 'not_found' };
    const next: StoredUser = { ...user, ...patch };
    const stillAdmin = next.active && next.role === 'admin';
    if (user.active && user.role === 'admin' && !stillAdmin) {
      const admins = (await tx.users()).filter((u) => u.active && u.role === 'admin');
      if (admins.length === 1) return { ok: false, code: 'last_admin' };
    }
    tx.putUser(next);
    if (!next.active) for (const key of await tx.sessionsOfUser(id)) tx.deleteSession(key);
    return { ok: true, user: next };
  });
}

/** A person's own preferences (their interface language); nobody else's. */
export function setPreferences(store: WorkspaceStore, id: string, patch: PreferencesPatch): Promise<Outcome<{ user: StoredUser }>> {
  return store.transact<Outcome<{ user: StoredUser }>>(async (tx) => {
    const user = await tx.user(id);
    if (!user || !user.active) return { ok: false, code: 'not_found' };
    const next: StoredUser = { ...user, ...patch };
    tx.putUser(next);
    return { ok: true, user: next };
  });
}
