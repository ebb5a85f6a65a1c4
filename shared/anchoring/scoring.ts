import { PARAGRAPH_BREAK } from '../text/normalize.ts';
import type { Candidate } from './candidates.ts';
import { contextRun, digitSignature, sideAgreement, typoLike, type SideAgreement } from './similarity.ts';

/**
 * How a candidate place is scored and when one is accepted. The constants
 * are exported (through reanchor.ts) so the thresholds are visible where
 * they are used and in the benchmark.
 */

/**
 * The quote is the claim, so it weighs half. Its context (prefix and
 * suffix) weighs the other half: it tells one occurrence of a phrase from
 * another, and a typo fix (context intact) from a lookalike sentence. The
 * side that agrees better counts twice as much as the other: one side
 * intact identifies the place, and the other side, when an edit rewrote
 * it, only agrees by chance (0.05 to 0.5 depending on the alphabets); an
 * even split would let that noise decide. Position nearness is only a
 * tie-breaker (Hypothesis gives it 2 in 92): insertions earlier in the
 * text legitimately shift a claim far from its old offset.
 */
export const SCORE_WEIGHTS = { quote: 0.5, betterSide: 0.32, worseSide: 0.16, position: 0.02 } as const;

/**
 * Needs the words (near-)exactly AND context. Measured on normalized
 * Arabic, 32 characters a side: context that has nothing to do with the
 * claim still agrees by chance at about 0.3 (0.44 at the 99th percentile,
 * 0.56 at most). So the same words elsewhere with unrelated context score
 * at most about 0.79, and with one side's context found a sentence away
 * (SHIFTED_CONTEXT_CREDIT) about 0.77; the claim's own words with one side
 * intact and the other rewritten score 0.82 (a typo in the quote) to 0.85
 * (none) and more.
 */
export const MIN_SCORE = 0.8;

/**
 * At most about one edit in seven characters of the normalized quote: a
 * typo fix, not a rewrite. (The seed article's restated sentence, "وثائق
 * مهمة" for "وثائق مهمة للغاية" with straight quotes, is 0.82.)
 */
export const MIN_QUOTE_SIMILARITY = 0.85;

/**
 * Shorter quotes (normalized) are matched exactly or not at all: one edit in
 * a word or two is a different word ("عام" and "عامين") or a copy of the
 * word that sat next to it as often as it is a typo.
 */
export const MIN_FUZZY_QUOTE_LENGTH = 10;

/**
 * The chosen place must beat every other plausible (non-overlapping) place
 * by this much, or it is a guess, unless it alone matches the stored
 * description exactly.
 */
export const MIN_MARGIN = 0.05;

/**
 * How far (normalized characters) a short quote with only one side of its
 * context intact may be from its old offset: edits before it move it by
 * what they add or remove, a few sentences at most in one revision.
 */
export const SHORT_QUOTE_DRIFT = 200;

/** When neither side can be compared at all (the claim was the whole text), context counts this much. */
export const NO_CONTEXT_SIMILARITY = 0.5;

/** Candidates scored in full; beyond this, a cheap context check picks which. */
const FULL_SCORES = 64;

/** A claim's stored description, normalized for matching. */
export interface Query {
  quote: string;
  /** The stored context nearest the quote, as much as is compared by edit distance. */
  prefix: string;
  suffix: string;
  /** The whole stored context (describeSpan grows it until the claim is unique). */
  fullPrefix: string;
  fullSuffix: string;
  /** Where the claim was, as a normalized offset into the new text. */
  hint: number;
  digits: string;
  maxErrors: number;
  /** Shorter than MIN_FUZZY_QUOTE_LENGTH: placed only where the context on both sides agrees. */
  short: boolean;
}

export interface Scored extends Candidate {
  score: number;
  /** One side of its context is intact (similarity.ts, INTACT_CONTEXT); for a short quote, both. */
  plausible: boolean;
  /** The quote and the whole stored context, exactly: the description describeSpan made unique. */
  perfect: boolean;
}

