import { bodyText, splitParagraphs } from '../domain/article.ts';
import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { describeSpan } from '../anchoring/selectors.ts';
import { AnchorBudget, prepareText, reanchor, type PreparedText } from '../anchoring/reanchor.ts';
import type { OffsetIndex } from '../text/codepoints.ts';
import { unchangedEnds } from './text-diff.ts';
import { LIMITS } from '../limits.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import type { ArticleReviseInput } from '../protocol/payloads.ts';
import { where } from './claim-ops.ts';
import { change, historyEntry } from './history.ts';
import { articleIndex, bump, lookup } from './state.ts';
import type { OpContext, WorkspaceState } from './types.ts';

/** Which claims a revision left alone, moved to their words' new place, or could not find. */
export interface RevisionSummary {
  unchanged: string[];
  moved: string[];
  orphaned: string[];
}

export type RevisionResult<S extends WorkspaceState> =
  | { ok: true; state: S; article: Article; claims: Claim[]; history: HistoryEntry[]; result: RevisionSummary }
  | { ok: false; error: ApiError; article?: Article };

/**
 * A new revision of an article's body, with every claim re-anchored: kept
 * where its words still are, moved with them, or orphaned (kept with all
 * its data, never drawn) when they cannot be found with confidence. An
 * orphan whose original words come back is placed again.
 */
export function applyRevision<S extends WorkspaceState>(state: S, input: ArticleReviseInput, ctx: OpContext): RevisionResult<S> {
  const article = lookup(state.articles, input.articleId);
  if (!article) return { ok: false, error: apiError('not_found') };
  if (input.baseRevision !== article.revision) return { ok: false, error: apiError('conflict'), article };
  const paragraphs = splitParagraphs(input.body);
  const revised: Article = { ...article, body: paragraphs, revision: article.revision + 1, updatedAt: ctx.now };
  const newText = bodyText(paragraphs);
  const index = articleIndex(revised);
  // Normalized and indexed only if some claim needs searching for.
  let doc: PreparedText | undefined;
  const shifted = shiftOutsideEdit(articleIndex(article), index);
  const result: RevisionSummary = { unchanged: [], moved: [], orphaned: [] };
  const changedClaims: Claim[] = [];
  const history: HistoryEntry[] = [];
  // Changed claims are gathered and put in one copy of the record at the end, not one copy each.
  const changed = new Map<string, Claim>();
  // One budget for the whole revision: however the text is built, searching for claims stays bounded.
  const budget = new AnchorBudget();

  for (const claim of Object.values(state.claims)) {
    if (claim.articleId !== article.id || claim.deleted) continue;
    // Words the edit did not touch have a known new place; only the others are searched for.
    const known = claim.orphaned ? null : shifted(claim.target.position);
    const found = known ? { position: known } : reanchor(claim.target, newText, { prepared: (doc ??= prepareText(newText)), budget });
    if (found.position && found.position.end - found.position.start <= LIMITS.quote) {
      const { start, end } = found.position;
      if (!claim.orphaned && start === claim.target.position.start && end === claim.target.position.end && index.slice(start, end) === claim.target.quote.exact) {
        result.unchanged.push(claim.id);
        continue;
      }
      const moved: Claim = bump(claim, { target: describeSpan(index, start, end), orphaned: false }, ctx);
      result.moved.push(claim.id);
      changedClaims.push(moved);
      history.push(historyEntry(moved, 'reanchored', [change('position', claim.orphaned ? null : where(claim), where(moved))], ctx));
      changed.set(moved.id, moved);
    } else {
      result.orphaned.push(claim.id);
      if (claim.orphaned) continue; // still lost; nothing new to record
      const lost: Claim = bump(claim, { orphaned: true }, ctx);
      changedClaims.push(lost);
      history.push(historyEntry(lost, 'orphaned', [change('position', where(claim), null)], ctx));
      changed.set(lost.id, lost);
    }
  }
  const next: S = { ...state, articles: { ...state.articles, [article.id]: revised }, claims: { ...state.claims, ...Object.fromEntries(changed) } };
  return { ok: true, state: next, article: revised, claims: changedClaims, history, result };
}

/**
 * Where a span of the old text is in the new one, if the edit left all of
 * it alone: unmoved before the edit, shifted by the edit's change in length
 * after it; null when the edit touched it.
 */
function shiftOutsideEdit(before: OffsetIndex, after: OffsetIndex): (span: { start: number; end: number }) => { start: number; end: number } | null {
  const { prefix, suffix } = unchangedEnds(before.text, after.text);
  const headEnd = before.toCodePoint(prefix);
  const tailStart = before.toCodePoint(before.text.length - suffix);
  const delta = after.toCodePoint(after.text.length - suffix) - tailStart;
  return ({ start, end }) => {
    if (end <= headEnd) return { start, end };
    if (start >= tailStart) return { start: start + delta, end: end + delta };
    return null;
  };
}
