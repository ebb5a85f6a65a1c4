import search from 'approx-string-match';
import { OffsetIndex } from '../text/codepoints.ts';
import { exactOccurrences, type Candidate } from './candidates.ts';
import { contextRun } from './similarity.ts';
import type { AnchorTarget, ReanchorResult } from './reanchor.ts';

/**
 * What other tools do, for the benchmark to compare against (they are not
 * used by the product). Both work on the raw text, as those tools do: no
 * Arabic normalization, so an added diacritic is a mismatch.
 */

function positionHolds(target: AnchorTarget, index: OffsetIndex): boolean {
  const { start, end } = target.position;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= index.length &&
    index.slice(start, end) === target.quote.exact;
}

function result(c: Candidate, target: AnchorTarget, index: OffsetIndex, score: number): ReanchorResult {
  const position = { start: index.toCodePoint(c.start), end: index.toCodePoint(c.end) };
  const same = position.start === target.position.start && position.end === target.position.end;
  return { status: same ? 'unchanged' : 'moved', position, method: c.errors === 0 ? 'exact' : 'fuzzy', score };
}

function hintOf(target: AnchorTarget, index: OffsetIndex): number {
  return index.toUtf16(Math.min(Math.max(0, Math.trunc(target.position.start) || 0), index.length));
}

/**
 * Exact match only: the stored position if it still holds the quote, else
 * the occurrence of the quote whose surroundings agree longest with the
 * stored context (nearest the old position on a tie), else orphaned.
 */
export function reanchorExactOnly(target: AnchorTarget, newText: string, index = new OffsetIndex(newText)): ReanchorResult {
  if (positionHolds(target, index)) return { status: 'unchanged', position: { start: target.position.start, end: target.position.end }, method: 'position', score: 1 };
  const { exact, prefix, suffix } = target.quote;
  const hint = hintOf(target, index);
  const rank = (c: Candidate) =>
    contextRun(prefix, newText, c.start, 'before') + contextRun(suffix, newText, c.end, 'after') - Math.abs(c.start - hint) / (newText.length + 1);
  const best = exactOccurrences(newText, exact, 1000).sort((a, b) => rank(b) - rank(a))[0];
  return best ? result(best, target, index, 1) : { status: 'orphaned', method: 'none' };
}

/** 1 - edits/length of the best approximate occurrence of `stored` in `actual` (0 if either is empty). */
function similarity(actual: string, stored: string): number {
  if (stored.length === 0 || actual.length === 0) return 0;
  const m = search(actual, stored, stored.length)[0];
  return m ? 1 - m.errors / stored.length : 0;
}

/**
 * Hypothesis-like: the stored position, else exact occurrences, else the
 * matches with the fewest errors (up to min(256, length/2)), each scored
 * 50 quote / 20 prefix / 20 suffix / 2 position, and the best one is taken
 * whatever its score: a claim whose words are gone lands on the nearest
 * lookalike.
 */
export function reanchorBestFuzzy(target: AnchorTarget, newText: string, index = new OffsetIndex(newText)): ReanchorResult {
  if (positionHolds(target, index)) return { status: 'unchanged', position: { start: target.position.start, end: target.position.end }, method: 'position', score: 1 };
  const { exact, prefix, suffix } = target.quote;
  if (exact.length === 0) return { status: 'orphaned', method: 'none' };
  const hint = hintOf(target, index);
  let matches: Candidate[] = exactOccurrences(newText, exact, 1000);
  if (matches.length === 0) matches = search(newText, exact, Math.min(256, exact.length / 2));
  let best: Candidate | undefined;
  let bestScore = -1;
  for (const m of matches) {
    const quote = 1 - m.errors / exact.length;
    const pre = prefix ? similarity(newText.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suf = suffix ? similarity(newText.slice(m.end, m.end + suffix.length), suffix) : 1;
    const pos = 1 - Math.abs(m.start - hint) / Math.max(1, newText.length);
    const score = (50 * quote + 20 * pre + 20 * suf + 2 * pos) / 92;
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best ? result(best, target, index, bestScore) : { status: 'orphaned', method: 'none' };
}
