import { useCallback, useMemo, useState } from 'react';
import { searchText, type SearchMatch } from '../../../shared/anchoring/search.ts';
import { OffsetIndex } from '../../../shared/text/codepoints.ts';
import { normalizeForMatching } from '../../../shared/text/normalize.ts';
import { useT } from '../i18n/useT.ts';
import { searchMessages } from './search.messages.ts';

/** As many hits as the server's search returns; a one-letter query can hit thousands of places. */
export const SEARCH_LIMIT = 1000;

/** A hit in the headline or the body, in code points of that part. */
export interface FindHit extends SearchMatch {
  part: 'headline' | 'body';
}

export interface ArticleSearch {
  query: string;
  setQuery(query: string): void;
  /** In reading order: the headline's hits first, then the body's. */
  matches: readonly FindHit[];
  /** Index of the current hit in `matches`; -1 when there is none. */
  current: number;
  next(): void;
  previous(): void;
  /** "3 of 7", "No matches", or "" before anything is typed. */
  label: string;
  /** Goes up whenever the person moves to another hit (typing, Next, Previous): time to scroll to it. */
  moves: number;
}

/**
 * Find in the article, with the server's own matching (shared searchText):
 * diacritics, hamza forms, ى/ي, ة/ه, tatweel and Arabic-Indic digits are
 * matched loosely, so عاما finds both "24 عاما" and "25 عامًا". The text is
 * normalized once per revision, not once per keystroke.
 */
export function useArticleSearch(text: string, initialQuery = '', headline = ''): ArticleSearch {
  const t = useT(searchMessages);
  const [query, setQueryState] = useState(initialQuery);
  const [chosen, setChosen] = useState(0);
  const [moves, setMoves] = useState(0);
  const prepared = useMemo(() => ({ index: new OffsetIndex(text), normalized: normalizeForMatching(text) }), [text]);
  // A reader looking for a name in the story expects the headline to count: it is searched as its own text.
  const matches = useMemo((): FindHit[] => {
    if (!query.trim()) return [];
    const inHeadline = searchText(headline, query, { limit: SEARCH_LIMIT }).map((m) => ({ ...m, part: 'headline' as const }));
    const inBody = searchText(text, query, { limit: SEARCH_LIMIT - inHeadline.length, prepared }).map((m) => ({ ...m, part: 'body' as const }));
    return [...inHeadline, ...inBody];
  }, [text, headline, query, prepared]);
  // A new revision can leave fewer hits than the one we were on.
  const current = matches.length === 0 ? -1 : Math.min(chosen, matches.length - 1);

  const setQuery = useCallback((q: string) => {
    setQueryState(q);
    setChosen(0);
    setMoves((m) => m + 1);
  }, []);
  const step = useCallback(
    (by: number) => {
      const n = matches.length;
      if (n === 0) return;
      setChosen((c) => (Math.min(c, n - 1) + by + n) % n);
      setMoves((m) => m + 1);
    },
    [matches.length],
  );
  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);

  let label = '';
  if (query.trim()) {
    if (matches.length === 0) label = t('noMatches');
    else if (matches.length >= SEARCH_LIMIT) label = t('positionOfMany', { current: current + 1, limit: SEARCH_LIMIT });
    else label = t('position', { current: current + 1, count: matches.length });
  }
  return { query, setQuery, matches, current, next, previous, label, moves };
}
