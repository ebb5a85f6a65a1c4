import type { Claim, Evidence, HistoryEntry } from '../domain/schemas.ts';

/**
 * A claim's public fields as they stood when an editor approved it.
 *
 * Changing the verdict, rating, explanation or quoted words of an approved
 * claim sends it back to review (the sign-off rules), but its summary, its
 * source and its evidence can still change afterwards without a new
 * approval. Those later edits were never approved, so they must not reach
 * the public page: each such field is rolled back through the claim's
 * history to the value it had at the approval, and evidence added after it
 * is left out (evidence removed after it stays removed: withdrawing a link
 * is never the risky direction).
 */
export interface ApprovedFields {
  summary: string;
  attributedTo: string;
  evidence: Evidence[];
}

/** Fields whose later edits do not reset the approval, so publishing rolls them back. */
const ROLLED_BACK = ['summary', 'attributedTo'] as const;

export function fieldsAsApproved(claim: Claim, history: readonly HistoryEntry[]): ApprovedFields {
  const approval = claim.approval;
  if (!approval) return { summary: claim.summary, attributedTo: claim.attributedTo, evidence: claim.evidence };
  const approvedAt = approvalIndex(history, approval.at);
  const values: Record<(typeof ROLLED_BACK)[number], string> = { summary: claim.summary, attributedTo: claim.attributedTo };
  // Walk back from the newest entry to the approval: the oldest change after it holds the approved value as its `from`.
  for (let i = history.length - 1; i > approvedAt; i--) {
    for (const change of history[i]!.changes) {
      if ((ROLLED_BACK as readonly string[]).includes(change.field)) values[change.field as (typeof ROLLED_BACK)[number]] = change.from ?? '';
    }
  }
  return { ...values, evidence: claim.evidence.filter((e) => e.addedAt <= approval.at) };
}

/**
 * The history entry that approved the claim: the last one setting review to
 * "approved" at the approval's time. History entries are in order; when no
 * such entry is found (an import, a record from before sign-off), every
 * entry after the approval time counts as later.
 */
function approvalIndex(history: readonly HistoryEntry[], at: string): number {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.at === at && e.changes.some((c) => c.field === 'review' && c.to === 'approved')) return i;
  }
  let i = history.length - 1;
  while (i >= 0 && history[i]!.at > at) i--;
  return i;
}
