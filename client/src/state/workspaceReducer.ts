import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { PresenceUser } from '../../../shared/protocol/events.ts';

/**
 * The client's copy of one article and its claims. Pure, so the rules for
 * merging remote events, acks and rollbacks can be tested without a socket.
 */

export interface WorkspaceData {
  article: Article | null;
  /** Every claim we know of by id, including deleted ones (for undo). */
  claims: Readonly<Record<string, Claim>>;
  users: PresenceUser[];
}

export type WorkspaceAction =
  | { type: 'loaded'; article: Article; claims: Claim[]; users?: PresenceUser[] }
  | { type: 'upsert'; claim: Claim }
  | { type: 'set'; claim: Claim }
  | { type: 'rollback'; applied: Claim; previous: Claim }
  | { type: 'remoteDeleted'; id: string }
  | { type: 'presence'; users: PresenceUser[] }
  | { type: 'reset' };

export const emptyWorkspace: WorkspaceData = { article: null, claims: {}, users: [] };

function byId(claims: Claim[]): Record<string, Claim> {
  const out: Record<string, Claim> = {};
  for (const c of claims) out[c.id] = c;
  return out;
}

export function workspaceReducer(state: WorkspaceData, action: WorkspaceAction): WorkspaceData {
  switch (action.type) {
    case 'loaded':
      // A join result is the whole truth: it replaces whatever we had, which
      // is how a reconnect recovers every event missed while offline.
      return { article: action.article, claims: byId(action.claims), users: action.users ?? state.users };
    case 'upsert': {
      // Events and acks can arrive out of order; never go back to an older version.
      const existing = Object.hasOwn(state.claims, action.claim.id) ? state.claims[action.claim.id] : undefined;
      if (existing && existing.version > action.claim.version) return state;
      return { ...state, claims: { ...state.claims, [action.claim.id]: action.claim } };
    }
    case 'set':
      // Unconditional: used for optimistic changes and their rollback.
      return { ...state, claims: { ...state.claims, [action.claim.id]: action.claim } };
    case 'rollback':
      // Undo an optimistic change, unless a newer claim (a colleague's) already replaced it.
      if (state.claims[action.applied.id] !== action.applied) return state;
      return { ...state, claims: { ...state.claims, [action.previous.id]: action.previous } };
    case 'remoteDeleted': {
      const existing = Object.hasOwn(state.claims, action.id) ? state.claims[action.id] : undefined;
      if (!existing || existing.deleted) return state;
      const deleted = { ...existing, deleted: { by: existing.updatedBy, at: new Date().toISOString() } };
      return { ...state, claims: { ...state.claims, [action.id]: deleted } };
    }
    case 'presence':
      return { ...state, users: action.users };
    case 'reset':
      return emptyWorkspace;
  }
}
