import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import type { StatusCounts } from '../../../shared/protocol/events.ts';
import { requestJson } from './http.ts';

/** The REST side of the articles: read-only, for the first paint and the article list. */

export type ArticleSummary = Article & { counts: StatusCounts };

/** A failed read, keeping the server's error code (so a lost session can send the user to sign in). */
export class ApiRequestError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

async function getJson<T extends object>(url: string, signal?: AbortSignal): Promise<T> {
  const result = await requestJson<T>('GET', url, undefined, signal);
  if (!result.ok) throw new ApiRequestError(result.error);
  return result;
}

export function fetchArticle(id: string, signal?: AbortSignal) {
  return getJson<{ article: Article; claims: Claim[] }>(`/api/articles/${encodeURIComponent(id)}`, signal);
}

export function fetchArticles(signal?: AbortSignal) {
  return getJson<{ articles: ArticleSummary[] }>('/api/articles', signal);
}
