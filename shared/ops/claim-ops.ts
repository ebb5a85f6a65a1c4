import { EDITABLE_FIELDS, type Claim, type EditableField, type Evidence } from '../domain/schemas.ts';
import { DEFAULT_STATUS } from '../domain/status.ts';
import { describeSpan } from '../anchoring/selectors.ts';
import { LIMITS } from '../limits.ts';
import { apiError } from '../protocol/errors.ts';
import { APPROVAL_FIELDS, planReview, reviewChange, reviewCommentOf, withdrawApproval } from './review-rules.ts';
import type { ClaimCreateInput, ClaimIdInput, ClaimReattachInput, ClaimUpdateInput } from '../protocol/payloads.ts';
import { change, historyEntry, type Change } from './history.ts';
import { articleIndex, bump, fail, hasVisibleText, liveClaim, lookup, withClaim } from './state.ts';
import type { ApplyResult, OpContext, WorkspaceState } from './types.ts';

export function createClaim<S extends WorkspaceState>(state: S, id: string, input: ClaimCreateInput, ctx: OpContext): ApplyResult<S> {
  const article = lookup(state.articles, input.articleId);
  if (!article) return fail('not_found');
  if (Object.hasOwn(state.claims, id)) return fail('invalid_payload');
  const index = articleIndex(article);
  const { start, end } = input.target;
  if (end > index.length || end - start > LIMITS.quote) return fail('range_out_of_bounds');
  if (!hasVisibleText(index.slice(start, end))) return fail('empty_range');
  const claim = newClaim(id, article.id, describeSpan(index, start, end), input, ctx);
  return { ok: true, state: withClaim(state, claim), claim, changed: true, history: historyEntry(claim, 'created', creationChanges(claim), ctx) };
}

/** What a new claim may start with besides its words. */
export interface NewClaimFields {
  status?: Claim['status'] | undefined;
  summary?: string | undefined;
  attributedTo?: string | undefined;
  note?: string | undefined;
  assigneeId?: string | null | undefined;
  evidence?: Evidence[];
  orphaned?: boolean;
  explanation?: string | undefined;
  rating?: string | null | undefined;
  review?: Claim['review'] | undefined;
  approval?: Claim['approval'] | undefined;
}

/** A claim as `ctx.actor` makes it now: version 1, every field at version 1 (capture and import alike). */
export function newClaim(id: string, articleId: string, target: Claim['target'], fields: NewClaimFields, ctx: OpContext): Claim {
  return {
    id,
    articleId,
    target,
    status: fields.status ?? DEFAULT_STATUS,
    summary: fields.summary ?? '',
    attributedTo: fields.attributedTo ?? '',
    note: fields.note ?? '',
    assigneeId: fields.assigneeId ?? null,
    evidence: fields.evidence ?? [],
    orphaned: fields.orphaned ?? false,
    createdBy: ctx.actor,
    createdById: ctx.actorId,
    createdAt: ctx.now,
    updatedBy: ctx.actor,
    updatedById: ctx.actorId,
    updatedAt: ctx.now,
    version: 1,
    fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 },
    deleted: null,
    explanation: fields.explanation ?? '',
    rating: fields.rating ?? null,
    review: fields.review ?? 'none',
    approval: fields.approval ?? null,
  };
}

/** The "created" entry's changes: the quote, then every field that starts with a value. */
export function creationChanges(claim: Claim): Change[] {
  const changes = [change('quote', null, claim.target.quote.exact)];
  for (const f of EDITABLE_FIELDS) {
    const value = claim[f];
    if (value !== null && value !== '') changes.push(change(f, null, value));
  }
  return changes;
}