/**
 * The weighted mix. A side's weight shrinks with its evidence (how much
 * context it could compare), and a side with none (the text ends there)
 * passes its weight to the other, so a claim left at the very start of the
 * text is judged by its suffix alone rather than marked down.
 */
function scoreOf(c: Candidate, q: Query, text: string): Scored {
  const w = SCORE_WEIGHTS;
  const quote = 1 - c.errors / q.quote.length;
  const sides = [sideAgreement(q.prefix, text, c.start, 'before'), sideAgreement(q.suffix, text, c.end, 'after')];
  const [better, worse] = [...sides].sort((a, b) => b.similarity - a.similarity) as [SideAgreement, SideAgreement];
  const wBetter = w.betterSide * better.evidence;
  const wWorse = w.worseSide * worse.evidence;
  const context = wBetter + wWorse > 0 ? (wBetter * better.similarity + wWorse * worse.similarity) / (wBetter + wWorse) : NO_CONTEXT_SIMILARITY;
  const position = 1 - Math.min(1, Math.abs(c.start - q.hint) / Math.max(1, text.length));
  const perfect =
    c.errors === 0 &&
    c.start >= q.fullPrefix.length &&
    text.slice(c.start - q.fullPrefix.length, c.start) === q.fullPrefix &&
    text.startsWith(q.fullSuffix, c.end);
  return {
    ...c,
    score: w.quote * quote + (w.betterSide + w.worseSide) * context + w.position * position,
    // A word or two occurs all over a text: one side agreeing can be chance (a claim was put on its word in another
    // paragraph at 0.817), so a short quote needs both sides, or one side and its old place nearby.
    plausible: q.short
      ? sides.every((side) => side.intact) || (sides.some((side) => side.intact) && Math.abs(c.start - q.hint) <= SHORT_QUOTE_DRIFT)
      : sides.some((side) => side.intact),
    perfect,
  };
}

/**
 * Scores the candidates that can be the claim's words: its figures
 * unchanged, and any difference a typo (similarity.ts, typoLike). When there
 * are many, only the best few by a cheap measure.
 */
export function scoreAll(cands: readonly Candidate[], q: Query, text: string): Scored[] {
  const breaks = q.quote.split(PARAGRAPH_BREAK).length;
  let pool = cands.filter((c) => {
    const words = text.slice(c.start, c.end);
    // A paragraph break is never matched as a space (nor the other way round).
    if (words.split(PARAGRAPH_BREAK).length !== breaks) return false;
    return digitSignature(words) === q.digits && (c.errors === 0 || typoLike(q.quote, words, q.maxErrors));
  });
  if (pool.length > FULL_SCORES) {
    const cheap = (c: Candidate) =>
      contextRun(q.prefix, text, c.start, 'before') + contextRun(q.suffix, text, c.end, 'after') - c.errors / q.quote.length -
      Math.abs(c.start - q.hint) / Math.max(1, text.length);
    pool = [...pool].sort((a, b) => cheap(b) - cheap(a)).slice(0, FULL_SCORES);
  }
  return pool.map((c) => scoreOf(c, q, text));
}

/**
 * The best place if it is good enough and clearly better than any other
 * plausible place. Plausible means one side of its context is intact: the
 * score alone would let a restated sentence (context 0.85 alike on both
 * sides) inherit a claim. A place that alone matches the whole stored
 * description exactly needs no margin: describeSpan grew that description
 * precisely so that it would be unique.
 */
export function decide(scored: readonly Scored[]): { best?: Scored; accepted: boolean } {
  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.errors - b.errors;
  const perfect = scored.filter((c) => c.perfect);
  if (perfect.length === 1) return { best: perfect[0], accepted: true };
  const ranked = scored.filter((c) => c.plausible).sort(byScore);
  const best = ranked[0];
  if (!best) return { best: [...scored].sort(byScore)[0], accepted: false };
  const rival = ranked.find((c) => c.end <= best.start || c.start >= best.end);
  const clear = !rival || best.score - rival.score >= MIN_MARGIN;
  return { best, accepted: best.score >= MIN_SCORE && clear };
}
