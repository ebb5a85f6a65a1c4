import type { Article, Claim } from '../../shared/domain/schemas.ts';
import { CLAIM_STATUSES } from '../../shared/domain/status.ts';
import type { StatusCounts } from '../../shared/protocol/events.ts';
import { claimsInReadingOrder } from '../../shared/ops/apply.ts';

/** The only place that decides what an article or claim looks like over HTTP. */

export function statusCounts(claims: readonly Claim[]): StatusCounts {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const c of claims) counts[c.status]++;
  return counts;
}

export function presentArticleSummary(article: Article, allClaims: readonly Claim[]) {
  const claims = claimsInReadingOrder(allClaims, article.id);
  return { ...article, claimCount: claims.length, counts: statusCounts(claims) };
}

export function presentArticle(article: Article, allClaims: readonly Claim[]) {
  return { article, claims: claimsInReadingOrder(allClaims, article.id) };
}
