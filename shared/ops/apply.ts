import type { Claim } from '../domain/schemas.ts';
import { createClaim, deleteClaim, reattachClaim, restoreClaim, updateClaim } from './claim-ops.ts';
import { addComment, addEvidence, removeEvidence } from './discussion-ops.ts';
import type { ApplyResult, OpContext, Operation, WorkspaceState } from './types.ts';

/**
 * The one pure function that changes claims, their evidence and their
 * discussion. The server runs it before storing; the client runs it for
 * optimistic updates. It never mutates its input: it returns a new state
 * that shares everything it did not change, so the server can keep the last
 * durable state by reference.
 */
export function applyOperation<S extends WorkspaceState>(state: S, op: Operation, ctx: OpContext): ApplyResult<S> {
  switch (op.type) {
    case 'claim:create':
      return createClaim(state, op.id, op.input, ctx);
    case 'claim:update':
      return updateClaim(state, op.input, ctx, { commentId: op.commentId, mentions: op.mentions });
    case 'claim:delete':
      return deleteClaim(state, op.input, ctx);
    case 'claim:restore':
      return restoreClaim(state, op.input, ctx);
    case 'claim:reattach':
      return reattachClaim(state, op.input, ctx);
    case 'evidence:add':
      return addEvidence(state, op.id, op.input, ctx);
    case 'evidence:remove':
      return removeEvidence(state, op.input, ctx);
    case 'comment:create':
      return addComment(state, op.id, op.input, op.mentions, ctx);
  }
}

/** Live claims of an article in reading order (by start, then longer first). */
export function claimsInReadingOrder(claims: Iterable<Claim>, articleId?: string): Claim[] {
  return [...claims]
    .filter((c) => !c.deleted && (articleId === undefined || c.articleId === articleId))
    .sort(
      (a, b) =>
        a.target.position.start - b.target.position.start ||
        b.target.position.end - a.target.position.end ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

export { articleIndex } from './state.ts';
// applyRevision and previewRevision are imported from article-ops.ts and revision-plan.ts
// themselves: a re-export here ties the re-anchoring code to everything that imports this
// file, the reader's first load included.
export type { RevisionSummary } from './article-ops.ts';
export type { ClaimOutcome } from './revision-plan.ts';
export type { ApplyResult, OpContext, Operation, WorkspaceState } from './types.ts';
