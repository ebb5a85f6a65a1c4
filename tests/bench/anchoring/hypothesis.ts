import approxSearch, { type Match as StringMatch } from 'approx-string-match';

/**
 * Hypothesis's anchoring, reimplemented from its source for the benchmark
 * (github.com/hypothesis/client, commit 9d28950c, July 2026):
 * - matchQuote, search and textMatchScore follow
 *   src/annotator/anchoring/match-quote.ts line for line: exact
 *   occurrences first, else approx-string-match with up to
 *   min(256, quote.length / 2) errors; every match scored 50 quote /
 *   20 prefix / 20 suffix / 2 position (1 - |start - hint| / text length),
 *   the prefix and suffix compared by edit distance against the same
 *   length of text beside the match; the best score taken whatever it is.
 * - describe follows TextQuoteAnchor.fromRange and TextPositionAnchor in
 *   src/annotator/anchoring/types.ts: 32 characters of context each side,
 *   offsets in UTF-16 code units of the text (textContent).
 * - anchor follows src/annotator/anchoring/html.ts: the position selector
 *   if the text there is still the quote ("maybeAssertQuote"), else the
 *   quote selector with the position's start as the hint. (The
 *   RangeSelector tried first there is an XPath into the DOM; this text has
 *   no DOM, and it too is only accepted where the exact quote still is.)
 */

export interface HypothesisSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets. */
  start: number;
  end: number;
}

interface Match {
  start: number;
  end: number;
  score: number;
}

function search(text: string, str: string, maxErrors: number): StringMatch[] {
  let matchPos = 0;
  const exactMatches: StringMatch[] = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

export function matchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number } = {}): Match | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;

  const scoreMatch = (match: StringMatch) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1.0;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') posScore = 1.0 - Math.abs(match.start - context.hint) / text.length;
    const rawScore = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    return rawScore / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };

  const scoredMatches = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scoredMatches.sort((a, b) => b.score - a.score);
  return scoredMatches[0]!;
}

/** The selectors Hypothesis stores for [start, end) (UTF-16 offsets) of `text`. */
export function describe(text: string, start: number, end: number): HypothesisSelectors {
  const contextLen = 32;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLen), start),
    suffix: text.slice(end, Math.min(text.length, end + contextLen)),
    start,
    end,
  };
}

/** Where Hypothesis draws the annotation in `text` (UTF-16 offsets), or null: an orphan. */
export function anchor(text: string, s: HypothesisSelectors): { start: number; end: number } | null {
  if (s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.exact) return { start: s.start, end: s.end };
  const match = matchQuote(text, s.exact, { prefix: s.prefix, suffix: s.suffix, hint: s.start });
  return match ? { start: match.start, end: match.end } : null;
}
