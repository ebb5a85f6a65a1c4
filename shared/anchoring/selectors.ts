import { LIMITS } from '../limits.ts';
import type { OffsetIndex } from '../text/codepoints.ts';

/** W3C Web Annotation TextQuoteSelector: the exact words with context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector, in Unicode code points. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a claim is: two descriptions, so it can be re-found after the text changes. */
export interface ClaimTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

function countOccurrences(haystack: string, needle: string, limit: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (++n >= limit) break;
  }
  return n;
}

/**
 * Describes the span [start, end) (code points) of the indexed text. The
 * context starts at LIMITS.quoteContext code points each side and grows
 * until prefix + exact + suffix occurs only once in the text (as Apache
 * Annotator does), so a short quote that repeats still identifies its own
 * occurrence, up to LIMITS.quoteContextMax each side: past that the
 * position is what tells the copies apart. Offsets must already be
 * validated against the text.
 */
export function describeSpan(index: OffsetIndex, start: number, end: number): ClaimTarget {
  const exact = index.slice(start, end);
  let context = LIMITS.quoteContext;
  for (;;) {
    const prefix = index.slice(Math.max(0, start - context), start);
    const suffix = index.slice(end, Math.min(index.length, end + context));
    const wholeText = start - context <= 0 && end + context >= index.length;
    if (wholeText || context >= LIMITS.quoteContextMax || countOccurrences(index.text, prefix + exact + suffix, 2) < 2) {
      return {
        quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
        position: { type: 'TextPositionSelector', start, end },
      };
    }
    context *= 2;
  }
}
