import type { OrphanReason as AnyOrphanReason } from '../domain/schemas.ts';
import { normalizedString } from '../text/normalize.ts';
import { digitSignature } from './similarity.ts';
import type { Segment, TextAlignment } from './text-alignment.ts';

/**
 * Maps a claim's span through the alignment of a revision (text-alignment.ts):
 * its start and end go where their characters went, and the claim is
 * classified by how much of it survived. Pure and deterministic.
 *
 * - moved: every character is still there, the words are the same;
 * - edited: most characters are still there, and most of the new span
 *   comes from them: the claim follows the edit (a typo fixed, a word
 *   reworded, diacritics dropped, digits written in another script);
 * - orphaned, with the reason: most of its characters were deleted
 *   ('deleted'), or replaced by other words ('rewritten'), or its figures
 *   changed ('figures': a verdict on "24" is never carried onto "25").
 */

/** What the diff can tell (never 'not_found': that is the quote search's). */
export type OrphanReason = Exclude<AnyOrphanReason, 'not_found'>;

export type SpanOutcome =
  | { status: 'moved' | 'edited'; start: number; end: number }
  | { status: 'orphaned'; reason: OrphanReason }
  /** In a stretch too big to align (TOKEN_DIFF_BUDGET): the claim is searched for by its quote. */
  | { status: 'unknown' };

/** A claim keeps its place when at least this share of its characters, and of the new span's, is its own. */
export const MIN_KEPT_SHARE = 0.5;

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const SPACE = /\s/;

/** Characters of text[from, to) (UTF-16 units): what the shares are counted in. */
function solid(text: string, from: number, to: number): number {
  return Math.max(0, Math.min(to, text.length) - Math.max(0, from));
}

