import type { Claim, HistoryEntry } from '../domain/schemas.ts';
import type { OpContext } from './types.ts';

export type Change = HistoryEntry['changes'][number];

/** A history entry for `claim` as it is after the change; ids are unique per claim version. */
export function historyEntry(
  claim: Claim,
  action: HistoryEntry['action'],
  changes: Change[],
  ctx: OpContext,
  id = `${claim.id}@${claim.version}`,
): HistoryEntry {
  return { id, articleId: claim.articleId, claimId: claim.id, action, changes, by: ctx.actor, byId: ctx.actorId, at: ctx.now };
}

export function change(field: string, from: string | null, to: string | null): Change {
  return { field, from, to };
}
