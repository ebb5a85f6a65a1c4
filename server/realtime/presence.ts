import type { PresenceUser } from '../../shared/protocol/events.ts';

/** Colours for people in the presence bar; all readable as dots and as text on white. */
const PALETTE = ['#7c3aed', '#0f766e', '#b45309', '#be185d', '#1d4ed8', '#4d7c0f', '#9f1239', '#0369a1'];

function colorFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/**
 * Who is in which article right now. Volatile by design: kept in memory per
 * connection, never stored, gone when the connection goes.
 */
export class PresenceRegistry {
  private readonly byArticle = new Map<string, Map<string, PresenceUser>>();

  join(articleId: string, connectionId: string, name: string): void {
    let users = this.byArticle.get(articleId);
    if (!users) this.byArticle.set(articleId, (users = new Map()));
    users.set(connectionId, { id: connectionId, name, color: colorFor(name) });
  }

  /** Returns true if the connection was in the article. */
  leave(articleId: string, connectionId: string): boolean {
    const users = this.byArticle.get(articleId);
    const removed = users?.delete(connectionId) ?? false;
    if (users && users.size === 0) this.byArticle.delete(articleId);
    return removed;
  }

  users(articleId: string): PresenceUser[] {
    return [...(this.byArticle.get(articleId)?.values() ?? [])];
  }
}
