import { dropChanceMatches, segmentsOf } from './alignment-segments.ts';
import { pairItems } from './item-pairing.ts';
import { alignMovedParagraphs } from './moved-paragraphs.ts';
import { oldSentenceRivals } from './old-sentences.ts';
import { alignKeys, alignTokens } from './token-diff.ts';
import { itemsOf, tokenize, wordsIn, type Token } from './text-tokens.ts';

/**
 * Where every unchanged character of a revised text went: the edit between
 * the old and the new body, as runs of the new text derived from runs of
 * the old. A revision made in Isnad has both texts, so this is known, not
 * guessed: text that did not change maps exactly, whatever lookalikes the
 * new text holds, and text that the alignment leaves out on the new side
 * was inserted by the edit.
 *
 * How it is computed, bounded by what the edit touched:
 * 1. both texts are cut into tokens (words, runs of spaces, line breaks,
 *    paragraph breaks, single punctuation) compared by their matching
 *    form (normalize.ts), so a word that only lost its diacritics or had
 *    its digits switched to another script is still the same word, and a
 *    paragraph break never equals a space (text-tokens.ts);
 * 2. whole paragraphs are aligned first, then whole sentences, the
 *    changed ones paired with their likeliest counterparts
 *    (item-pairing.ts), then the tokens of each pair (diff-match-patch's
 *    Myers diff, token-diff.ts), within a fixed amount of work
 *    (TOKEN_DIFF_BUDGET; never a clock: a revision is replayed from the
 *    journal and must give the same result everywhere);
 * 3. a paragraph the diff left mostly unmatched on both sides is looked
 *    for among the unmatched paragraphs of the other side: paragraphs
 *    swapped or moved (and edited on the way) are aligned where they went
 *    (moved-paragraphs.ts);
 * 4. inside each changed stretch of tokens short enough, characters are
 *    aligned too, so a typo inside a word keeps the rest of it, but never
 *    those of a sentence that pairing found like none in its place
 *    (alignment-segments.ts).
 */

/** A run of the new text [newStart, newEnd) derived from the old [oldStart, oldEnd) (UTF-16 units). */
export interface Segment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** Identical characters, one for one; otherwise one word in another spelling (diacritics, digits), mapped whole. */
  exact: boolean;
}

export interface TextAlignment {
  before: string;
  after: string;
  /** Non-overlapping on both sides; sorted by oldStart. */
  byOld: readonly Segment[];
  /** The same segments sorted by newStart. */
  byNew: readonly Segment[];
  /** Stretches too big to align within the budget: claims there are searched for by their quotes. */
  unknown: readonly Unknown[];
}