/** Index of the first segment whose `end` (oldEnd or newEnd) is past `at`. */
function firstEndingAfter(list: readonly Segment[], at: number, side: 'old' | 'new'): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((side === 'old' ? list[mid]!.oldEnd : list[mid]!.newEnd) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Is new-text offset `at` inside text the edit inserted (derived from nothing old)? */
export function isInserted(al: TextAlignment, at: number): boolean {
  const seg = al.byNew[firstEndingAfter(al.byNew, at, 'new')];
  return !seg || seg.newStart > at;
}

/** Share of the solid characters of new text [from, to) that come from old text: 0 for text the edit inserted. */
export function derivedShare(al: TextAlignment, from: number, to: number): number {
  const total = solid(al.after, from, to);
  if (total === 0) return 0;
  let derived = 0;
  for (let k = firstEndingAfter(al.byNew, from, 'new'); k < al.byNew.length && al.byNew[k]!.newStart < to; k++) {
    const seg = al.byNew[k]!;
    derived += solid(al.after, Math.max(from, seg.newStart), Math.min(to, seg.newEnd));
  }
  return derived / total;
}

/** Where the part [from, to) of a segment's old side is now. */
function image(seg: Segment, from: number, to: number): [number, number] {
  const a = Math.max(from, seg.oldStart);
  const b = Math.min(to, seg.oldEnd);
  // A word in another spelling maps whole, unless it kept its length (digits switched to another script, one for one):
  // a claim that starts inside "210", written "٢١٠" now, still starts at its "٠".
  if (!seg.exact && seg.oldEnd - seg.oldStart !== seg.newEnd - seg.newStart) return [seg.newStart, seg.newEnd];
  return [seg.newStart + (a - seg.oldStart), seg.newStart + (b - seg.oldStart)];
}

/**
 * The segments carrying the claim that stay together in the new text: the
 * one carrying most of it, and its neighbours as long as they follow in
 * order, not farther apart than the claim is long (more would be another
 * place the words were moved to).
 */
function chainOf(parts: readonly Segment[], weight: (s: Segment) => number, slack: number): Segment[] {
  let pivot = 0;
  parts.forEach((p, k) => {
    if (weight(p) > weight(parts[pivot]!)) pivot = k;
  });
  const together = (x: Segment, y: Segment) => x.newEnd <= y.newStart && y.newStart - x.newEnd <= y.oldStart - x.oldEnd + slack;
  let lo = pivot;
  let hi = pivot;
  while (lo > 0 && together(parts[lo - 1]!, parts[lo]!)) lo--;
  while (hi + 1 < parts.length && together(parts[hi]!, parts[hi + 1]!)) hi++;
  return parts.slice(lo, hi + 1);
}

/** Maps old span [s, e) (UTF-16) through the alignment; new offsets are UTF-16 too. */
export function mapSpan(al: TextAlignment, s: number, e: number): SpanOutcome {
  const { before, after, byOld, byNew } = al;
  if (al.unknown.some((u) => u.oldStart < e && u.oldEnd > s)) return { status: 'unknown' };
  const first = firstEndingAfter(byOld, s, 'old');
  const parts: Segment[] = [];
  for (let k = first; k < byOld.length && byOld[k]!.oldStart < e; k++) parts.push(byOld[k]!);
  const oldTotal = Math.max(1, solid(before, s, e));
  const weight = (seg: Segment) => solid(before, Math.max(s, seg.oldStart), Math.min(e, seg.oldEnd));
  const chain = parts.length > 0 ? chainOf(parts, weight, Math.max(16, e - s)) : [];
  const kept = chain.reduce((n, seg) => n + weight(seg), 0);
  if (kept < MIN_KEPT_SHARE * oldTotal) return { status: 'orphaned', reason: lostReason(al, s, e, oldTotal - kept) };

  const f = chain[0]!;
  const l = chain[chain.length - 1]!;
  let ns: number;
  if (s >= f.oldStart) ns = image(f, s, e)[0];
  else {
    // The claim's first characters were deleted or replaced: it starts where their replacement does.
    const g = byOld[first + parts.indexOf(f) - 1]?.oldEnd ?? 0;
    const h = byNew[firstEndingAfter(byNew, f.newStart, 'new') - 1]?.newEnd ?? 0;
    ns = s <= g ? h : f.newStart - Math.round(((f.oldStart - s) * (f.newStart - h)) / (f.oldStart - g));
  }
  let ne: number;
  if (e <= l.oldEnd) ne = image(l, s, e)[1];
  else {
    const g = byOld[first + parts.indexOf(l) + 1]?.oldStart ?? before.length;
    const h = byNew[firstEndingAfter(byNew, l.newStart, 'new') + 1]?.newStart ?? after.length;
    ne = e >= g ? h : l.newEnd + Math.round(((e - l.oldEnd) * (h - l.newEnd)) / (g - l.oldEnd));
  }
  // A claim within one line stays within the line its words are on now.
  if (!before.slice(s, e).includes('\n')) {
    const [a, b] = image(chain.reduce((x, y) => (weight(y) > weight(x) ? y : x)), s, e);
    ns = Math.max(ns, after.lastIndexOf('\n', a - 1) + 1);
    const lineEnd = after.indexOf('\n', b);
    if (lineEnd !== -1) ne = Math.min(ne, lineEnd);
  }
  [ns, ne] = toWords(al, s, e, ns, ne);
  if (ns >= ne) return { status: 'orphaned', reason: 'deleted' };

  // Most of the new span must be the claim's own characters, not words written in their place.
  let keptNew = 0;
  for (const seg of chain) {
    const [a, b] = image(seg, s, e);
    keptNew += solid(after, Math.max(a, ns), Math.min(b, ne));
  }
  if (keptNew < MIN_KEPT_SHARE * solid(after, ns, ne)) return { status: 'orphaned', reason: 'rewritten' };
  const was = before.slice(s, e);
  const now = after.slice(ns, ne);
  if (digitSignature(normalizedString(was)) !== digitSignature(normalizedString(now))) return { status: 'orphaned', reason: 'figures' };
  return { status: was === now ? 'moved' : 'edited', start: ns, end: ne };
}

/**
 * A reader selects whole words: where the claim began (ended) at a word's
 * edge and the new start (end) falls inside a word because letters were
 * inserted there, it takes in the inserted letters; white space the old
 * claim did not start (end) with is left out.
 */
function toWords(al: TextAlignment, s: number, e: number, ns: number, ne: number): [number, number] {
  const { before, after } = al;
  if (isWord(before[s]) && !isWord(before[s - 1])) {
    while (ns > 0 && isWord(after[ns - 1]) && isWord(after[ns]) && isInserted(al, ns - 1)) ns--;
  }
  if (isWord(before[e - 1]) && !isWord(before[e])) {
    while (ne < after.length && isWord(after[ne - 1]) && isWord(after[ne]) && isInserted(al, ne)) ne++;
  }
  // Inserted white space or punctuation the old edge was not: the edit's, not the claim's.
  const foreign = (at: number, was: string | undefined) => !isWord(after[at]) && (SPACE.test(after[at]!) ? !SPACE.test(was ?? '') : isWord(was) && isInserted(al, at));
  while (ns < ne && foreign(ns, before[s])) ns++;
  while (ne > ns && foreign(ne - 1, before[e - 1])) ne--;
  return [ns, ne];
}

/**
 * Why most of a claim is gone: 'deleted' when little was written where its
 * words were, 'rewritten' when about as much or more replaced them.
 */
function lostReason(al: TextAlignment, s: number, e: number, lost: number): OrphanReason {
  const k = firstEndingAfter(al.byOld, s, 'old');
  const at = al.byOld[k - 1]?.newEnd ?? 0;
  let j = k;
  while (j < al.byOld.length && al.byOld[j]!.oldStart < e) j++;
  const after = al.byOld[j]?.newStart ?? al.after.length;
  // Where the text around the claim moved apart, only the claim's own side is its place.
  const to = after >= at ? after : (al.byNew[firstEndingAfter(al.byNew, at, 'new')]?.newStart ?? al.after.length);
  const written = solid(al.after, at, to) * (1 - derivedShare(al, at, to));
  return written < lost / 2 ? 'deleted' : 'rewritten';
}
