import { publicRating, type PublicRating, type RatingScale } from '../domain/ratings.ts';
import type { Claim } from '../domain/schemas.ts';
import type { ReportLabels, ReportLanguage } from './labels.ts';

/**
 * The public side of a verdict as the reports show it, beside the desk's
 * status: the rating label (both its names, and where it sits on the
 * scale), and where sign-off stands. Each format escapes and lays out the
 * words itself; these are the words.
 */

/** The claim's public rating, its label with both names; null when it has none. */
export function reportRating(claim: Pick<Claim, 'status' | 'rating'>, scale: RatingScale): PublicRating | null {
  return publicRating(claim, scale, 'en');
}

/** "2 on a scale of 1 (worst) to 4 (best)", in the report's language. */
export function scaleWords(r: PublicRating, l: ReportLabels): string {
  return l.onScale(r.ratingValue, r.worstRating, r.bestRating);
}

/** The label's two names, the report's language first. */
export function ratingNames(r: PublicRating, lang: ReportLanguage): [string, string] {
  return lang === 'ar' ? [r.label.name.ar, r.label.name.en] : [r.label.name.en, r.label.name.ar];
}

/** Where sign-off stands, less who approved and when (which each format marks up). */
export function signOffWords(claim: Pick<Claim, 'review'>, l: ReportLabels): string {
  if (claim.review === 'approved') return l.approvedBy;
  if (claim.review === 'ready') return l.readyForEditor;
  return l.notMarkedReady;
}
