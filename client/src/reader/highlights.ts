import { CLAIM_STATUSES } from '../../../shared/domain/status.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { offsetsToRange } from './domOffsets.ts';

/**
 * Paints claims with the CSS Custom Highlight API. Wrapping Arabic text in
 * elements can break letter joining and shift glyphs; highlights paint
 * ranges without touching the DOM, so shaping and layout cannot change.
 * Names: one per status (tints of different statuses stack where claims
 * overlap), "claim-overlap" where two or more claims cover the same words
 * (one highlight paints overlapping ranges of its own only once, so two
 * nested claims of one status would otherwise look like one), plus
 * "claim-selected" and a short-lived "claim-flash".
 */

export const statusHighlightName = (status: Claim['status']) => `claim-${status}`;
export const SELECTED_HIGHLIGHT = 'claim-selected';
export const FLASH_HIGHLIGHT = 'claim-flash';
export const OVERLAP_HIGHLIGHT = 'claim-overlap';
export const ALL_HIGHLIGHTS = [...CLAIM_STATUSES.map(statusHighlightName), OVERLAP_HIGHLIGHT, SELECTED_HIGHLIGHT, FLASH_HIGHLIGHT];

/** The spans covered by two or more of the given ranges (end exclusive), in order. */
export function overlapSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  // Ends sort before starts at the same offset: touching claims do not overlap.
  const edges = spans.flatMap((s) => [{ at: s.start, d: 1 }, { at: s.end, d: -1 }]).sort((a, b) => a.at - b.at || a.d - b.d);
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let from = 0;
  for (const e of edges) {
    const before = depth;
    depth += e.d;
    if (before < 2 && depth >= 2) from = e.at;
    else if (before >= 2 && depth < 2 && e.at > from) out.push({ start: from, end: e.at });
  }
  return out;
}

/** happy-dom and older browsers have no CSS.highlights: then we simply do not paint. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function paintClaims(container: HTMLElement, claims: readonly Claim[], selectedId: string | null): void {
  if (!highlightsSupported()) return;
  const byStatus = new Map<string, Range[]>(CLAIM_STATUSES.map((s) => [statusHighlightName(s), []]));
  const selected: Range[] = [];
  for (const claim of claims) {
    const range = offsetsToRange(container, claim.target.position.start, claim.target.position.end);
    if (!range) continue;
    byStatus.get(statusHighlightName(claim.status))!.push(range);
    if (claim.id === selectedId) selected.push(range.cloneRange());
  }
  for (const [name, ranges] of byStatus) CSS.highlights.set(name, new Highlight(...ranges));
  const overlaps = overlapSpans(claims.map((c) => c.target.position)).flatMap((s) => offsetsToRange(container, s.start, s.end) ?? []);
  CSS.highlights.set(OVERLAP_HIGHLIGHT, new Highlight(...overlaps));
  const sel = new Highlight(...selected);
  sel.priority = 1; // drawn above the status tints
  CSS.highlights.set(SELECTED_HIGHLIGHT, sel);
}

export function flashRange(range: Range, ms = 1200): () => void {
  if (!highlightsSupported()) return () => {};
  const h = new Highlight(range);
  h.priority = 2;
  CSS.highlights.set(FLASH_HIGHLIGHT, h);
  const timer = setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === h) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
  return () => clearTimeout(timer);
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of ALL_HIGHLIGHTS) CSS.highlights.delete(name);
}
