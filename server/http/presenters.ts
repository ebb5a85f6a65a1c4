import type { Article, Claim } from '../../shared/domain/schemas.ts';
import { claimsInReadingOrder } from '../../shared/ops/apply.ts';

/** The only place that decides what an article with its claims looks like over HTTP. */
export function presentArticle(article: Article, claims: readonly Claim[]) {
  return { article, claims: claimsInReadingOrder(claims, article.id) };
}
