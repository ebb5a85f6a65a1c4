import type { Article, Claim, HistoryEntry } from '../../shared/domain/schemas.ts';
import type { DbData } from '../store/db-schema.ts';
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

/** The article's most recent changes across all its claims, newest first. */
export function articleActivity(state: DbData, articleId: string, limit: number): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const list of Object.values(state.history)) {
    if (list[0]?.articleId === articleId) entries.push(...list);
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)).slice(0, limit);
}
