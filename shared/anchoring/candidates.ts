import search from 'approx-string-match';
import { PARAGRAPH_BREAK } from '../text/normalize.ts';
import { boundedDistance } from './similarity.ts';

/**
 * Where a claim's words might be now: places in the normalized new text,
 * each with the number of edits between it and the normalized quote.
 */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Every exact occurrence of `quote` (overlapping ones too), at most `limit`. */
export function exactOccurrences(text: string, quote: string, limit: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < limit; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/** Pieces shorter than this occur too often to filter anything. */
const MIN_PIECE = 4;

/**
 * Approximate matches of `quote` with at most `maxErrors` (k) edits, found
 * by "filter, then verify": cut the quote into k + 2 pieces; a match with
 * at most k edits leaves at least two pieces unchanged (pigeonhole), found
 * at offsets that agree within k. So only places where two pieces occur
 * together are searched with approx-string-match (Myers' bit-parallel
 * algorithm). (Quotes too short for that use k + 1 pieces and one hit.)
 * Besides being fast, this gives the best alignment of every such place,
 * not just the fewest-error matches approx-string-match reports for a
 * whole text: a lookalike with one error does not hide the real place with
 * two. Results are deduplicated; at most `limit`.
 */
export function fuzzyMatches(
  text: string,
  quote: string,
  maxErrors: number,
  limit: number,
  find: (needle: string, limit: number) => number[] = (needle, max) => occurrences(text, needle, max),
): Candidate[] {
  const k = maxErrors;
  const twoHits = Math.floor(quote.length / (k + 2)) >= MIN_PIECE;
  const pieces = twoHits ? k + 2 : k + 1;
  const size = Math.floor(quote.length / pieces);
  // Where the match would start if each piece occurrence were unchanged and unshifted.
  const hits: [start: number, piece: number][] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    for (const i of find(quote.slice(offset, p === pieces - 1 ? quote.length : offset + size), limit)) hits.push([i - offset, p]);
  }
  hits.sort((x, y) => x[0] - y[0]);
  const found = new Map<string, Candidate>();
  for (let h = 0; h < hits.length; ) {
    // A cluster: hits whose starts lie within k of the previous one.
    const lo = hits[h]![0];
    let hi = lo;
    const seen = new Set<number>();
    for (; h < hits.length && hits[h]![0] <= hi + k; h++) {
      hi = hits[h]![0];
      seen.add(hits[h]![1]);
    }
    if (seen.size < (twoHits ? 2 : 1)) continue;
    const from = Math.max(0, lo - k);
    const to = Math.min(text.length, hi + quote.length + 2 * k);
    for (const m of search(text.slice(from, to), quote, k)) {
      const c = { start: m.start + from, end: m.end + from, errors: m.errors };
      found.set(`${c.start}:${c.end}`, c);
      if (found.size >= limit) return [...found.values()];
    }
  }
  return [...found.values()];
}

/**
 * Where short strings occur in one text, by their rarest 4-character
 * gram: built once per text, it turns each piece lookup of fuzzyMatches
 * from a scan of the whole text into a check of a few positions.
 */
export class GramIndex {
  private static readonly GRAM = 4;
  private readonly positions = new Map<string, number[]>();

  constructor(private readonly text: string) {
    for (let i = 0; i + GramIndex.GRAM <= text.length; i++) {
      const gram = text.slice(i, i + GramIndex.GRAM);
      const list = this.positions.get(gram);
      if (list) list.push(i);
      else this.positions.set(gram, [i]);
    }
  }

  /** Offsets of `needle` in the text, in order, at most `limit`. */
  find(needle: string, limit: number): number[] {
    if (needle.length < GramIndex.GRAM) return occurrences(this.text, needle, limit);
    let rarest: number[] = [];
    let offset = -1;
    for (let o = 0; o + GramIndex.GRAM <= needle.length; o++) {
      const list = this.positions.get(needle.slice(o, o + GramIndex.GRAM)) ?? [];
      if (offset === -1 || list.length < rarest.length) [rarest, offset] = [list, o];
      if (list.length === 0) return [];
    }
    const found: number[] = [];
    for (const p of rarest) {
      if (p >= offset && this.text.startsWith(needle, p - offset)) found.push(p - offset);
      if (found.length >= limit) break;
    }
    return found;
  }
}

