import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import type { ArticleReviseInput } from '../protocol/payloads.ts';
import { placedAgain, where } from './claim-ops.ts';
import { withdrawApproval } from './review-rules.ts';
import { change, historyEntry } from './history.ts';
import { claimsOf, planRevision, type ClaimOutcome } from './revision-plan.ts';
import { bump, lookup } from './state.ts';
import type { OpContext, WorkspaceState } from './types.ts';

/**
 * Which claims a revision left alone, moved to their words' new place
 * (their words edited included: revision-plan.ts tells those apart), or
 * orphaned.
 */
export interface RevisionSummary {
  unchanged: string[];
  moved: string[];
  orphaned: string[];
}

export type RevisionResult<S extends WorkspaceState> =
  | { ok: true; state: S; article: Article; claims: Claim[]; history: HistoryEntry[]; result: RevisionSummary; outcomes: ClaimOutcome[] }
  | { ok: false; error: ApiError; article?: Article };

/**
 * A new revision of an article's body, with every claim re-anchored as
 * planRevision says: kept on its words (moved with them, following their
 * edit), or orphaned with the reason (kept with all its data, never drawn).
 * Deterministic: the same state and input give the same result, so the
 * journal replays it exactly.
 */
export function applyRevision<S extends WorkspaceState>(state: S, input: ArticleReviseInput, ctx: OpContext): RevisionResult<S> {
  const article = lookup(state.articles, input.articleId);
  if (!article) return { ok: false, error: apiError('not_found') };
  if (input.baseRevision !== article.revision) return { ok: false, error: apiError('conflict'), article };
  const claims = claimsOf(state, article.id);
  const { paragraphs, outcomes } = planRevision(article, claims, input.body);
  const revised: Article = { ...article, body: paragraphs, revision: article.revision + 1, updatedAt: ctx.now };
  const result: RevisionSummary = { unchanged: [], moved: [], orphaned: [] };
  const changedClaims: Claim[] = [];
  const history: HistoryEntry[] = [];
  // Changed claims are gathered and put in one copy of the record at the end, not one copy each.
  const changed = new Map<string, Claim>();
  outcomes.forEach((o, k) => {
    const claim = claims[k]!;
    if (o.status === 'unchanged') {
      result.unchanged.push(claim.id);
      return;
    }
    if (o.status === 'orphaned') {
      result.orphaned.push(claim.id);
      if (claim.orphaned) return; // still lost; nothing new to record
      const changes = [change('position', where(claim), null), change('reason', null, o.reason ?? 'not_found')];
      // Its words are gone: an approval of them no longer holds.
      const lost: Claim = withdrawApproval(bump(claim, { orphaned: true, orphanReason: o.reason ?? 'not_found' }, ctx), changes);
      changedClaims.push(lost);
      history.push(historyEntry(lost, 'orphaned', changes, ctx));
      changed.set(lost.id, lost);
      return;
    }
    const placed: Claim = bump(placedAgain(claim), { target: o.target!, orphaned: false }, ctx);
    const changes = [change('position', claim.orphaned ? null : where(claim), where(placed))];
    if (o.status === 'edited') changes.push(change('quote', claim.target.quote.exact, placed.target.quote.exact));
    // Edited words were not what the editor approved; a move alone keeps the approval.
    const moved = placed.target.quote.exact !== claim.target.quote.exact ? withdrawApproval(placed, changes) : placed;
    result.moved.push(claim.id);
    changedClaims.push(moved);
    history.push(historyEntry(moved, 'reanchored', changes, ctx));
    changed.set(moved.id, moved);
  });
  const next: S = { ...state, articles: { ...state.articles, [article.id]: revised }, claims: { ...state.claims, ...Object.fromEntries(changed) } };
  return { ok: true, state: next, article: revised, claims: changedClaims, history, result, outcomes };
}
