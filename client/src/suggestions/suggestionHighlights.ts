import type { Suggestion } from '../../../shared/suggest/types.ts';
import { offsetsToRange } from '../reader/domOffsets.ts';
import { highlightsSupported } from '../reader/highlights.ts';

/**
 * Suggested claims are painted with the CSS Custom Highlight API, like
 * claims, so the Arabic text is never wrapped and keeps its shaping; they
 * are drawn as a dotted underline with no fill (styles.css), so a
 * suggestion is never mistaken for a claim, which is always a tint.
 * "suggestion-active" marks the one whose actions are open.
 */
export const SUGGESTION_HIGHLIGHT = 'suggestion';
export const ACTIVE_SUGGESTION_HIGHLIGHT = 'suggestion-active';

export function paintSuggestions(container: HTMLElement, suggestions: readonly Suggestion[], active: Suggestion | null): void {
  if (!highlightsSupported()) return;
  const ranges = suggestions.flatMap((s) => offsetsToRange(container, s.start, s.end) ?? []);
  CSS.highlights.set(SUGGESTION_HIGHLIGHT, new Highlight(...ranges));
  const activeRange = active && offsetsToRange(container, active.start, active.end);
  if (!activeRange) return void CSS.highlights.delete(ACTIVE_SUGGESTION_HIGHLIGHT);
  const h = new Highlight(activeRange);
  h.priority = 1;
  CSS.highlights.set(ACTIVE_SUGGESTION_HIGHLIGHT, h);
}

export function clearSuggestions(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(SUGGESTION_HIGHLIGHT);
  CSS.highlights.delete(ACTIVE_SUGGESTION_HIGHLIGHT);
}
