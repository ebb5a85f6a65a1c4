import { useEffect, type RefObject } from 'react';
import { FindBar } from './FindBar.tsx';
import { useArticleSearch } from './useArticleSearch.ts';

export interface ArticleFindProps {
  /** The article's body text, as the reader indexes it. */
  text: string;
  /** The headline, searched before the body. */
  headline?: string;
  headlineRef?: RefObject<HTMLElement | null>;
  /** What was typed the last time the box was open: closing and reopening keeps it. */
  initialQuery: string;
  onQueryChange(query: string): void;
  containerRef: RefObject<HTMLElement | null>;
  focusKey: number;
  onClose(): void;
}

/**
 * Find in the article, as one piece the reader loads when someone first
 * opens it (the Arabic normalization and search are not needed to read).
 * The query lives with the reader, which stays mounted, so it survives a
 * close and reopen; the matching itself is redone from the text then.
 */
export function ArticleFind({ text, headline, headlineRef, initialQuery, onQueryChange, containerRef, focusKey, onClose }: ArticleFindProps) {
  const search = useArticleSearch(text, initialQuery, headline);
  useEffect(() => onQueryChange(search.query), [search.query, onQueryChange]);
  return <FindBar search={search} containerRef={containerRef} headlineRef={headlineRef} focusKey={focusKey} onClose={onClose} />;
}
