import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { SourceView } from '../../../shared/sources/merges.ts';
import type { MergeSuggestion } from '../../../shared/sources/suggest-merges.ts';
import { requestJson, type Result } from '../state/http.ts';

/** `GET /api/sources`. */
export interface SourcesAnswer {
  sources: SourceView[];
}

/** `GET /api/sources/suggestions`. */
export interface SuggestionsAnswer {
  suggestions: MergeSuggestion[];
}

export const SUGGESTIONS_URL = '/api/sources/suggestions';

/** `GET /api/sources/:key/claims`. */
export interface SourceClaimsAnswer {
  source: SourceView;
  claims: Array<{ claim: Claim; article: Pick<Article, 'id' | 'title' | 'lang' | 'dir'> }>;
  next: string | null;
}

export const SOURCES_URL = '/api/sources';

export function sourceClaimsUrl(key: string, after?: string | null): string {
  const query = new URLSearchParams({ limit: '50' });
  if (after) query.set('after', after);
  return `/api/sources/${encodeURIComponent(key)}/claims?${query}`;
}

export function mergeSources(into: string, from: string[], name: string): Promise<Result<{ source: SourceView }>> {
  return requestJson('POST', '/api/sources/merge', { into, from, name });
}

export function unmergeSource(key: string): Promise<Result<{ source: SourceView | null }>> {
  return requestJson('DELETE', `/api/sources/merge/${encodeURIComponent(key)}`);
}
