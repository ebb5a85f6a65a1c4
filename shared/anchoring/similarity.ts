import search from 'approx-string-match';
import { LIMITS } from '../limits.ts';
import { PARAGRAPH_BREAK } from '../text/normalize.ts';

/**
 * Measures of how well a candidate place in the new text agrees with what a
 * claim stored about its old place. All inputs are normalized strings.
 */

/**
 * Edit distance between `stored` (consumed entirely) and a prefix of
 * `actual` (its far part is free). Both are read outward from the quote, so
 * a difference next to the quote costs the same as one at the far end, and
 * context the new text simply has more of costs nothing. O(|stored| ×
 * |actual|) with one row of memory; callers keep both short.
 */
export function anchoredDistance(stored: string, actual: string): number {
  const m = actual.length;
  let row = new Uint32Array(m + 1);
  let next = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= stored.length; i++) {
    next[0] = i;
    const c = stored.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = row[j - 1]! + (actual.charCodeAt(j - 1) === c ? 0 : 1);
      next[j] = Math.min(sub, row[j]! + 1, next[j - 1]! + 1);
    }
    [row, next] = [next, row];
  }
  let best = row[0]!;
  for (let j = 1; j <= m; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

const reverse = (s: string): string => s.split('').reverse().join('');

/** How well one side's stored context agrees, and how much of it could be compared at all. */
export interface SideAgreement {
  /** 0..1 over the part compared. */
  similarity: number;
  /**
   * 0..1: how much context was compared, against the standard amount
   * (LIMITS.quoteContext). Context is short only at the edges of a text,
   * and seven characters agreeing prove less than thirty-two.
   */
  evidence: number;
  /** The context is there, nearly unchanged: in place, or pushed away by inserted text. */
  intact: boolean;
}

/**
 * Context agreeing at least this much is intact: a typo fixed or a letter
 * or two changed next to the claim (three edits in 32 characters). Below
 * it a side is only similar, as a restated sentence's is (the seed
 * article's two Kremlin sentences agree at 0.84 before "وثائق مهمة").
 */
export const INTACT_CONTEXT = 0.9;

const NONE: SideAgreement = { similarity: 0, evidence: 0, intact: false };

/**
 * Agreement of stored context with the new text beside a candidate. `side`
 * says which way is outward: 'before' compares the stored prefix with the
 * text ending at the candidate's start, read right to left. The actual
 * window is a quarter longer than the stored context, so a few characters
 * inserted next to the quote cost their number, not the whole context.
 *
 * The edge of the text is no evidence either way: stored context the text
 * has run out of (everything before the claim was deleted) is not compared,
 * and the caller gives its weight to the other side. An empty stored
 * context (the claim was at the very start or end) agrees fully where the
 * text still starts or ends there, and is no evidence elsewhere.
 */
export function sideAgreement(stored: string, text: string, at: number, side: 'before' | 'after'): SideAgreement {
  const room = side === 'before' ? at : text.length - at;
  if (stored.length === 0) return room === 0 ? { similarity: 1, evidence: 1, intact: true } : NONE;
  const compared = Math.min(stored.length, room);
  if (compared === 0) return NONE;
  const window = compared + Math.ceil(compared / 4);
  let distance: number;
  if (side === 'before') {
    const near = stored.slice(stored.length - compared);
    distance = anchoredDistance(reverse(near), reverse(text.slice(Math.max(0, at - window), at)));
  } else {
    distance = anchoredDistance(stored.slice(0, compared), text.slice(at, at + window));
  }
  // Short context that still runs exactly to the edge of the text is
  // pinned there: as good evidence as a full context.
  if (distance === 0 && compared === stored.length && compared === room) return { similarity: 1, evidence: 1, intact: true };
  // So is context cut at the paragraph break it still ends at.
  const atBreak = side === 'before' ? stored.startsWith(PARAGRAPH_BREAK) : stored.endsWith(PARAGRAPH_BREAK);
  if (distance === 0 && compared === stored.length && atBreak) return { similarity: 1, evidence: 1, intact: true };
  const evidence = Math.min(1, compared / LIMITS.quoteContext);
  const similarity = 1 - distance / compared;
  if (similarity >= INTACT_CONTEXT) return { similarity, evidence, intact: true };
  const displaced = shifted(stored, text, at, side);
  if (displaced === null) return { similarity, evidence, intact: false };
  return {
    similarity: Math.max(similarity, displaced.credit),
    evidence,
    intact: displaced.errorRate <= 1 - INTACT_CONTEXT,
  };
}

/**
 * Text inserted right next to a claim ("..., according to the ministry,")
 * pushes its old context away: compared in place, the context then looks
 * unrelated. If the nearest part of the stored context is found (at most
 * one edit in five) within SHIFT_WINDOW characters, it counts for less
 * than context in place, and less the further it was pushed: 0.9 right
 * next to the claim down to SHIFTED_CONTEXT_CREDIT at 64 characters and
 * beyond. A clause inserted next to a claim is a common edit; the same
 * words sitting a sentence away from the claim's old surroundings are
 * more likely another occurrence.
 */
export const SHIFTED_CONTEXT_CREDIT = 0.6;
const NEAR_SHIFT_CREDIT = 0.9;
const NEAR_SHIFT = 64;
const SHIFT_WINDOW = 256;
const SHIFT_PART = 32;

/** Credit (already scaled by the errors) of the stored context's nearest part found displaced, or null. */
function shifted(stored: string, text: string, at: number, side: 'before' | 'after'): { credit: number; errorRate: number } | null {
  const part = side === 'before' ? stored.slice(-SHIFT_PART) : stored.slice(0, SHIFT_PART);
  if (part.length < 8) return null;
  const from = side === 'before' ? Math.max(0, at - SHIFT_WINDOW) : at;
  const region = text.slice(from, side === 'before' ? at : at + SHIFT_WINDOW);
  const matches = search(region, part, Math.floor(part.length / 5));
  if (matches.length === 0) return null;
  // The occurrence nearest the claim.
  const shift = side === 'before' ? region.length - Math.max(...matches.map((m) => m.end)) : Math.min(...matches.map((m) => m.start));
  const errorRate = matches[0]!.errors / part.length;
  const credit = SHIFTED_CONTEXT_CREDIT + (NEAR_SHIFT_CREDIT - SHIFTED_CONTEXT_CREDIT) * Math.max(0, 1 - shift / NEAR_SHIFT);
  return { credit: credit * (1 - errorRate), errorRate };
}

/**
 * Levenshtein distance of `a` and `b` if it is at most `k`, else k + 1.
 * Only a band of width 2k + 1 is computed: O(|a| × k).
 */
export function boundedDistance(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const far = k + 1;
  if (Math.abs(n - m) > k) return far;
  let prev = new Uint32Array(m + 2).fill(far);
  let cur = new Uint32Array(m + 2).fill(far);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(0, i - k);
    const hi = Math.min(m, i + k);
    if (lo > 0) cur[lo - 1] = far;
    else cur[0] = i;
    let rowMin = lo === 0 ? i : far;
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const v = Math.min(prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1, far);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = far;
    if (rowMin >= far) return far;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, far);
}