/** Offsets of `needle` in `text`, at most `limit` of them. */
function occurrences(text: string, needle: string, limit: number): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && at.length < limit; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/**
 * The claim's old surroundings, found intact in the new text: the end of
 * its stored prefix followed, within `maxGap`, by the start of its stored
 * suffix. The gap between them is where the claim's words must be if they
 * are anywhere near their old context; a gap that no longer holds them is
 * direct evidence that they were deleted or replaced. A side is evidence
 * if it has `minContext` characters, or if it is short because it reached
 * the edge of the text (`prefixAtStart`, `suffixAtEnd`): then it must still
 * be at that edge, which pins it down however short it is. Returns null
 * when a side is no evidence, or the pair is not found, or it is found at
 * more than one place (then it proves nothing).
 */
export function findBracket(
  text: string,
  prefix: string,
  suffix: string,
  options: { tail: number; minContext: number; maxGap: number; prefixAtStart: boolean; suffixAtEnd: boolean },
): { start: number; end: number } | null {
  // A side pinned to the edge of the text is compared whole (it is short).
  const head = options.prefixAtStart ? prefix : prefix.slice(-options.tail);
  const tail = options.suffixAtEnd ? suffix : suffix.slice(0, options.tail);
  // Short context that ends at a paragraph break is pinned there, like context at the edge of the text.
  if (head.length < options.minContext && !options.prefixAtStart && !head.startsWith(PARAGRAPH_BREAK)) return null;
  if (tail.length < options.minContext && !options.suffixAtEnd && !tail.endsWith(PARAGRAPH_BREAK)) return null;
  let heads: number[];
  if (options.prefixAtStart) heads = text.startsWith(head) ? [0] : [];
  else {
    heads = occurrences(text, head, 16);
    if (heads.length === 16) return null;
  }
  // A space on both sides of a deleted quote collapses into one space the
  // two sides now share.
  const shared = head.endsWith(' ') && tail.startsWith(' ') ? 1 : 0;
  let bracket: { start: number; end: number } | null = null;
  for (const i of heads) {
    const gapStart = i + head.length;
    const j = options.suffixAtEnd
      ? text.endsWith(tail) && text.length - tail.length >= gapStart - shared ? text.length - tail.length : -1
      : text.indexOf(tail, gapStart - shared);
    if (j === -1 || j - gapStart > options.maxGap) continue;
    if (bracket) return null;
    bracket = { start: gapStart, end: Math.max(gapStart, j) };
  }
  return bracket;
}

/** Approximate matches of `quote` inside [start, end) of `text`, in text offsets. */
export function matchesWithin(text: string, quote: string, maxErrors: number, start: number, end: number): Candidate[] {
  if (end - start < quote.length - maxErrors) return [];
  return search(text.slice(start, end), quote, maxErrors).map((m) => ({
    start: m.start + start,
    end: m.end + start,
    errors: m.errors,
  }));
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** The word edge (start or end of a word) nearest `at`, within `limit` characters; outward wins a tie. */
function nearestEdge(text: string, at: number, kind: 'start' | 'end', limit: number): number | null {
  const isEdge = (p: number) =>
    p >= 0 && p <= text.length && (kind === 'start' ? isWord(text[p]) && !isWord(text[p - 1]) : isWord(text[p - 1]) && !isWord(text[p]));
  for (let d = 1; d <= limit; d++) {
    const [outward, inward] = kind === 'start' ? [at - d, at + d] : [at + d, at - d];
    if (isEdge(outward)) return outward;
    if (isEdge(inward)) return inward;
  }
  return null;
}

/**
 * A reader selects whole words. When the stored quote began (ended) at a
 * word edge and an approximate match begins (ends) a letter or two inside a
 * word, the match is moved to the nearest word edge, if the words there
 * are still within `maxErrors` of the quote. (approx-string-match reports
 * the alignment with fewest edits: for a quote "لاعلاقة" with a swapped
 * typo fixed to "العلاقة", that starts one letter into the word.)
 */
export function snapToWords(
  text: string,
  c: Candidate,
  q: { quote: string; prefix: string; suffix: string; maxErrors: number },
): Candidate {
  if (c.errors === 0) return c;
  const startsWord = isWord(q.quote[0]) && !isWord(q.prefix[q.prefix.length - 1]);
  const endsWord = isWord(q.quote[q.quote.length - 1]) && !isWord(q.suffix[0]);
  let { start, end } = c;
  if (startsWord && isWord(text[start - 1]) && isWord(text[start])) start = nearestEdge(text, start, 'start', q.maxErrors) ?? start;
  if (endsWord && isWord(text[end - 1]) && isWord(text[end])) end = nearestEdge(text, end, 'end', q.maxErrors) ?? end;
  if ((start === c.start && end === c.end) || start >= end) return c;
  const errors = boundedDistance(q.quote, text.slice(start, end), q.maxErrors);
  return errors <= q.maxErrors ? { start, end, errors } : c;
}
