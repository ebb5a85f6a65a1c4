import type { Article } from '../domain/schemas.ts';

/*
 * An article's dismissed suggestions as data, apart from how a dismissal is
 * checked and keyed (dismissal.ts): the reader applies broadcast dismissals
 * with this alone, without loading the Arabic normaliser into its first load.
 */

/** The article with one more dismissal (the same article when it already holds it). */
export function withDismissal<A extends Pick<Article, 'dismissed'>>(article: A, key: string): A {
  const dismissed = article.dismissed ?? [];
  return dismissed.includes(key) ? article : { ...article, dismissed: [...dismissed, key] };
}

/** The keys an article's dismissals hold, for filtering many suggestions at once. */
export const dismissedKeys = (article: Pick<Article, 'dismissed'>): ReadonlySet<string> => new Set(article.dismissed ?? []);