/**
 * A typo fix, not different words: `b` is within `k` edits of `a`, and no
 * word of `a` takes more than TYPO_BURST edits or edits to more than half
 * its letters (text inserted between words counts against the word after
 * it). A letter dropped, added or swapped is one or two edits in one word;
 * a word replaced, dropped or inserted is a burst of them, however small a
 * share of a long quote ("زودت روسيا" and "زودت الزيارة", "حيث" and "في",
 * in otherwise identical sentences, are different claims).
 */
export const TYPO_BURST = 2;

/** One optimal alignment of a and b within k edits (banded), as [index in a, is edit] per column; null beyond k. */
function align(a: string, b: string, k: number): [number, boolean][] | null {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return null;
  const w = 2 * k + 1;
  const far = k + 1;
  // d[i * w + (j - i + k)] = distance of a[0, i) and b[0, j), within the band.
  const d = new Uint16Array((n + 1) * w).fill(far);
  const at = (i: number, j: number) => (j - i + k < 0 || j - i + k >= w || j < 0 || j > m ? far : d[i * w + (j - i + k)]!);
  const diag = (i: number, j: number) => at(i - 1, j - 1) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
  for (let j = 0; j <= Math.min(m, k); j++) d[j + k] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - k); j <= Math.min(m, i + k); j++) {
      d[i * w + (j - i + k)] = Math.min(j === 0 ? i : Math.min(diag(i, j), at(i - 1, j) + 1, at(i, j - 1) + 1), far);
    }
  }
  if (at(n, m) > k) return null;
  const columns: [number, boolean][] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const here = at(i, j);
    if (i > 0 && j > 0 && diag(i, j) === here) columns.push([--i, a.charCodeAt(i) !== b.charCodeAt(--j)]);
    else if (i > 0 && at(i - 1, j) + 1 === here) columns.push([--i, true]);
    else columns.push([Math.min(i, n - 1), (j--, true)]);
  }
  return columns.reverse();
}

export function typoLike(a: string, b: string, k: number): boolean {
  const columns = align(a, b, k);
  if (!columns) return false;
  // The word each character of a belongs to; white space belongs to the word after it (or before, at the end).
  const wordOf: number[] = [];
  const lengths: number[] = [];
  for (let i = 0, word = -1; i < a.length; i++) {
    if (a[i] !== ' ' && (i === 0 || a[i - 1] === ' ')) lengths[++word] = 0;
    if (a[i] !== ' ') lengths[word]!++;
    wordOf.push(word);
  }
  const next = (i: number) => (a[i] === ' ' && i + 1 < a.length ? wordOf[i + 1]! : wordOf[i]!);
  const perWord = new Array<number>(lengths.length).fill(0);
  for (const [i, edit] of columns) {
    if (!edit) continue;
    const word = Math.max(0, next(i));
    if (lengths[word] !== undefined && ++perWord[word]! > Math.min(TYPO_BURST, lengths[word]! / 2)) return false;
  }
  return true;
}

/**
 * Common characters next to the candidate, outward, as a fraction of the
 * stored context: a cheap first cut when a short quote occurs hundreds of
 * times and only the best few deserve a full edit distance.
 */
export function contextRun(stored: string, text: string, at: number, side: 'before' | 'after'): number {
  if (stored.length === 0) return 0;
  let n = 0;
  if (side === 'before') {
    while (n < stored.length && n < at && stored.charCodeAt(stored.length - 1 - n) === text.charCodeAt(at - 1 - n)) n++;
  } else {
    while (n < stored.length && at + n < text.length && stored.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  }
  return n / stored.length;
}

/**
 * The numbers in a (normalized, so ASCII-digit) string, in order. In a
 * fact-check the figures are the claim: "24 عاما" becoming "25 عاما" is a
 * different claim, however small the edit.
 */
export function digitSignature(s: string): string {
  return (s.match(/[0-9]+/g) ?? []).join(',');
}