/** An old stretch [oldStart, oldEnd) replaced by the new [newStart, newEnd), not aligned. */
export interface Unknown {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Work the token diffs of one revision may do, as the sum of the squared
 * token counts of the stretches aligned (the worst case of Myers' diff,
 * reached by text written backwards, is about that many steps): about half
 * a second on the benchmark machine, whatever the text. A count, not a clock.
 */
export const TOKEN_DIFF_BUDGET = 16_000_000;

/**
 * Aligns the two texts: whole paragraphs first (the unchanged ones cost
 * one comparison each), then whole sentences inside each stretch of
 * changed paragraphs, then the tokens between unchanged sentences, within
 * TOKEN_DIFF_BUDGET. Unchanged paragraphs and sentences anchor the finer
 * diffs: a sentence left as it was keeps its words even where a deleted
 * sentence before it shared a few words with a copy written after it. A
 * stretch past the budget stays unaligned and is reported in `unknown`.
 */
export function alignTexts(before: string, after: string): TextAlignment {
  const keys = new Map<string, string>();
  const a = tokenize(before, keys);
  const b = tokenize(after, keys);
  const matchA = new Int32Array(a.length).fill(-1);
  const matchB = new Int32Array(b.length).fill(-1);
  const pair = (i: number, j: number) => {
    matchA[i] = j;
    matchB[j] = i;
  };
  // Tokens of items that pairing left unpaired though the other side had candidates.
  const apartA = new Uint8Array(a.length);
  const apartB = new Uint8Array(b.length);
  const unknown: Unknown[] = [];
  const code = new Map<string, string>();
  const work = { left: TOKEN_DIFF_BUDGET };
  const rivals = oldSentenceRivals(a, work);
  const tokensOf = (ta: number, ea: number, tb: number, eb: number) => {
    const cost = (ea - ta + eb - tb) ** 2;
    const pairs = cost <= work.left ? alignTokens(a.slice(ta, ea), b.slice(tb, eb), code) : null;
    work.left -= Math.min(cost, work.left);
    if (!pairs) unknown.push({ oldStart: a[ta]!.start, oldEnd: a[ea - 1]!.end, newStart: b[tb]!.start, newEnd: b[eb - 1]!.end });
    else for (const [i, j] of pairs) pair(ta + i, tb + j);
  };
  const hasWords = (t: readonly Token[], from: number, to: number) => {
    for (let k = from; k < to; k++) if (t[k]!.word) return true;
    return false;
  };
  /** What lies between two aligned items: aligned token by token only where neither side holds a word (a space, a break, a mark). */
  const glue = (ta: number, ea: number, tb: number, eb: number) => {
    if (ea > ta && eb > tb && !hasWords(a, ta, ea) && !hasWords(b, tb, eb)) tokensOf(ta, ea, tb, eb);
  };
  /**
   * Items of [ta, ea) and [tb, eb) aligned whole; the stretches between go
   * to `inner`. Only items with words anchor: the space between two
   * sentences (the break between two paragraphs) is the same everywhere,
   * and matched on its own it would cut a changed stretch in two, pairing
   * a deleted sentence with the edited one and the edited one with the
   * copy written after it.
   */
  const byItems = (ta: number, ea: number, tb: number, eb: number, sentences: boolean, inner: typeof tokensOf) => {
    const x = itemsOf(a, ta, ea, sentences).filter((t) => wordsIn(a, t) > 0);
    const y = itemsOf(b, tb, eb, sentences).filter((t) => wordsIn(b, t) > 0);
    const cost = (x.length + y.length) ** 2;
    // Items have codes of their own (a one-word sentence is not that word).
    const same = (cost <= work.left && alignKeys(x.map((t) => `I${t.key}`), y.map((t) => `I${t.key}`), code)) || [];
    work.left -= Math.min(cost, work.left);
    let pa = ta;
    let pb = tb;
    const gap = (ea2: number, eb2: number) => {
      if (ea2 > pa && eb2 > pb) inner(pa, ea2, pb, eb2);
    };
    for (const [i, j] of same) {
      gap(x[i]!.from, y[j]!.from);
      for (let t = 0; t < x[i]!.to - x[i]!.from; t++) pair(x[i]!.from + t, y[j]!.from + t);
      pa = x[i]!.to;
      pb = y[j]!.to;
    }
    gap(ea, eb);
  };
  /**
   * Paragraphs (then sentences) of a changed stretch: the unchanged ones
   * anchor, the others are paired with their likeliest counterparts in
   * order, and only the words of a pair are aligned with each other. A
   * diff of the whole stretch at once ties wherever a deleted paragraph
   * (sentence) and a kept one share words, and took either.
   */
  const level = (ta: number, ea: number, tb: number, eb: number, sentences: boolean) =>
    byItems(ta, ea, tb, eb, sentences, (ga, gea, gb, geb) => {
      const x = itemsOf(a, ga, gea, sentences).filter((t) => wordsIn(a, t) > 0);
      const y = itemsOf(b, gb, geb, sentences).filter((t) => wordsIn(b, t) > 0);
      const cost = x.length * y.length * 16;
      if (x.length === 0 || y.length === 0) return glue(ga, gea, gb, geb);
      if (cost > work.left) return tokensOf(ga, gea, gb, geb);
      work.left -= cost;
      let pa = ga;
      let pb = gb;
      const pairs = pairItems(a, b, x, y, sentences ? rivals : undefined);
      // What pairing left apart is another statement: its characters are never aligned with the text in its place.
      const paired = { x: new Set(pairs.map(([i]) => i)), y: new Set(pairs.map(([, j]) => j)) };
      x.forEach((t, i) => paired.x.has(i) || apartA.fill(1, t.from, t.to));
      y.forEach((t, j) => paired.y.has(j) || apartB.fill(1, t.from, t.to));
      for (const [i, j] of pairs) {
        glue(pa, x[i]!.from, pb, y[j]!.from);
        if (sentences) tokensOf(x[i]!.from, x[i]!.to, y[j]!.from, y[j]!.to);
        else level(x[i]!.from, x[i]!.to, y[j]!.from, y[j]!.to, true);
        pa = x[i]!.to;
        pb = y[j]!.to;
      }
      glue(pa, gea, pb, geb);
    });
  level(0, a.length, 0, b.length, false);
  dropChanceMatches(a, b, matchA, matchB);
  alignMovedParagraphs(a, b, matchA, matchB, code, work, rivals);
  return { before, after, unknown, ...segmentsOf(before, after, a, b, matchA, matchB, apartA, apartB) };
}
