import { publicRating, ratingLanguage } from '../domain/ratings.ts';
import { articleReports, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { datelineDate, embeddableJson } from './text.ts';
import { articleUrl, claimUrl } from './urls.ts';
import type { Article } from '../domain/schemas.ts';

/**
 * The verdicts as schema.org ClaimReview (JSON-LD), one per claim that has
 * a public rating: the label of the workspace's rating scale the claim names,
 * or else the one its status maps to (shared/domain/ratings.ts; the default
 * scale is False 1, Misleading 2, Unproven 3, True 4, with disputed → False,
 * attributed → Unproven, verified → True). Unreviewed claims that name no
 * label have no verdict and are not exported.
 *
 * `alternateName` (the verdict a reader sees) is the label's name in the
 * article's language (Arabic for an Arabic article, else English);
 * `ratingExplanation` is the claim's public explanation, when written. Who
 * makes the claim is not part of the verdict: as ClaimReview intends, it
 * is on the reviewed Claim (`itemReviewed.author`), and where it appeared
 * is `itemReviewed.appearance`.
 */
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
    ratingExplanation?: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Organization'; name: string };
    appearance: { '@type': 'CreativeWork'; headline: string; url: string; inLanguage: string; datePublished?: string; author?: { '@type': 'Person'; name: string } };
  };
}

export function claimReviews(source: ExportSource, options: ExportOptions): ClaimReview[] {
  return articleReports(source, options.articleId).flatMap((r) => r.all.flatMap((f) => claimReview(f, r.article, source) ?? []));
}

export function claimReviewText(source: ExportSource, options: ExportOptions): string {
  return embeddableJson(claimReviews(source, options));
}

/** The review of one claim; null when it has no public rating. */
export function claimReview(f: ClaimFacts, article: Article, source: ExportSource): ClaimReview | null {
  const { claim } = f;
  const rating = publicRating(claim, source.settings.ratings, ratingLanguage(article.lang));
  if (!rating) return null;
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
      bestRating: rating.bestRating,
      worstRating: rating.worstRating,
      alternateName: rating.alternateName,
      ...(claim.explanation.trim() ? { ratingExplanation: claim.explanation } : {}),
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
