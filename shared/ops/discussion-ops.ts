import type { Comment, Evidence } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import type { CommentCreateInput, EvidenceAddInput, EvidenceRemoveInput } from '../protocol/payloads.ts';
import { change, historyEntry } from './history.ts';
import { bump, fail, liveClaim, withClaim } from './state.ts';
import type { ApplyResult, OpContext, WorkspaceState } from './types.ts';

/**
 * Evidence and comments. Adding or removing a source commutes with any other
 * edit, so neither takes a base version; both leave a history entry.
 */

export function addEvidence<S extends WorkspaceState>(state: S, id: string, input: EvidenceAddInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.claimId);
  if (!claim) return fail('not_found');
  if (claim.evidence.some((e) => e.id === id)) return fail('invalid_payload');
  if (claim.evidence.length >= LIMITS.evidencePerClaim) return fail('limit_reached');
  const evidence: Evidence = {
    id,
    url: input.url,
    title: input.title ?? '',
    note: input.note ?? '',
    addedBy: ctx.actor,
    addedById: ctx.actorId,
    addedAt: ctx.now,
  };
  const next = bump(claim, { evidence: [...claim.evidence, evidence] }, ctx);
  const history = historyEntry(next, 'evidence_added', [change('evidence', null, evidence.title ? `${evidence.title} <${evidence.url}>` : evidence.url)], ctx);
  return { ok: true, state: withClaim(state, next), claim: next, changed: true, history };
}

export function removeEvidence<S extends WorkspaceState>(state: S, input: EvidenceRemoveInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.claimId);
  const gone = claim?.evidence.find((e) => e.id === input.evidenceId);
  if (!claim || !gone) return fail('not_found');
  const next = bump(claim, { evidence: claim.evidence.filter((e) => e !== gone) }, ctx);
  const history = historyEntry(next, 'evidence_removed', [change('evidence', gone.title ? `${gone.title} <${gone.url}>` : gone.url, null)], ctx);
  return { ok: true, state: withClaim(state, next), claim: next, changed: true, history };
}

export function addComment<S extends WorkspaceState>(
  state: S,
  id: string,
  input: CommentCreateInput,
  mentions: string[],
  ctx: OpContext,
): ApplyResult<S> {
  const claim = liveClaim(state, input.claimId);
  if (!claim) return fail('not_found');
  if (Object.hasOwn(state.comments, id)) return fail('invalid_payload');
  const comment: Comment = {
    id,
    claimId: claim.id,
    articleId: claim.articleId,
    text: input.text,
    mentions: [...new Set(mentions)],
    createdBy: ctx.actor,
    createdById: ctx.actorId,
    createdAt: ctx.now,
  };
  const nextState = { ...state, comments: { ...state.comments, [id]: comment } };
  const history = historyEntry(claim, 'commented', [change('comment', null, comment.text)], ctx, `comment:${id}`);
  return { ok: true, state: nextState, claim, comment, changed: true, history };
}
