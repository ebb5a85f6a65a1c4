import { OffsetIndex } from '../text/codepoints.ts';
import { normalizeForMatching, normalizedString, type NormalizedText } from '../text/normalize.ts';

/** One hit of a search: code points in the original text, and the original words there. */
export interface SearchMatch {
  start: number;
  end: number;
  text: string;
}

export interface SearchOptions {
  /** Stop after this many matches (a one-letter query can hit thousands of places). */
  limit?: number;
  /** The text already normalized and indexed, when searching it repeatedly. */
  prepared?: { index: OffsetIndex; normalized: NormalizedText };
}

/**
 * Finds `query` in `text` the way a reader means it: with the matching
 * normalization on both sides, so "عاما" finds "عامًا" and "الاولويه"
 * finds "الأولوية", and ٢٠٢٣ finds 2023. The query's leading and trailing
 * white space is ignored (a stray space typed in a search box should not
 * hide every hit at the end of a line). Matches are in order and do not
 * overlap; each is widened to whole characters of the original, with the
 * diacritics of its last letter (see normalize.ts).
 */
export function searchText(text: string, query: string, options: SearchOptions = {}): SearchMatch[] {
  const needle = normalizedString(query).trim();
  if (needle === '') return [];
  const limit = options.limit ?? Infinity;
  const index = options.prepared?.index ?? new OffsetIndex(text);
  const normalized = options.prepared?.normalized ?? normalizeForMatching(text);
  const haystack = normalized.text;
  const matches: SearchMatch[] = [];
  let lastEnd = 0;
  for (let i = haystack.indexOf(needle); i !== -1 && matches.length < limit; i = haystack.indexOf(needle, i + needle.length)) {
    const range = normalized.toOriginalRange(i, i + needle.length);
    // Two hits inside one ligature (ﻻ is "لا") widen to the same
    // character; the second would overlap the first.
    if (range.start < lastEnd) continue;
    lastEnd = range.end;
    matches.push({ start: index.toCodePoint(range.start), end: index.toCodePoint(range.end), text: text.slice(range.start, range.end) });
  }
  return matches;
}
