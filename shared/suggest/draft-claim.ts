import { DEFAULT_STATUS, type ClaimStatus } from '../domain/status.ts';
import { LIMITS } from '../limits.ts';
import type { Suggestion } from './types.ts';

/** What accepting a suggestion captures: its words, a status, a summary to start from and its source. */
export interface DraftClaim {
  start: number;
  end: number;
  status: ClaimStatus;
  summary: string;
  attributedTo: string;
}

/** Words of the quote a summary starts with: enough to tell claims apart in the list, short enough to read at a glance. */
const SUMMARY_WORDS = 12;

/** Cuts to `max` code points (never inside a surrogate pair), marking the cut with an ellipsis. */
function clip(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The claim a suggestion becomes. An attributed suggestion is, by the
 * status vocabulary, "attributed": the article names who says it, and no
 * one has checked its content yet. A factual statement has no source, so
 * it starts as every captured claim does (unreviewed). The summary is the
 * source and the first words of the quote ("الدول الغربية: كوريا الشمالية
 * زودت روسيا…"), which a reviewer then rewrites in their own words.
 */
export function draftClaim(s: Suggestion): DraftClaim {
  const words = s.quote.split(/\s+/).filter(Boolean);
  const opening = words.slice(0, SUMMARY_WORDS).join(' ') + (words.length > SUMMARY_WORDS ? '…' : '');
  const source = clip(s.source.trim(), LIMITS.attributedTo);
  const summary = clip(source ? `${source}: ${opening}` : opening, LIMITS.summary);
  return { start: s.start, end: s.end, status: s.kind === 'attributed' && source ? 'attributed' : DEFAULT_STATUS, summary, attributedTo: source };
}

/** A suggestion's identity while it is shown: its place and words. */
export const suggestionKey = (s: Pick<Suggestion, 'start' | 'end'>) => `${s.start}:${s.end}`;
