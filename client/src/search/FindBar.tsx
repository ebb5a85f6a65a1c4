import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { offsetsToRange } from '../reader/domOffsets.ts';
import { clearSearch, paintSearch } from './searchHighlights.ts';
import type { ArticleSearch, FindHit } from './useArticleSearch.ts';
import { useT } from '../i18n/useT.ts';
import { searchMessages } from './search.messages.ts';

export interface FindBarProps {
  search: ArticleSearch;
  /** The reader's body, where hits are painted. */
  containerRef: RefObject<HTMLElement | null>;
  /** The headline, searched and painted too; its header (with the dateline) is kept in view when a hit is there. */
  headlineRef?: RefObject<HTMLElement | null>;
  /** A new value focuses the box again (Ctrl/Cmd+F while it is open). */
  focusKey: number;
  onClose(): void;
}

/** Icons of the buttons (named by their aria-label); up and down need no mirroring in Arabic. */
const ICON = { previous: '↑', next: '↓', close: '×' };

/** Room kept free at the top of the window for the top bar and the sticky reader bar, when it cannot be measured. */
const TOP_CLEARANCE = 150;

/** Where the sticky bars end: the find box itself grows the reader bar, so a fixed figure would hide what is just below it. */
function clearance(): number {
  const bar = document.querySelector('.reader-bar')?.getBoundingClientRect();
  return bar && bar.bottom > 0 ? bar.bottom + 8 : TOP_CLEARANCE;
}

/**
 * The find box above the article: type, then Enter / Shift+Enter (or the
 * buttons) step through the hits, which are painted in the text and
 * scrolled to. Escape closes it.
 */
export function FindBar({ search, containerRef, headlineRef, focusKey, onClose }: FindBarProps) {
  const t = useT(searchMessages);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { matches, current, moves } = search;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusKey]);

  const rangeOf = (m: FindHit) => {
    const container = m.part === 'headline' ? headlineRef?.current : containerRef.current;
    return container ? offsetsToRange(container, m.start, m.end) : null;
  };

  useLayoutEffect(() => {
    paintSearch(matches.map(rangeOf), current);
    // rangeOf reads only the refs, which are listed.
  }, [containerRef, headlineRef, matches, current]);
  useEffect(() => clearSearch, []);

  // Scroll only when the person moves to a hit, not when a colleague's revision re-counts them.
  useEffect(() => {
    const match = current >= 0 ? matches[current] : undefined;
    if (!match) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior = reduce ? 'auto' : 'smooth';
    const top = clearance();
    // A hit in the headline brings the whole header below the bars, dateline first, rather than the headline alone under them.
    const header = match.part === 'headline' ? headlineRef?.current?.parentElement : null;
    if (header) {
      const box = header.getBoundingClientRect();
      if (box.top < top || box.bottom > window.innerHeight) window.scrollTo({ top: window.scrollY + box.top - top, behavior });
      return;
    }
    const range = rangeOf(match);
    if (!range || typeof range.getBoundingClientRect !== 'function') return;
    const rect = range.getBoundingClientRect();
    if (rect.top < top || rect.bottom > window.innerHeight - 40) {
      window.scrollTo({ top: window.scrollY + rect.top - Math.max(top, window.innerHeight * 0.4), behavior });
    }
    // Keyed on `moves`: see above.
  }, [moves]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) search.previous();
      else search.next();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div className="find-bar" role="search" aria-label={t('region')}>
      <label className="visually-hidden" htmlFor={`${id}-q`}>
        {t('find')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        type="text"
        dir="auto"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('find')}
        value={search.query}
        onChange={(e) => search.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-count`}
      />
      <span id={`${id}-count`} className="find-count" data-testid="search-count" role="status" aria-live="polite">
        {search.label}
      </span>
      <button type="button" className="ghost icon" aria-label={t('previous')} title={t('previousHint')} disabled={matches.length === 0} onClick={search.previous}>
        <span aria-hidden="true">{ICON.previous}</span>
      </button>
      <button type="button" className="ghost icon" aria-label={t('next')} title={t('nextHint')} disabled={matches.length === 0} onClick={search.next}>
        <span aria-hidden="true">{ICON.next}</span>
      </button>
      <button type="button" className="ghost icon" aria-label={t('close')} title={t('closeHint')} onClick={onClose}>
        <span aria-hidden="true">{ICON.close}</span>
      </button>
    </div>
  );
}
