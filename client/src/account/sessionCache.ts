import { PublicUserSchema, type PublicUser } from '../../../shared/domain/schemas.ts';
import { readJson, removeKey, removeKind, storageKey, writeJson } from '../state/localStore.ts';
import { clearCachedWorkspaces } from '../state/workspaceCache.ts';

/**
 * Who was signed in on this browser, so a reload while the server cannot be
 * reached still opens their workspace (from the saved copy, with their
 * queued changes). Not a credential: the session cookie stays httpOnly, and
 * the server still checks it on reconnect; if it has expired, the person
 * signs in again and the queue is sent then.
 */
const KEY = storageKey('session');

export function rememberSessionUser(user: PublicUser): void {
  writeJson(KEY, user);
}

export function rememberedSessionUser(): PublicUser | null {
  return readJson(KEY, PublicUserSchema);
}

/** On sign-out: forget who it was and the copies of their articles; unsent changes stay for their return. */
export function forgetSession(userId?: string): void {
  removeKey(KEY);
  if (userId) {
    clearCachedWorkspaces(userId);
    removeKind('people', userId);
  }
}
