import { INSERTED, type TrackedText } from './tracked-text.ts';

/**
 * What counts as right, for one claim in one revision. A claim is the
 * original code points [start, end); after the edits, its truth is where
 * those code points survive.
 *
 * - Gone: fewer than GONE_BELOW of its code points survive (its sentence
 *   deleted, say). The right answer is then an orphan.
 * - Otherwise a placement is right when it covers all but
 *   max(MISSED_MIN, (1 - COVERS) of) the surviving code points, and at most
 *   max(FOREIGN_MIN, FOREIGN_SHARE of the placement) of its code points are
 *   not the claim's own (a letter a typo doubled, a word boundary snapped
 *   differently). The small absolute slack is for short claims: when a
 *   typo doubles the last letter of a four-letter claim, which of the two
 *   letters is the original is a coin toss, not a wrong place.
 * - Any other placement is a wrong place (a verdict drawn on words it
 *   never judged); an orphan whose words survive is a needless orphan.
 */
export const GONE_BELOW = 0.5;
export const COVERS = 0.9;
export const MISSED_MIN = 1;
export const FOREIGN_SHARE = 0.1;
export const FOREIGN_MIN = 2;

export interface Span {
  start: number;
  end: number;
}

export interface Truth {
  /** Surviving code points of the claim, in the current text. */
  survivors: number;
  gone: boolean;
  /** First and last surviving code point (end exclusive); null when none survive. */
  hull: Span | null;
}

export type Verdict = 'placed right' | 'orphaned right' | 'wrong place' | 'needless orphan';

/** `positions`: TrackedText.positions() of the current text. */
export function truthOf(positions: Int32Array, claim: Span): Truth {
  let survivors = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let o = claim.start; o < claim.end; o++) {
    const p = positions[o]!;
    if (p < 0) continue;
    survivors++;
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  return { survivors, gone: survivors < GONE_BELOW * (claim.end - claim.start), hull: survivors ? { start: lo, end: hi + 1 } : null };
}

export function verdictOf(text: TrackedText, claim: Span, truth: Truth, placed: Span | null): Verdict {
  if (!placed) return truth.gone ? 'orphaned right' : 'needless orphan';
  if (truth.gone) return 'wrong place';
  let own = 0;
  for (let i = placed.start; i < Math.min(placed.end, text.length); i++) {
    const o = text.origin(i);
    if (o !== INSERTED && o >= claim.start && o < claim.end) own++;
  }
  const size = placed.end - placed.start;
  const foreign = size - own;
  const missed = truth.survivors - own;
  const covers = own > 0 && missed <= Math.max(MISSED_MIN, (1 - COVERS) * truth.survivors);
  return covers && foreign <= Math.max(FOREIGN_MIN, FOREIGN_SHARE * size) ? 'placed right' : 'wrong place';
}
