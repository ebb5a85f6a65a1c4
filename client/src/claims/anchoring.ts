import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { articleIndex } from '../../../shared/ops/apply.ts';

/**
 * A claim is anchored when its stored position still holds its quoted words.
 * One that is not (the text changed under it) is an orphan: listed, flagged,
 * and never drawn, because drawing it at a guessed place would mislead.
 */
export function isAnchored(article: Article | null, claim: Claim): boolean {
  if (!article) return true;
  const index = articleIndex(article);
  const { start, end } = claim.target.position;
  if (end > index.length || start >= end) return false;
  return index.slice(start, end) === claim.target.quote.exact;
}
