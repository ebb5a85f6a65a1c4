import type { PublishedReport } from './report.ts';

/**
 * A published report as the body of a Fact Check Tools API `pages.create`
 * request (POST https://factchecktools.googleapis.com/v1alpha1/pages, a
 * ClaimReviewMarkupPage), so a desk can submit its markup from its own
 * Google account. Field names follow the API's reference; `name` and
 * `versionId` are the API's own output and are not sent. Like the page's
 * JSON-LD, only claims with a public rating are included (the API needs a
 * textual rating for each).
 */
export interface ClaimReviewMarkupPage {
  pageUrl: string;
  publishDate: string;
  claimReviewAuthor: { name: string };
  claimReviewMarkups: Array<{
    url: string;
    claimReviewed: string;
    claimDate?: string;
    claimAppearances?: string[];
    claimAuthor?: { name: string };
    rating: { textualRating: string; ratingValue: number; bestRating: number; worstRating: number; ratingExplanation?: string };
  }>;
}

export function factCheckApiPage(report: PublishedReport, pageUrl: string, firstPublishedAt: string): ClaimReviewMarkupPage {
  return {
    pageUrl,
    publishDate: firstPublishedAt.slice(0, 10),
    claimReviewAuthor: { name: report.organizationName },
    claimReviewMarkups: report.claims.flatMap((c) =>
      c.rating
        ? [
            {
              url: pageUrl,
              claimReviewed: c.claimReviewed,
              ...(report.articleDate ? { claimDate: report.articleDate } : {}),
              ...(report.originalUrl ? { claimAppearances: [report.originalUrl] } : {}),
              ...(c.source ? { claimAuthor: { name: c.source } } : {}),
              rating: {
                textualRating: c.rating.alternateName,
                ratingValue: c.rating.ratingValue,
                bestRating: c.rating.bestRating,
                worstRating: c.rating.worstRating,
                ...(c.explanation ? { ratingExplanation: c.explanation } : {}),
              },
            },
          ]
        : [],
    ),
  };
}
