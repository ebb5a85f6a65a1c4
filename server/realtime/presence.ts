import type { PresenceUser } from '../../shared/protocol/events.ts';
import { PRESENCE_COLORS } from '../../shared/domain/presence.ts';

function colorIndexFor(userId: string): number {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % PRESENCE_COLORS.length;
}

/** At most this many presence broadcasts per article per second. */
export const PRESENCE_RATE = 10;

/**
 * Who is in which article right now, which claim each has open, and what
 * text each has selected. Volatile by design: kept in memory per
 * connection, never stored, gone when the connection goes (socket.io's
 * heartbeat notices a silent one). Broadcasts are coalesced so a flurry of
 * selection changes goes out at most PRESENCE_RATE times a second, always
 * ending with the latest state.
 */
export class PresenceRegistry {
  private readonly byArticle = new Map<string, Map<string, PresenceUser>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();

  constructor(private readonly publish: (articleId: string, users: PresenceUser[]) => void) {}

  join(articleId: string, connectionId: string, user: { id: string; name: string }): void {
    let users = this.byArticle.get(articleId);
    if (!users) this.byArticle.set(articleId, (users = new Map()));
    const colorIndex = colorIndexFor(user.id);
    users.set(connectionId, {
      id: connectionId,
      userId: user.id,
      name: user.name,
      colorIndex,
      color: PRESENCE_COLORS[colorIndex]!,
      claimId: null,
      selection: null,
    });
    this.announce(articleId, true);
  }

  /** Returns false when the connection is not in the article. */
  update(articleId: string, connectionId: string, change: Pick<PresenceUser, 'claimId' | 'selection'>): boolean {
    const entry = this.byArticle.get(articleId)?.get(connectionId);
    if (!entry) return false;
    Object.assign(entry, change);
    this.announce(articleId, false);
    return true;
  }

  leave(articleId: string, connectionId: string): void {
    const users = this.byArticle.get(articleId);
    if (!users?.delete(connectionId)) return;
    if (users.size === 0) this.byArticle.delete(articleId);
    this.announce(articleId, true);
  }

  users(articleId: string): PresenceUser[] {
    return [...(this.byArticle.get(articleId)?.values() ?? [])].map((u) => ({ ...u }));
  }

  /** Joins and leaves go out at once; selection changes are coalesced. */
  private announce(articleId: string, now: boolean): void {
    const wait = 1000 / PRESENCE_RATE - (Date.now() - (this.lastSent.get(articleId) ?? 0));
    if (now || wait <= 0) {
      clearTimeout(this.pending.get(articleId));
      this.pending.delete(articleId);
      this.send(articleId);
    } else if (!this.pending.has(articleId)) {
      this.pending.set(articleId, setTimeout(() => {
        this.pending.delete(articleId);
        this.send(articleId);
      }, wait));
    }
  }

  private send(articleId: string): void {
    this.lastSent.set(articleId, Date.now());
    this.publish(articleId, this.users(articleId));
  }

  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
