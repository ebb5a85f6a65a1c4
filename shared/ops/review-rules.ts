import { can, type Action } from '../domain/roles.ts';
import type { Approval, Claim, Comment, ReviewState } from '../domain/schemas.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import type { ClaimChanges } from '../protocol/payloads.ts';
import { change, type Change } from './history.ts';
import type { OpContext } from './types.ts';

/**
 * Sign-off. A reviewer marks a claim ready; an editor approves it, or
 * sends it back (to 'none', or from approved to 'ready') with a comment.
 * An approval holds for what the editor saw: a change to what is published
 * as the verdict (status, rating, explanation, the quoted words) puts an
 * approved claim back to 'ready' in the same operation, so nothing is ever
 * published on an approval of other words.
 */

/** The fields whose change withdraws an approval (the quote changes through reattach and revisions). */
export const APPROVAL_FIELDS = ['status', 'rating', 'explanation'] as const;

const RANK: Record<ReviewState, number> = { none: 0, ready: 1, approved: 2 };

export interface ReviewPlan {
  review: ReviewState;
  approval: Approval | null;
  /** Whether review or approval change (and so the review's field version and history). */
  moved: boolean;
  /** Whether the person asked for the review state (a conflict check applies), rather than it following a change. */
  asked: boolean;
  /** The text of the comment sending it back, if any. */
  comment?: string;
}

/** Which action moving from `from` to `to` needs; null when it is no move. */
export function reviewActionFor(from: ReviewState, to: ReviewState): Action | null {
  if (from === to) return null;
  if (to === 'ready' && from === 'none') return 'claim:mark-ready';
  // Approving, and any step back (withdrawing a verdict someone else signed), is an editor's.
  return 'claim:approve';
}

/**
 * The review state after `changes` on `claim`, where `content` says whether
 * the same operation changes status, rating, explanation or quote. A
 * refusal when the role may not make the move, or a comment comes without
 * a step back.
 */
export function planReview(claim: Claim, changes: Pick<ClaimChanges, 'review' | 'reviewComment'>, content: boolean, ctx: OpContext): ReviewPlan | { error: ApiError } {
  // What a content change alone leaves: an approved claim is ready again.
  const base: ReviewState = content && claim.review === 'approved' ? 'ready' : claim.review;
  const target = changes.review ?? base;
  const action = reviewActionFor(base, target);
  if (action && !(ctx.role !== undefined && can(ctx.role, action))) return { error: apiError('forbidden') };
  if (changes.reviewComment !== undefined) {
    const stepBack = changes.review !== undefined && RANK[target] < RANK[claim.review];
    if (!stepBack) return { error: apiError('invalid_payload', 'changes.reviewComment') };
  }
  const approval = target !== 'approved' ? null : action ? approvedBy(ctx) : claim.approval;
  return {
    review: target,
    approval,
    moved: target !== claim.review || approval !== claim.approval,
    asked: changes.review !== undefined && target !== base,
    ...(changes.reviewComment !== undefined ? { comment: changes.reviewComment } : {}),
  };
}

export function approvedBy(ctx: OpContext): Approval {
  return { by: ctx.actor, byId: ctx.actorId, at: ctx.now };
}

/** The history change a review move records; an approval renewed on new content reads approved → approved. */
export function reviewChange(before: Claim, after: Pick<Claim, 'review'>): Change {
  return change('review', before.review, after.review);
}

/**
 * The claim after its quoted words changed by something other than a
 * person's update (a revision re-anchoring it, or orphaning it): an
 * approval no longer holds. `claim` is the changed claim (its version
 * already the new one); `changes` receives the review change.
 */
export function withdrawApproval(claim: Claim, changes: Change[]): Claim {
  if (claim.review !== 'approved') return claim;
  changes.push(change('review', 'approved', 'ready'));
  return { ...claim, review: 'ready', approval: null, fieldVersions: { ...claim.fieldVersions, review: claim.version } };
}

/** The comment sending a claim back, in the claim's discussion. */
export function reviewCommentOf(claim: Claim, id: string, text: string, mentions: string[], ctx: OpContext): Comment {
  return {
    id,
    claimId: claim.id,
    articleId: claim.articleId,
    text,
    mentions: [...new Set(mentions)],
    createdBy: ctx.actor,
    createdById: ctx.actorId,
    createdAt: ctx.now,
  };
}