export function updateClaim<S extends WorkspaceState>(
  state: S,
  input: ClaimUpdateInput,
  ctx: OpContext,
  made: { commentId?: string | undefined; mentions?: string[] | undefined } = {},
): ApplyResult<S> {
  const claim = liveClaim(state, input.id);
  if (!claim) return fail('not_found');
  if (input.baseVersion !== undefined && input.baseVersion > claim.version) return fail('invalid_payload');
  const { rating } = input.changes;
  // The labels are searched here, not through ratings.ts, which would bring its zod schemas into the reader's first load.
  if (typeof rating === 'string' && ctx.ratings && !ctx.ratings.labels.some((l) => l.id === rating)) {
    return { ok: false, error: apiError('unknown_rating', 'changes.rating') };
  }
  const changed = EDITABLE_FIELDS.filter((f) => input.changes[f] !== undefined && input.changes[f] !== claim[f]);
  const review = planReview(claim, input.changes, changed.some((f) => (APPROVAL_FIELDS as readonly string[]).includes(f)), ctx);
  if ('error' in review) return { ok: false, error: review.error };
  if (review.comment !== undefined && made.commentId === undefined) return fail('invalid_payload');
  if (changed.length === 0 && !review.moved) return { ok: true, state, claim, changed: false, history: null };
  const asked: string[] = review.asked ? [...changed, 'review'] : changed;
  if (input.baseVersion !== undefined && asked.some((f) => claim.fieldVersions[f as keyof Claim['fieldVersions']] > input.baseVersion!)) {
    // Someone changed one of these fields after the version this edit was made on.
    return fail('conflict', claim);
  }
  const version = claim.version + 1;
  const next: Claim = { ...claim, fieldVersions: { ...claim.fieldVersions } };
  for (const f of changed) {
    setField(next, f, input.changes[f]!);
    next.fieldVersions[f] = version;
  }
  Object.assign(next, { version, updatedBy: ctx.actor, updatedById: ctx.actorId, updatedAt: ctx.now });
  const changes = changed.map((f) => change(f, claim[f], next[f]));
  if (review.moved) {
    Object.assign(next, { review: review.review, approval: review.approval });
    next.fieldVersions.review = version;
    changes.push(reviewChange(claim, next));
  }
  const history = historyEntry(next, 'updated', changes, ctx);
  if (review.comment === undefined) return { ok: true, state: withClaim(state, next), claim: next, changed: true, history };
  if (Object.hasOwn(state.comments, made.commentId!)) return fail('invalid_payload');
  const comment = reviewCommentOf(next, made.commentId!, review.comment, made.mentions ?? [], ctx);
  changes.push(change('comment', null, comment.text));
  const nextState = { ...withClaim(state, next), comments: { ...state.comments, [comment.id]: comment } };
  return { ok: true, state: nextState, claim: next, comment, changed: true, history };
}

function setField(claim: Claim, field: EditableField, value: string | null): void {
  if (field === 'status') claim.status = value as Claim['status'];
  else if (field === 'assigneeId' || field === 'rating') claim[field] = value;
  else claim[field] = value ?? '';
}

export function deleteClaim<S extends WorkspaceState>(state: S, input: ClaimIdInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.id);
  if (!claim) return fail('not_found');
  const next = bump(claim, { deleted: { by: ctx.actor, at: ctx.now } }, ctx);
  return { ok: true, state: withClaim(state, next), claim: next, changed: true, history: historyEntry(next, 'deleted', [], ctx) };
}

export function restoreClaim<S extends WorkspaceState>(state: S, input: ClaimIdInput, ctx: OpContext): ApplyResult<S> {
  const claim = lookup(state.claims, input.id);
  if (!claim) return fail('not_found');
  if (!claim.deleted) return { ok: true, state, claim, changed: false, history: null };
  const next = bump(claim, { deleted: null }, ctx);
  return { ok: true, state: withClaim(state, next), claim: next, changed: true, history: historyEntry(next, 'restored', [], ctx) };
}

/** A claim's place as history records it. */
export const where = (c: Claim) => `${c.target.position.start}-${c.target.position.end}`;

/** The claim without an orphan reason (the field is left out, not set to undefined). */
export function placedAgain(claim: Claim): Claim {
  const { orphanReason: _gone, ...rest } = claim;
  return rest;
}

/** A person puts a claim (usually an orphan) on the words they selected. */
export function reattachClaim<S extends WorkspaceState>(state: S, input: ClaimReattachInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.id);
  if (!claim) return fail('not_found');
  const article = lookup(state.articles, claim.articleId);
  if (!article) return fail('not_found');
  const index = articleIndex(article);
  const { start, end } = input.target;
  if (end > index.length || end - start > LIMITS.quote) return fail('range_out_of_bounds');
  if (!hasVisibleText(index.slice(start, end))) return fail('empty_range');
  const placed: Claim = bump(placedAgain(claim), { target: describeSpan(index, start, end), orphaned: false }, ctx);
  const changes = [
    change('position', claim.orphaned ? null : where(claim), where(placed)),
    change('quote', claim.target.quote.exact, placed.target.quote.exact),
  ];
  // A person chose new words for it: an approval was of the old ones.
  const next = withdrawApproval(placed, changes);
  const history = historyEntry(next, 'reanchored', changes, ctx);
  return { ok: true, state: withClaim(state, next), claim: next, changed: true, history };
}
