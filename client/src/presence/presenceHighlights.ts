import { PRESENCE_COLORS } from '../../../shared/domain/presence.ts';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { offsetsToRange } from '../reader/domOffsets.ts';
import { highlightsSupported } from '../reader/highlights.ts';

/**
 * Paints each colleague's live text selection in their colour, with the CSS
 * Custom Highlight API (no wrappers around Arabic text, no styles injected
 * at run time): one highlight per palette colour, named `presence-<i>`,
 * each with its rule in styles.css.
 */
export const presenceHighlightName = (colorIndex: number) => `presence-${colorIndex}`;
export const PRESENCE_HIGHLIGHTS = PRESENCE_COLORS.map((_, i) => presenceHighlightName(i));

export function paintPresence(container: HTMLElement, others: readonly PresenceUser[]): void {
  if (!highlightsSupported()) return;
  const byColor = PRESENCE_COLORS.map(() => [] as Range[]);
  for (const u of others) {
    if (!u.selection || u.selection.end <= u.selection.start) continue;
    const range = offsetsToRange(container, u.selection.start, u.selection.end);
    if (range) byColor[u.colorIndex % PRESENCE_COLORS.length]!.push(range);
  }
  byColor.forEach((ranges, i) => {
    const name = presenceHighlightName(i);
    if (ranges.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...ranges));
  });
}

export function clearPresence(): void {
  if (!highlightsSupported()) return;
  for (const name of PRESENCE_HIGHLIGHTS) CSS.highlights.delete(name);
}

/** The colour custom properties on <html> (set through the CSSOM, which the CSP allows). */
export function installPresenceColors(root: HTMLElement = document.documentElement): void {
  PRESENCE_COLORS.forEach((color, i) => root.style.setProperty(`--presence-${i}`, color));
}
