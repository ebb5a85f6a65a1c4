import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/domain/schemas.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { NewAccountInput, UserPatch } from '../../shared/protocol/account-payloads.ts';
import type { DbData, StoredUser } from '../store/db-schema.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './passwords.ts';
import { newToken, tokenKey } from './tokens.ts';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export type Outcome<T> = ({ ok: true } & T) | { ok: false; code: ErrorCode };

/** The one serializer of accounts: never the password hash. */
export function presentUser(u: StoredUser): PublicUser {
  return { id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, createdAt: u.createdAt };
}

export function findUserByEmail(state: DbData, email: string): StoredUser | undefined {
  return Object.values(state.users).find((u) => u.email === email);
}

/** Creates an account. Used by setup, invitations, the CLI and test helpers. */
export async function createUser(
  store: WorkspaceStore,
  input: NewAccountInput & { role: Role },
  precondition: (state: DbData) => ErrorCode | null = () => null,
): Promise<Outcome<{ user: StoredUser }>> {
  if (findUserByEmail(store.state, input.email)) return { ok: false, code: 'email_taken' };
  const passwordHash = await hashPassword(input.password);
  // Re-checked inside the commit: hashing yields, and someone may have won the race.
  return store.commit<Outcome<{ user: StoredUser }>>((state) => {
    const refused = precondition(state) ?? (findUserByEmail(state, input.email) ? 'email_taken' : null);
    if (refused) return { result: { ok: false, code: refused } };
    const user: StoredUser = {
      id: randomUUID(),
      name: input.name,
      email: input.email,
      role: input.role,
      active: true,
      passwordHash,
      createdAt: new Date().toISOString(),
    };
    return { next: { ...state, users: { ...state.users, [user.id]: user } }, result: { ok: true, user } };
  });
}

export function setupFirstAdmin(store: WorkspaceStore, input: NewAccountInput) {
  if (Object.keys(store.state.users).length > 0) return Promise.resolve({ ok: false as const, code: 'setup_done' as const });
  return createUser(store, { ...input, role: 'admin' }, (s) => (Object.keys(s.users).length > 0 ? 'setup_done' : null));
}

/** Checks a password; spends the same scrypt time whether or not the email exists. */
export async function checkCredentials(state: DbData, email: string, password: string): Promise<StoredUser | null> {
  const user = findUserByEmail(state, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  return ok && user && user.active ? user : null;
}

export async function startSession(store: WorkspaceStore, userId: string): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await store.commit((state) => {
    // Expired sessions are dropped whenever a new one starts.
    const sessions = Object.fromEntries(
      Object.entries(state.sessions).filter(([, s]) => Date.parse(s.expiresAt) > now),
    );
    sessions[tokenKey(token)] = {
      userId,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
    };
    return { next: { ...state, sessions }, result: null };
  });
  return token;
}

/** The active user a session token belongs to, or null. */
export function sessionUser(state: DbData, token: string | undefined): StoredUser | null {
  if (!token) return null;
  const key = tokenKey(token);
  const session = Object.hasOwn(state.sessions, key) ? state.sessions[key] : undefined;
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
  const user = Object.hasOwn(state.users, session.userId) ? state.users[session.userId] : undefined;
  return user && user.active ? user : null;
}

export function endSession(store: WorkspaceStore, token: string): Promise<void> {
  const key = tokenKey(token);
  return store.commit((state) => {
    if (!Object.hasOwn(state.sessions, key)) return { result: undefined };
    const { [key]: _gone, ...sessions } = state.sessions;
    return { next: { ...state, sessions }, result: undefined };
  });
}

export async function createInvite(store: WorkspaceStore, role: Role, adminId: string) {
  const token = newToken();
  const now = Date.now();
  const expiresAt = new Date(now + INVITE_TTL_MS).toISOString();
  await store.commit((state) => ({
    next: {
      ...state,
      invites: {
        ...state.invites,
        [tokenKey(token)]: { role, createdBy: adminId, createdAt: new Date(now).toISOString(), expiresAt, usedAt: null, usedBy: null },
      },
    },
    result: null,
  }));
  return { token, role, expiresAt };
}

export function inviteStatus(state: DbData, token: string): Outcome<{ role: Role; expiresAt: string }> {
  const key = tokenKey(token);
  const invite = Object.hasOwn(state.invites, key) ? state.invites[key] : undefined;
  if (!invite || invite.usedAt) return { ok: false, code: 'invite_invalid' };
  if (Date.parse(invite.expiresAt) <= Date.now()) return { ok: false, code: 'invite_expired' };
  return { ok: true, role: invite.role, expiresAt: invite.expiresAt };
}

/** Creates the invited account and uses up the invitation, in one write. */
export async function acceptInvite(store: WorkspaceStore, token: string, input: NewAccountInput) {
  const status = inviteStatus(store.state, token);
  if (!status.ok) return status;
  const key = tokenKey(token);
  const created = await createUser(store, { ...input, role: status.role }, (s) => {
    const again = inviteStatus(s, token);
    return again.ok ? null : again.code;
  });
  if (!created.ok) return created;
  await store.commit((state) => ({
    next: {
      ...state,
      invites: { ...state.invites, [key]: { ...state.invites[key]!, usedAt: new Date().toISOString(), usedBy: created.user.id } },
    },
    result: null,
  }));
  return created;
}

const activeAdmins = (state: DbData) => Object.values(state.users).filter((u) => u.active && u.role === 'admin');

/** Changes a user's role, name or active flag; deactivation ends their sessions. */
export function patchUser(store: WorkspaceStore, id: string, patch: UserPatch): Promise<Outcome<{ user: StoredUser }>> {
  return store.commit<Outcome<{ user: StoredUser }>>((state) => {
    const user = Object.hasOwn(state.users, id) ? state.users[id] : undefined;
    if (!user) return { result: { ok: false, code: 'not_found' } };
    const next: StoredUser = { ...user, ...patch };
    const stillAdmin = next.active && next.role === 'admin';
    if (user.active && user.role === 'admin' && !stillAdmin && activeAdmins(state).length === 1) {
      return { result: { ok: false, code: 'last_admin' } };
    }
    const sessions = next.active
      ? state.sessions
      : Object.fromEntries(Object.entries(state.sessions).filter(([, s]) => s.userId !== id));
    return {
      next: { ...state, users: { ...state.users, [id]: next }, sessions },
      result: { ok: true, user: next },
    };
  });
}
