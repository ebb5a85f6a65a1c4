import type { PresenceUser } from '../protocol/events.ts';

/**
 * Colours for people in the presence bar and for their live selections.
 * A fixed palette, so the client's stylesheet can have one ::highlight()
 * rule per colour (no styles injected at run time, which the CSP forbids).
 * Each is readable as text on white (contrast >= 4.5:1).
 */
export const PRESENCE_COLORS = ['#7c3aed', '#0f766e', '#b45309', '#be185d', '#1d4ed8', '#4d7c0f', '#9f1239', '#0369a1'] as const;

/**
 * What changed among the people in an article since the last such message:
 * who joined or changed (their whole entry) and which connections left.
 * Sent to everyone in the article; the full list comes once, with the join
 * answer, so a change costs what changed, not the size of the room.
 */
export interface PresenceChange {
  articleId: string;
  users: PresenceUser[];
  left: string[];
}

/**
 * A list brought up to date by a change. Applying a change twice, or one
 * already reflected in the list (the join answer can be newer than a change
 * sent just before it), gives the same list: entries are replaced by id.
 */
export function applyPresenceChange(list: readonly PresenceUser[], change: Pick<PresenceChange, 'users' | 'left'>): PresenceUser[] {
  if (change.users.length === 0 && change.left.length === 0) return list as PresenceUser[];
  const left = new Set(change.left);
  const changed = new Map(change.users.map((u) => [u.id, u]));
  // In place, so the presence bar keeps its order as people move their selections.
  const kept = list.filter((u) => !left.has(u.id)).map((u) => {
    const now = changed.get(u.id);
    changed.delete(u.id);
    return now ?? u;
  });
  return [...kept, ...changed.values()];
}
