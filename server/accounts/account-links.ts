import type { Role } from '../../shared/domain/roles.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { StoredInvite, StoredUser } from '../store/records.ts';
import type { WorkspaceReader, WorkspaceStore } from '../store/store.ts';
import type { Outcome } from './account-commands.ts';
import { hashPassword } from './passwords.ts';
import { newToken, tokenKey } from './tokens.ts';

/**
 * The links an admin hands out besides a session: open invitations (listed,
 * revocable) and password-reset links. A reset link is an invitation record
 * with `resetFor` set: single use, expiring, only its SHA-256 stored.
 */

export const RESET_TTL_MS = LIMITS.resetLinkHours * 3600 * 1000;

/** An open invitation as admins see it: the key (a hash, useless as a link) names it for revoking. */
export interface OpenInvite {
  id: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export async function openInvitations(store: WorkspaceReader, now = new Date()): Promise<OpenInvite[]> {
  return (await store.openInvites(now.toISOString()))
    .filter(([, i]) => !i.resetFor)
    .map(([id, i]) => ({ id, role: i.role, createdBy: i.createdBy, createdAt: i.createdAt, expiresAt: i.expiresAt }));
}

/** Revoking marks the invitation used by nobody, so its link stops working and the record stays as an account of what happened. */
export function revokeInvitation(store: WorkspaceStore, id: string): Promise<Outcome<object>> {
  return store.transact<Outcome<object>>(async (tx) => {
    const invite = await tx.invite(id);
    if (!invite || invite.resetFor || invite.usedAt) return { ok: false, code: 'not_found' };
    tx.putInvite(id, { ...invite, usedAt: new Date().toISOString(), usedBy: null });
    return { ok: true };
  });
}

export async function createResetLink(store: WorkspaceStore, userId: string, adminId: string): Promise<Outcome<{ token: string; expiresAt: string; user: StoredUser }>> {
  const token = newToken();
  const now = Date.now();
  const expiresAt = new Date(now + RESET_TTL_MS).toISOString();
  return store.transact(async (tx) => {
    const user = await tx.user(userId);
    if (!user || !user.active) return { ok: false, code: 'not_found' } as const;
    const link: StoredInvite = { role: user.role, createdBy: adminId, createdAt: new Date(now).toISOString(), expiresAt, usedAt: null, usedBy: null, resetFor: user.id };
    tx.putInvite(tokenKey(token), link);
    return { ok: true, token, expiresAt, user } as const;
  });
}

function resetStatusOf(link: StoredInvite | undefined): Outcome<{ userId: string; expiresAt: string }> {
  if (!link || !link.resetFor || link.usedAt) return { ok: false, code: 'reset_invalid' };
  if (Date.parse(link.expiresAt) <= Date.now()) return { ok: false, code: 'reset_expired' };
  return { ok: true, userId: link.resetFor, expiresAt: link.expiresAt };
}

/** Whose password a link resets (their name, for the page), or why it cannot. */
export async function resetLinkStatus(store: WorkspaceReader, token: string): Promise<Outcome<{ name: string; expiresAt: string }>> {
  const status = resetStatusOf(await store.invite(tokenKey(token)));
  if (!status.ok) return status;
  const user = await store.user(status.userId);
  if (!user?.active) return { ok: false, code: 'reset_invalid' };
  return { ok: true, name: user.name, expiresAt: status.expiresAt };
}

/**
 * Sets the new password, uses up the link and ends every session of the
 * account, all in one transaction: whoever held the old password is out,
 * and the link cannot be used twice even by two requests at once.
 */
export async function useResetLink(store: WorkspaceStore, token: string, password: string): Promise<Outcome<{ user: StoredUser }>> {
  const key = tokenKey(token);
  const first = await resetLinkStatus(store, token);
  if (!first.ok) return first;
  const passwordHash = await hashPassword(password);
  return store.transact<Outcome<{ user: StoredUser }>>(async (tx) => {
    const link = await tx.invite(key);
    const status = resetStatusOf(link);
    if (!status.ok) return status;
    const user = await tx.user(status.userId);
    if (!user?.active) return { ok: false, code: 'reset_invalid' };
    const next: StoredUser = { ...user, passwordHash };
    tx.putUser(next);
    tx.putInvite(key, { ...link!, usedAt: new Date().toISOString(), usedBy: user.id });
    for (const session of await tx.sessionsOfUser(user.id)) tx.deleteSession(session);
    return { ok: true, user: next };
  });
}
