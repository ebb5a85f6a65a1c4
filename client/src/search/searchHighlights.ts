import { highlightsSupported } from '../reader/highlights.ts';

/**
 * Paints find-in-article hits with the CSS Custom Highlight API, like the
 * claims (no wrappers around Arabic letters, no style injected at run time:
 * the colours are the `::highlight(search-*)` rules in styles.css). Drawn
 * above the claim tints, the current hit above the others.
 */
export const SEARCH_MATCH_HIGHLIGHT = 'search-match';
export const SEARCH_CURRENT_HIGHLIGHT = 'search-current';

/** `ranges` are the hits' ranges in order (null where a hit's text is not on the page). */
export function paintSearch(ranges: readonly (Range | null)[], current: number): void {
  if (!highlightsSupported()) return;
  const others: Range[] = [];
  let currentRange: Range | null = null;
  ranges.forEach((range, i) => {
    if (!range) return;
    if (i === current) currentRange = range;
    else others.push(range);
  });
  const all = new Highlight(...others);
  all.priority = 3;
  CSS.highlights.set(SEARCH_MATCH_HIGHLIGHT, all);
  const cur = currentRange ? new Highlight(currentRange) : new Highlight();
  cur.priority = 4;
  CSS.highlights.set(SEARCH_CURRENT_HIGHLIGHT, cur);
}

export function clearSearch(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(SEARCH_MATCH_HIGHLIGHT);
  CSS.highlights.delete(SEARCH_CURRENT_HIGHLIGHT);
}
