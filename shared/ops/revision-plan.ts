import { bodyText, splitParagraphs } from '../domain/article.ts';
import type { Article, Claim, OrphanReason } from '../domain/schemas.ts';
import { derivedShare, mapSpan } from '../anchoring/diff-map.ts';
import { AnchorBudget, prepareText, reanchor, type PreparedText } from '../anchoring/reanchor.ts';
import { describeSpan, type ClaimTarget } from '../anchoring/selectors.ts';
import { alignTexts, type TextAlignment } from '../anchoring/text-alignment.ts';
import { OffsetIndex } from '../text/codepoints.ts';
import { LIMITS } from '../limits.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import { articleIndex, hasVisibleText, lookup } from './state.ts';
import type { WorkspaceState } from './types.ts';

/**
 * What a revision will do to each claim, worked out before anything is
 * stored: applyRevision stores exactly this, and a client can show it
 * ("what this revision will do") before the editor saves.
 *
 * Claims are mapped through the alignment of the old and new body
 * (text-alignment.ts, diff-map.ts): unchanged words keep their claim
 * whatever lookalikes the new text holds; a claim whose words were edited
 * follows the edit; one whose words are gone is orphaned with the reason.
 * The quote search (reanchor.ts) is only the fallback, for what the
 * alignment cannot tell: a claim already orphaned, a claim whose stored
 * words are not at its position, a stretch too big to align. Where the
 * alignment is known, the search never puts a claim on inserted text: the
 * claim's own words cannot be in text that did not exist.
 */

export type ClaimOutcomeStatus = 'unchanged' | 'moved' | 'edited' | 'orphaned';

export interface ClaimOutcome {
  id: string;
  status: ClaimOutcomeStatus;
  /** Code points in the new text; null when orphaned. */
  from: number | null;
  to: number | null;
  quoteBefore: string;
  /** The words it is on now; null when orphaned. */
  quoteAfter: string | null;
  reason: OrphanReason | null;
  /** It was orphaned before this revision. */
  wasOrphaned: boolean;
  /** Its new description, when placed. */
  target: ClaimTarget | null;
}

export interface RevisionPlan {
  paragraphs: string[];
  outcomes: ClaimOutcome[];
}

/** Less than this share of a place's characters from the old text, and it is inserted text: never a claim's words. */
const MIN_DERIVED_SHARE = 0.5;

/** The claims of one article, in the order the state holds them (the server passes only the article's). */
function claimsOf(state: WorkspaceState, articleId: string): Claim[] {
  return Object.values(state.claims).filter((c) => c.articleId === articleId && !c.deleted);
}

export function planRevision(article: Article, claims: readonly Claim[], body: string): RevisionPlan {
  const paragraphs = splitParagraphs(body);
  const before = articleIndex(article);
  const after = new OffsetIndex(bodyText(paragraphs));
  // Aligned and normalized only when some claim needs it.
  let alignment: TextAlignment | undefined;
  let doc: PreparedText | undefined;
  const aligned = () => (alignment ??= alignTexts(before.text, after.text));
  // One budget for the whole revision: however the text is built, searching for claims stays bounded.
  const budget = new AnchorBudget();
  const outcomes = claims.map((claim): ClaimOutcome => {
    const base = { id: claim.id, quoteBefore: claim.target.quote.exact, wasOrphaned: claim.orphaned };
    const lost = (reason: OrphanReason): ClaimOutcome => ({ ...base, status: 'orphaned', from: null, to: null, quoteAfter: null, reason, target: null });
    const placed = (start: number, end: number): ClaimOutcome => {
      const words = after.slice(start, end);
      if (end - start > LIMITS.quote || !hasVisibleText(words)) return lost('rewritten');
      const p = claim.target.position;
      const status: ClaimOutcomeStatus =
        words !== claim.target.quote.exact ? 'edited' : !claim.orphaned && start === p.start && end === p.end ? 'unchanged' : 'moved';
      return { ...base, status, from: start, to: end, quoteAfter: words, reason: null, target: describeSpan(after, start, end) };
    };
    const search = (known: TextAlignment | null): ClaimOutcome => {
      const found = reanchor(claim.target, after.text, { prepared: (doc ??= prepareText(after.text)), budget });
      if (!found.position) return lost('not_found');
      const { start, end } = found.position;
      if (known && derivedShare(known, after.toUtf16(start), after.toUtf16(end)) < MIN_DERIVED_SHARE) return lost('not_found');
      return placed(start, end);
    };

    const { start, end } = claim.target.position;
    // An orphan's words were gone from the old text: whatever the quote search finds in text derived from it is a lookalike.
    if (claim.orphaned) return lost(claim.orphanReason ?? 'not_found');
    const onItsWords = end <= before.length && start < end && before.slice(start, end) === claim.target.quote.exact;
    if (!onItsWords) return search(aligned());
    const mapped = mapSpan(aligned(), before.toUtf16(start), before.toUtf16(end));
    if (mapped.status === 'unknown') return search(null);
    if (mapped.status === 'orphaned') return lost(mapped.reason);
    return placed(after.toCodePoint(mapped.start), after.toCodePoint(mapped.end));
  });
  return { paragraphs, outcomes };
}

export type PreviewResult = { ok: true; outcomes: ClaimOutcome[] } | { ok: false; error: ApiError };

/** A dry run of a revision: what it would do to each claim of the article, changing nothing. */
export function previewRevision(state: WorkspaceState, articleId: string, body: string): PreviewResult {
  const article = lookup(state.articles, articleId);
  if (!article) return { ok: false, error: apiError('not_found') };
  return { ok: true, outcomes: planRevision(article, claimsOf(state, articleId), body).outcomes };
}

export { claimsOf };
