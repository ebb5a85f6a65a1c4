import { publicRating, type PublicRating, type RatingScale } from '../domain/ratings.ts';
import type { Claim } from '../domain/schemas.ts';

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

/** "2 on a scale of 1 (worst) to 4 (best)". */
export function scaleWords(r: PublicRating): string {
  return `${r.ratingValue} on a scale of ${r.worstRating} (worst) to ${r.bestRating} (best)`;
}

/** Where sign-off stands, less who approved and when (which each format marks up). */
export function signOffWords(claim: Pick<Claim, 'review'>): string {
  if (claim.review === 'approved') return 'Approved by';
  if (claim.review === 'ready') return 'Ready for an editor';
  return 'Not yet marked ready';
}
