import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import type { StatusCounts } from '../../../shared/protocol/events.ts';
import { requestJson } from './http.ts';
import type { Suggestion } from '../../../shared/suggest/types.ts';
import type { FoundClaim } from '../../../shared/similarity/found.ts';

/** The REST side: read-only, for the first paint, the article list, history, activity and people. */

/** An article as `GET /api/articles` lists it: without its text. */
export type ArticleSummary = Omit<Article, 'body'> & { paragraphs: number; claimCount: number; counts: StatusCounts };

/** A colleague as anyone signed in may see them: for assignees and @mentions. */
export interface PersonInfo {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

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

export function fetchClaimHistory(claimId: string, signal?: AbortSignal) {
  return getJson<{ history: HistoryEntry[] }>(`/api/claims/${encodeURIComponent(claimId)}/history`, signal);
}

/** A page of the article's activity, newest first; `before` is the cursor the previous page gave (`next`, null at the end). */
export function fetchActivity(articleId: string, page: { limit: number; before?: string }, signal?: AbortSignal) {
  const before = page.before === undefined ? '' : `&before=${encodeURIComponent(page.before)}`;
  return getJson<{ activity: HistoryEntry[]; next: string | null }>(`/api/articles/${encodeURIComponent(articleId)}/activity?limit=${page.limit}${before}`, signal);
}

export function fetchPeople(signal?: AbortSignal) {
  return getJson<{ people: PersonInfo[] }>('/api/people', signal);
}

export function fetchSuggestions(articleId: string, signal?: AbortSignal) {
  return getJson<{ suggestions: Suggestion[] }>(`/api/articles/${encodeURIComponent(articleId)}/suggestions`, signal);
}

/** Claims of other articles like this one ("checked before"), best first. */
export function fetchSimilarClaims(claimId: string, signal?: AbortSignal) {
  return getJson<{ similar: FoundClaim[] }>(`/api/claims/${encodeURIComponent(claimId)}/similar`, signal);
}

/** Claims of the whole workspace matching words, best first. */
export function searchClaims(q: string, signal?: AbortSignal) {
  return getJson<{ claims: FoundClaim[] }>(`/api/claims/search?q=${encodeURIComponent(q)}`, signal);
}
