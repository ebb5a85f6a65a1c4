import type { ClaimStatus } from '../domain/status.ts';
import { STATUS_INFO } from '../domain/status.ts';
import { articleReports, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { datelineDate, embeddableJson } from './text.ts';
import { articleUrl, claimUrl } from './urls.ts';
import type { Article } from '../domain/schemas.ts';

/**
 * The verdicts as schema.org ClaimReview (JSON-LD), one per claim that has
 * one: unreviewed claims have no verdict and are not exported.
 *
 * The status → rating table. A ClaimReview rating is an ordinal scale from
 * worstRating (false) to bestRating (true); the verdict a reader sees is
 * `alternateName`. Our three verdicts map onto a 1-3 scale:
 *
 *   status      ratingValue  alternateName
 *   disputed    1            "Disputed"
 *   attributed  2            "Attributed, not independently confirmed"
 *   verified    3            "Verified"
 *   (worstRating 1, bestRating 3; unreviewed: no ClaimReview)
 *
 * "Attributed" sits in the middle: the named source did say it, but nothing
 * independent confirms its content, so it is neither refuted nor
 * established. Professional scales have no such verdict, which is why its
 * alternateName spells it out. Who makes the claim is not part of the
 * verdict: as ClaimReview intends, it is on the reviewed Claim
 * (`itemReviewed.author`), and where it appeared is `itemReviewed.appearance`.
 */
export const CLAIMREVIEW_RATINGS: Readonly<Record<Exclude<ClaimStatus, 'unreviewed'>, { ratingValue: number; alternateName: string }>> = {
  disputed: { ratingValue: 1, alternateName: 'Disputed' },
  attributed: { ratingValue: 2, alternateName: 'Attributed, not independently confirmed' },
  verified: { ratingValue: 3, alternateName: 'Verified' },
};
export const WORST_RATING = 1;
export const BEST_RATING = 3;

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization'; name: string };
    appearance: { '@type': 'CreativeWork'; headline: string; url: string; inLanguage: string; datePublished?: string; author?: { '@type': 'Person'; name: string } };
  };
}

export function claimReviews(source: ExportSource, options: ExportOptions): ClaimReview[] {
  return articleReports(source, options.articleId).flatMap((r) =>
    r.all.filter((f) => f.claim.status !== 'unreviewed').map((f) => claimReview(f, r.article, source)),
  );
}

export function claimReviewText(source: ExportSource, options: ExportOptions): string {
  return embeddableJson(claimReviews(source, options));
}

function claimReview(f: ClaimFacts, article: Article, source: ExportSource): ClaimReview {
  const { claim } = f;
  const status = claim.status as Exclude<ClaimStatus, 'unreviewed'>;
  const rating = CLAIMREVIEW_RATINGS[status];
  const { organizationName, reportBaseUrl } = source.settings;
  const published = datelineDate(article.dateline);
  // The review is published when its verdict was reached.
  const decidedAt = f.lastDecision?.at ?? claim.updatedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(reportBaseUrl, article.id, claim.id),
    claimReviewed: claim.summary || claim.target.quote.exact,
    datePublished: decidedAt.slice(0, 10),
    author: { '@type': 'Organization', name: organizationName, url: reportBaseUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.alternateName,
      ratingExplanation: STATUS_INFO[status].meaning,
    },
    itemReviewed: {
      '@type': 'Claim',
      // Sources are agencies, governments and people alike; the workspace
      // does not record which, and Organization is the broader reading.
      ...(claim.attributedTo ? { author: { '@type': 'Organization' as const, name: claim.attributedTo } } : {}),
      appearance: {
        '@type': 'CreativeWork',
        headline: article.title,
        url: articleUrl(reportBaseUrl, article.id),
        inLanguage: article.lang,
        ...(published ? { datePublished: published } : {}),
        ...(article.byline ? { author: { '@type': 'Person' as const, name: article.byline } } : {}),
      },
    },
  };
}
