import type { SearchMatch } from '../../../shared/anchoring/search.ts';
import { offsetsToRange } from '../reader/domOffsets.ts';
import { highlightsSupported } from '../reader/highlights.ts';

/**
 * Paints find-in-article hits with the CSS Custom Highlight API, like the
 * claims (no wrappers around Arabic letters, no style injected at run time:
 * the colours are the `::highlight(search-*)` rules in styles.css). Drawn
 * above the claim tints, the current hit above the others.
 */
export const SEARCH_MATCH_HIGHLIGHT = 'search-match';
export const SEARCH_CURRENT_HIGHLIGHT = 'search-current';

export function paintSearch(container: HTMLElement, matches: readonly SearchMatch[], current: number): void {
  if (!highlightsSupported()) return;
  const others: Range[] = [];
  let currentRange: Range | null = null;
  matches.forEach((m, i) => {
    const range = offsetsToRange(container, m.start, m.end);
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
