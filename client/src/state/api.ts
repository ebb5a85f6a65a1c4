import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { StatusCounts } from '../../../shared/protocol/events.ts';

/** The REST side of the server: read-only, for the first paint and the article list. */

export type ArticleSummary = Article & { counts: StatusCounts };

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new Error(`Could not load ${url}: ${message}`);
  }
  return (await res.json()) as T;
}

export function fetchArticle(id: string, signal?: AbortSignal) {
  return getJson<{ article: Article; claims: Claim[] }>(`/api/articles/${encodeURIComponent(id)}`, signal);
}

export function fetchArticles(signal?: AbortSignal) {
  return getJson<{ articles: ArticleSummary[] }>('/api/articles', signal);
}
