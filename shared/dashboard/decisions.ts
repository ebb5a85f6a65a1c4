import type { HistoryEntry } from '../domain/schemas.ts';
import { isClaimStatus, type ClaimStatus } from '../domain/status.ts';

/**
 * A decision is a change of a claim's status, read from its history: who
 * moved it from what to what, and when. Capturing a claim as "unreviewed"
 * is not a decision (nobody decided anything); capturing it straight as
 * "verified", or importing it with a verdict, is one, by whoever did it.
 * Moving a claim back to "unreviewed" is a decision too (a verdict withdrawn).
 *
 * Reports ("last decision by … at …") and the dashboard (decisions per
 * reviewer, recent decisions) both count decisions this way.
 */
export interface Decision {
  claimId: string;
  articleId: string;
  /** Null when the claim was created with this status. */
  from: ClaimStatus | null;
  to: ClaimStatus;
  by: string;
  byId: string | null;
  at: string;
  /** The history entry it comes from. */
  entryId: string;
}

export function decisionOf(entry: HistoryEntry): Decision | null {
  if (entry.action !== 'created' && entry.action !== 'updated') return null;
  const change = entry.changes.find((c) => c.field === 'status');
  if (!change || !isClaimStatus(change.to) || change.from === change.to) return null;
  const from = isClaimStatus(change.from) ? change.from : null;
  if (from === null && change.to === 'unreviewed') return null;
  return { claimId: entry.claimId, articleId: entry.articleId, from, to: change.to, by: entry.by, byId: entry.byId, at: entry.at, entryId: entry.id };
}

/** Every decision in one claim's history, oldest first (history is kept in order). */
export function decisionsOf(history: readonly HistoryEntry[] | undefined): Decision[] {
  const out: Decision[] = [];
  for (const entry of history ?? []) {
    const d = decisionOf(entry);
    if (d) out.push(d);
  }
  return out;
}

/** The latest decision on a claim, or null when nobody has decided anything yet. */
export function lastDecision(history: readonly HistoryEntry[] | undefined): Decision | null {
  const all = decisionsOf(history);
  return all.length ? all[all.length - 1]! : null;
}

/** An own entry of a record: ids come from requests, never the prototype's. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
