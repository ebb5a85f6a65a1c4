import type { Correction } from './corrections.ts';
import type { PublishedReport } from './report.ts';

/**
 * One published version of an article's report, as both stores keep it.
 * Versions are numbered 1, 2, … per article and never change once written,
 * except that unpublishing marks the latest one: the page then answers 410
 * until an editor publishes again (a new version).
 */
export interface Publication {
  articleId: string;
  version: number;
  /** The page's address under the workspace's public URL: `/p/<slug>`, the same for every version. */
  slug: string;
  publishedAt: string;
  publishedBy: string;
  publishedById: string | null;
  /** When the first version went out: the fact-check's publication date. */
  firstPublishedAt: string;
  report: PublishedReport;
  /** Every correction since the first version, oldest first (this version's last). */
  corrections: Correction[];
  unpublished: { by: string; byId: string | null; at: string } | null;
}

/** A version as the editors' list shows it (without its report). */
export interface PublicationSummary {
  version: number;
  url: string;
  publishedAt: string;
  publishedBy: string;
  claims: number;
  /** Corrections this version made. */
  corrections: number;
  unpublished: Publication['unpublished'];
}

/** The page's own URL: the ClaimReview `url` and the Fact Check Tools `pageUrl`. */
export function publicPageUrl(reportBaseUrl: string, slug: string): string {
  return `${reportBaseUrl.replace(/\/+$/, '')}/p/${slug}`;
}

export function summaryOf(p: Publication, reportBaseUrl: string): PublicationSummary {
  return {
    version: p.version,
    url: publicPageUrl(reportBaseUrl, p.slug),
    publishedAt: p.publishedAt,
    publishedBy: p.publishedBy,
    claims: p.report.claims.length,
    corrections: p.corrections.filter((c) => c.version === p.version).length,
    unpublished: p.unpublished,
  };
}
