import type { StoredInvite } from '../records.ts';

/**
 * The keys of invitations and reset links not yet used (nor revoked), so
 * listing the open ones costs what is open, not every invitation ever made:
 * used ones leave the index when they are used, expired ones the first
 * time a listing meets them (an invitation's expiry never moves later, so
 * one found expired stays expired). The records themselves stay in the
 * store as the account of what happened.
 */
export class OpenInviteIndex {
  private readonly open = new Set<string>();

  /** Called with every invite put (and with the record an undo restores, or undefined when it removes one). */
  put(key: string, invite: StoredInvite | undefined): void {
    if (invite && invite.usedAt === null) this.open.add(key);
    else this.open.delete(key);
  }

  /** Open at `now`, oldest first (as PostgreSQL lists them); drops those found expired. */
  list(records: ReadonlyMap<string, StoredInvite>, now: string): [string, StoredInvite][] {
    const found: [string, StoredInvite][] = [];
    for (const key of this.open) {
      const invite = records.get(key);
      if (invite && invite.usedAt === null && invite.expiresAt > now) found.push([key, invite]);
      else this.open.delete(key);
    }
    return found.sort(([ka, a], [kb, b]) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));
  }

  get size(): number {
    return this.open.size;
  }
}
