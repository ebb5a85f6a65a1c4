import type { PublicationSummary } from '../../../shared/publish/publication.ts';
import { requestJson, type Result } from '../state/http.ts';

/** The article's publication as the Reports tab shows it (GET /api/articles/:id/publications). */
export interface PublicationState {
  url: string | null;
  live: boolean;
  /** Newest first. */
  versions: PublicationSummary[];
  /** The claims in the live version; none when not live. */
  liveClaimIds: string[];
}

export interface PublishAnswer {
  url: string;
  version: number;
  publishedAt: string;
}

export interface PublishingApi {
  state(articleId: string): Promise<Result<PublicationState>>;
  publish(articleId: string, originalUrl: string | null | undefined): Promise<Result<PublishAnswer>>;
  unpublish(articleId: string): Promise<Result<{ url: string; version: number; unpublishedAt: string }>>;
}

const base = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}`;

export const publishingApi: PublishingApi = {
  state: (articleId) => requestJson('GET', `${base(articleId)}/publications`),
  publish: (articleId, originalUrl) => requestJson('POST', `${base(articleId)}/publish`, originalUrl === undefined ? {} : { originalUrl }),
  unpublish: (articleId) => requestJson('DELETE', `${base(articleId)}/publish`),
};

/** Where the Fact Check Tools `pages.create` body of the live version downloads from. */
export const factCheckApiUrl = (articleId: string) => `${base(articleId)}/export?format=factcheck-api`;

/** "5 July 2024, 12:00 UTC" */
export function whenText(iso: string): string {
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))}, ${iso.slice(11, 16)} UTC`;
}
