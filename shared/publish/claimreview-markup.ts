import type { PublishedClaim, PublishedReport } from './report.ts';

/**
 * The ClaimReview JSON-LD of a published page, one per claim that has a
 * public rating, built only from the frozen report (so it says exactly
 * what the page shows). Google's structured-data guidelines require
 * `claimReviewed`, `reviewRating.alternateName` and `url` (the page the
 * review is on) and recommend `author`, `datePublished` and `itemReviewed`
 * as a Claim with its `author`, `datePublished` and `appearance`; the
 * numeric rating is given on the workspace's scale (worstRating ≥ 1).
 */
export interface PublishedClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  inLanguage: string;
  author: { '@type': 'Organization'; name: string; url: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string; ratingExplanation?: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization'; name: string };
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string; headline: string; datePublished?: string; author?: { '@type': 'Person'; name: string } };
  };
}

const day = (iso: string) => iso.slice(0, 10);

export function claimReviewMarkup(report: PublishedReport, pageUrl: string): PublishedClaimReview[] {
  return report.claims.flatMap((c) => (c.rating ? [reviewOf(report, c, pageUrl, c.rating)] : []));
}

function reviewOf(report: PublishedReport, c: PublishedClaim, pageUrl: string, rating: NonNullable<PublishedClaim['rating']>): PublishedClaimReview {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    claimReviewed: c.claimReviewed,
    datePublished: day(c.firstPublishedAt),
    ...(c.updatedAt ? { dateModified: day(c.updatedAt) } : {}),
    inLanguage: report.lang,
    author: { '@type': 'Organization', name: report.organizationName, url: report.organizationUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: rating.bestRating,
      worstRating: rating.worstRating,
      alternateName: rating.alternateName,
      ...(c.explanation ? { ratingExplanation: c.explanation } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      // Sources are governments, agencies and people alike; the workspace does not record which (see shared/exports/claimreview.ts).
      ...(c.source ? { author: { '@type': 'Organization' as const, name: c.source } } : {}),
      ...(report.articleDate ? { datePublished: report.articleDate } : {}),
      ...(report.originalUrl
        ? {
            appearance: {
              '@type': 'CreativeWork' as const,
              url: report.originalUrl,
              headline: report.title,
              ...(report.articleDate ? { datePublished: report.articleDate } : {}),
              ...(report.byline ? { author: { '@type': 'Person' as const, name: report.byline } } : {}),
            },
          }
        : {}),
    },
  };
}
