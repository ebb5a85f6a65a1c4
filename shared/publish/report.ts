import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import type { WorkspaceSettings } from '../domain/settings.ts';
import { publicRating } from '../domain/ratings.ts';
import { claimsInReadingOrder } from '../ops/apply.ts';
import { datelineDate } from '../exports/text.ts';
import { fieldsAsApproved } from './as-approved.ts';

/**
 * A published version of an article's fact-check: everything the public
 * page, its ClaimReview markup and the Fact Check Tools export show, copied
 * out of the workspace when an editor publishes. Nothing on the public page
 * is read from the live claims, so later edits reach it only when an editor
 * publishes again.
 */
export interface PublishedRating {
  labelId: string;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The verdict in words, in the article's language (ClaimReview `alternateName`). */
  alternateName: string;
}

export interface PublishedClaim {
  claimId: string;
  /** The quoted words of the article, with the words around them for context. */
  quote: string;
  prefix: string;
  suffix: string;
  /** What is reviewed, as the page shows it: the summary, or the quote when there is none (ClaimReview `claimReviewed`). */
  claimReviewed: string;
  /** Who makes the claim (ClaimReview `itemReviewed.author`); '' when not given. */
  source: string;
  /** Null when the workspace's scale gives this claim no public rating: shown, but with no ClaimReview. */
  rating: PublishedRating | null;
  explanation: string;
  evidence: Array<{ url: string; title: string }>;
  approvedAt: string;
  /** When this claim first appeared on the public page, and when a republication last changed it (null if never). */
  firstPublishedAt: string;
  updatedAt: string | null;
}

export interface PublishedReport {
  articleId: string;
  title: string;
  byline: string;
  dateline: string;
  /** The article's own date, from its dateline (YYYY-MM-DD), when it names one. */
  articleDate: string | null;
  lang: string;
  dir: 'rtl' | 'ltr';
  /** Where the article itself was published, when the editor gave it (ClaimReview `appearance`). */
  originalUrl: string | null;
  /** The publisher (ClaimReview `author`), from the workspace settings at publication. */
  organizationName: string;
  organizationUrl: string;
  claims: PublishedClaim[];
}

/** The claims a publication takes: approved, live, and placed in the current text. */
export function isPublishable(claim: Claim): boolean {
  return claim.review === 'approved' && claim.approval !== null && claim.deleted === null && !claim.orphaned;
}

/** What the editor sees before publishing: which claims go out, and which are ready but not yet approved. */
export function publicationPreview(claims: Iterable<Claim>): { included: Claim[]; notIncluded: Claim[] } {
  const live = claimsInReadingOrder(claims).filter((c) => c.deleted === null);
  return { included: live.filter(isPublishable), notIncluded: live.filter((c) => !isPublishable(c) && c.review === 'ready') };
}

/** The language a page's words and ratings are given in: Arabic for Arabic articles, English otherwise. */
export function pageLanguage(lang: string): 'ar' | 'en' {
  return lang.toLowerCase().split('-')[0] === 'ar' ? 'ar' : 'en';
}

export interface FreezeInput {
  article: Article;
  /** The article's claims (any; only publishable ones are taken). */
  claims: Iterable<Claim>;
  /** Each claim's history, oldest first (needed for the publishable ones). */
  historyOf: (claimId: string) => readonly HistoryEntry[];
  settings: WorkspaceSettings;
  originalUrl: string | null;
  publishedAt: string;
  /** The version before, when republishing: keeps each claim's first publication date. */
  previous: PublishedReport | null;
}

export function freezeReport(input: FreezeInput): PublishedReport {
  const { article, settings, previous, publishedAt } = input;
  const lang = pageLanguage(article.lang);
  const before = new Map(previous?.claims.map((c) => [c.claimId, c]));
  const claims = claimsInReadingOrder(input.claims, article.id)
    .filter(isPublishable)
    .map((claim): PublishedClaim => {
      const fields = fieldsAsApproved(claim, input.historyOf(claim.id));
      const rating = publicRating(claim, settings.ratings, lang);
      const frozen: PublishedClaim = {
        claimId: claim.id,
        quote: claim.target.quote.exact,
        prefix: claim.target.quote.prefix,
        suffix: claim.target.quote.suffix,
        claimReviewed: fields.summary.trim() || claim.target.quote.exact,
        source: fields.attributedTo.trim(),
        rating: rating && {
          labelId: rating.label.id,
          ratingValue: rating.ratingValue,
          bestRating: rating.bestRating,
          worstRating: rating.worstRating,
          alternateName: rating.alternateName,
        },
        explanation: claim.explanation,
        evidence: fields.evidence.map((e) => ({ url: e.url, title: e.title })),
        approvedAt: claim.approval!.at,
        firstPublishedAt: publishedAt,
        updatedAt: null,
      };
      const old = before.get(claim.id);
      if (!old) return frozen;
      return { ...frozen, firstPublishedAt: old.firstPublishedAt, updatedAt: samePublicContent(old, frozen) ? old.updatedAt : publishedAt };
    });
  return {
    articleId: article.id,
    title: article.title,
    byline: article.byline,
    dateline: article.dateline,
    articleDate: datelineDate(article.dateline) ?? null,
    lang: article.lang,
    dir: article.dir,
    originalUrl: input.originalUrl,
    organizationName: settings.organizationName,
    organizationUrl: settings.reportBaseUrl,
    claims,
  };
}

/**
 * What a reader sees of a claim, without the dates: equal means no
 * correction. Built from arrays, never objects, so a version read back from
 * PostgreSQL (jsonb does not keep key order) compares equal to itself.
 */
export function publicContent(c: PublishedClaim): string {
  return JSON.stringify([c.quote, c.claimReviewed, c.source, c.rating?.labelId ?? null, c.rating?.alternateName ?? null, c.explanation, evidenceKey(c)]);
}

export function evidenceKey(c: PublishedClaim): string {
  return JSON.stringify(c.evidence.map((e) => [e.url, e.title]));
}

function samePublicContent(a: PublishedClaim, b: PublishedClaim): boolean {
  return publicContent(a) === publicContent(b);
}
