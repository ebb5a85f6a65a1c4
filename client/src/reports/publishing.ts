import type { PublicationSummary } from '../../../shared/publish/publication.ts';
import { requestJson, type Result } from '../state/http.ts';
import { translator } from '../i18n/useT.ts';
import type { Formatter } from '../i18n/format.ts';
import { checkedPublicationState } from './publicationState.ts';
import { publishingMessages } from './publishing.messages.ts';

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
  state: async (articleId) =>
    checkedPublicationState(await requestJson<PublicationState>('GET', `${base(articleId)}/publications`), () => translator(publishingMessages)('malformed')),
  publish: (articleId, originalUrl) => requestJson('POST', `${base(articleId)}/publish`, originalUrl === undefined ? {} : { originalUrl }),
  unpublish: (articleId) => requestJson('DELETE', `${base(articleId)}/publish`),
};

/** Where the Fact Check Tools `pages.create` body of the live version downloads from. */
export const factCheckApiUrl = (articleId: string) => `${base(articleId)}/export?format=factcheck-api`;

/**
 * "5 July 2024, 12:00 UTC" ("٥ يوليو ٢٠٢٤، ١٢:٠٠ بالتوقيت العالمي" in Arabic
 * with Arabic-Indic digits): in UTC, as the public page states it, in the
 * interface language and the workspace's digits (`format.tag`).
 */
export function whenText(iso: string, format: Pick<Formatter, 'tag' | 'locale'>): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const date = new Intl.DateTimeFormat(format.tag, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
  const time = new Intl.DateTimeFormat(format.tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(at);
  return translator(publishingMessages, { locale: format.locale, digits: 'latn' })('when', { date, time });
}
