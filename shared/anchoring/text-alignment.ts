import DiffMatchPatch from 'diff-match-patch';
import { normalizedString } from '../text/normalize.ts';

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
 *    paragraph break never equals a space;
 * 2. whole paragraphs are aligned first, then whole sentences, then the
 *    tokens between unchanged ones (diff-match-patch's Myers diff), within a fixed amount of work (TOKEN_DIFF_BUDGET; never a
 *    clock: a revision is replayed from the journal and must give the
 *    same result everywhere);
 * 3. a paragraph the diff left mostly unmatched on both sides is looked
 *    for among the unmatched paragraphs of the other side: paragraphs
 *    swapped or moved (and edited on the way) are aligned where they went;
 * 4. inside each changed stretch of tokens short enough, characters are
 *    aligned too, so a typo inside a word keeps the rest of it.
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
/** Changed stretches aligned character by character only up to this product of their lengths. */
const MAX_CHAR_REFINE = 60_000;
/** A paragraph is looked for elsewhere when at least this share of its words, and this many, were left unmatched. */
const MOVE_UNMATCHED_SHARE = 0.5;
/** Two items are the same paragraph (sentence) edited only if they share this share of the smaller one's words. */
const PAIR_SHARE = 0.3;
const MOVE_MIN_WORDS = 1;
/** ... and is taken to have moved where this share of its unmatched words, and of the target's, align. */
const MOVE_MATCHED_SHARE = 0.5;

interface Token {
  start: number;
  end: number;
  key: string;
  word: boolean;
  paragraph: number;
}

// No text token is a line break, so this key is the paragraph break's alone.
const PARAGRAPH_BREAK = '\n\n';
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Character classes by UTF-16 unit, filled as met: 1 word, 2 white space, 3 line break, 4 other. */
const classes = new Uint8Array(0x10000);
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c === 10 ? 3 : WORD_CHAR.test(ch) ? 1 : /\s/.test(ch) ? 2 : 4;
    // Astral characters (a surrogate pair) are single "other" tokens.
    if (c >= 0xd800 && c <= 0xdfff) k = 4;
    classes[c] = k;
  }
  return k;
}

/**
 * Words (letters, digits, marks, tatweel), runs of spaces, a line break, a
 * paragraph break (a blank line), or one other character (a surrogate
 * pair whole). Scanned by hand: a Unicode-class regex took a third of the
 * alignment's time on a 50,000-character article.
 */
function tokenize(text: string, keys: Map<string, string>): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  for (let i = 0; i < text.length; ) {
    const k = classOf(text, i);
    let j = i + 1;
    let key: string;
    if (k === 1 || k === 2) {
      while (j < text.length && classOf(text, j) === k) j++;
      if (k === 2) key = ' ';
      else {
        const raw = text.slice(i, j);
        key = keys.get(raw) ?? normalizedString(raw);
        keys.set(raw, key);
      }
    } else if (k === 3) {
      // A blank line (spaces allowed on it) is a paragraph break, with the white space after it.
      let m = j;
      while (m < text.length && classOf(text, m) === 2) m++;
      if (m < text.length && classOf(text, m) === 3) {
        j = m + 1;
        while (j < text.length && classOf(text, j) >= 2 && classOf(text, j) <= 3) j++;
        key = PARAGRAPH_BREAK;
      } else key = '\n';
    } else {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && j < text.length && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
      const raw = text.slice(i, j);
      key = keys.get(raw) ?? normalizedString(raw);
      keys.set(raw, key);
    }
    tokens.push({ start: i, end: j, key, word: k === 1 && WORD_START.test(key), paragraph });
    if (key === PARAGRAPH_BREAK) paragraph++;
    i = j;
  }
  return tokens;
}

/** A paragraph or a sentence (or the break after it), as one item of a coarse diff. */
interface Item {
  from: number;
  to: number;
  key: string;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';', '\n']);

/**
 * Tokens [from, to) cut into items: at paragraph breaks (each break an
 * item of its own) and, with `sentences`, after a sentence's last mark.
 */
function itemsOf(tokens: readonly Token[], from: number, to: number, sentences: boolean): Item[] {
  const items: Item[] = [];
  let start = from;
  const close = (end: number) => {
    if (end > start) items.push({ from: start, to: end, key: tokens.slice(start, end).map((t) => t.key).join('\u0001') });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const key = tokens[i]!.key;
    if (key === PARAGRAPH_BREAK) {
      close(i);
      close(i + 1);
    } else if (sentences && SENTENCE_END.has(key)) close(i + 1);
    // The space between two sentences is an item of its own: a sentence at a paragraph's start has none before it.
    else if (sentences && key === ' ' && i === start) close(i + 1);
  }
  close(to);
  return items;
}

/**
 * diff-match-patch's Myers diff with no time limit, which also turns off
 * its half-match shortcut: that shortcut returns a diff that is not the
 * smallest (it put a sentence's words on a copy written right after it),
 * and a time limit would make the result depend on the machine. The cost
 * is bounded by the caller (TOKEN_DIFF_BUDGET, MAX_CHAR_REFINE).
 */
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
const charDiff = (x: string, y: string) => dmp.diff_main(x, y, false);

/**
 * Pairs of equal keys of two lists (indexes, in order), by charDiff
 * on the keys written one character each. jsdiff gives the same alignment
 * but took seconds on a 50,000-character article where paragraphs moved
 * far; this takes milliseconds. Null when there are more distinct keys than characters.
 */
function alignKeys(x: readonly string[], y: readonly string[], code: Map<string, string>): [number, number][] | null {
  const spell = (key: string) => {
    let c = code.get(key);
    if (c === undefined) {
      // One UTF-16 unit per distinct key, never half a surrogate pair.
      let n = 0x100 + code.size;
      if (n >= 0xd800) n += 0x800;
      if (n > 0xffff) return null;
      c = String.fromCharCode(n);
      code.set(key, c);
    }
    return c;
  };
  const p = x.map(spell);
  const q = y.map(spell);
  if (p.includes(null) || q.includes(null)) return null;
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of charDiff(p.join(''), q.join(''))) {
    if (op === DiffMatchPatch.DIFF_INSERT) j += text.length;
    else if (op === DiffMatchPatch.DIFF_DELETE) i += text.length;
    else for (let k = 0; k < text.length; k++) pairs.push([i++, j++]);
  }
  return pairs;
}

/**
 * Pairs of equal tokens of two lists, words first: the words are aligned
 * on their own, then the spaces and punctuation between each two aligned
 * words. Aligned together, a sentence and a copy of it written right after
 * with one figure changed tie, since the copy gains the ". " before it and
 * loses the figure; the words alone prefer the sentence itself.
 */
function alignTokens(x: readonly Token[], y: readonly Token[], code: Map<string, string>): [number, number][] | null {
  const wx = x.flatMap((t, i) => (t.word ? [i] : []));
  const wy = y.flatMap((t, j) => (t.word ? [j] : []));
  const words = alignKeys(wx.map((i) => x[i]!.key), wy.map((j) => y[j]!.key), code);
  if (!words) return null;
  const pairs: [number, number][] = [];
  let pi = 0;
  let pj = 0;
  const between = (ei: number, ej: number) => {
    if (ei > pi && ej > pj) {
      const glue = alignKeys(x.slice(pi, ei).map((t) => t.key), y.slice(pj, ej).map((t) => t.key), code) ?? [];
      for (const [i, j] of glue) pairs.push([pi + i, pj + j]);
    }
  };
  for (const [wi, wj] of words) {
    const i = wx[wi]!;
    const j = wy[wj]!;
    between(i, j);
    pairs.push([i, j]);
    pi = i + 1;
    pj = j + 1;
  }
  between(x.length, y.length);
  return pairs;
}

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
  const unknown: Unknown[] = [];
  const code = new Map<string, string>();
  const work = { left: TOKEN_DIFF_BUDGET };
  const tokensOf = (ta: number, ea: number, tb: number, eb: number) => {
    const cost = (ea - ta + eb - tb) ** 2;
    const pairs = cost <= work.left ? alignTokens(a.slice(ta, ea), b.slice(tb, eb), code) : null;
    work.left -= Math.min(cost, work.left);
    if (!pairs) unknown.push({ oldStart: a[ta]!.start, oldEnd: a[ea - 1]!.end, newStart: b[tb]!.start, newEnd: b[eb - 1]!.end });
    else for (const [i, j] of pairs) pair(ta + i, tb + j);
  };
  /** Items of [ta, ea) and [tb, eb) aligned whole; the stretches between go to `inner`. */
  const byItems = (ta: number, ea: number, tb: number, eb: number, sentences: boolean, inner: typeof tokensOf) => {
    const x = itemsOf(a, ta, ea, sentences);
    const y = itemsOf(b, tb, eb, sentences);
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
      if (x.length === 0 || y.length === 0) return;
      if (cost > work.left) return tokensOf(ga, gea, gb, geb);
      work.left -= cost;
      for (const [i, j] of pairItems(a, b, x, y)) {
        if (sentences) tokensOf(x[i]!.from, x[i]!.to, y[j]!.from, y[j]!.to);
        else level(x[i]!.from, x[i]!.to, y[j]!.from, y[j]!.to, true);
      }
    });
  level(0, a.length, 0, b.length, false);
  dropChanceMatches(a, b, matchA, matchB);
  alignMovedParagraphs(a, b, matchA, matchB, code, work);
  return { before, after, unknown, ...segmentsOf(before, after, a, b, matchA, matchB) };
}

/**
 * A paragraph and the one it may have moved to, aligned sentence by
 * sentence (pairItems), then word by word within each pair: aligned whole,
 * a sentence tied between its own edited copy and a lookalike written
 * after it. Pairs index into `source` and `target` (paragraph token lists).
 */
function alignBySentences(a: readonly Token[], b: readonly Token[], source: readonly number[], target: readonly number[], code: Map<string, string>): [number, number][] {
  const x = itemsOf(a, source[0]!, source[source.length - 1]! + 1, true).filter((t) => wordsIn(a, t) > 0);
  const y = itemsOf(b, target[0]!, target[target.length - 1]! + 1, true).filter((t) => wordsIn(b, t) > 0);
  const pairs: [number, number][] = [];
  for (const [i, j] of pairItems(a, b, x, y)) {
    const p = x[i]!;
    const q = y[j]!;
    for (const [u, v] of alignTokens(a.slice(p.from, p.to), b.slice(q.from, q.to), code) ?? []) pairs.push([p.from + u - source[0]!, q.from + v - target[0]!]);
  }
  return pairs;
}

const wordsIn = (t: readonly Token[], it: Item) => {
  let n = 0;
  for (let k = it.from; k < it.to; k++) if (t[k]!.word) n++;
  return n;
};

/**
 * Old and new items (paragraphs, sentences) of one changed stretch paired
 * in order so that the pairs share the most words and word pairs in all:
 * a weighted longest common subsequence. A pair must share at least a
 * third of the smaller one's. On a tie the earlier new item wins: a copy written
 * after a sentence, as alike to it as the sentence edited in place, does
 * not take its place. Unpaired items were deleted or inserted (or moved:
 * step 3 looks again).
 */
function pairItems(a: readonly Token[], b: readonly Token[], x: readonly Item[], y: readonly Item[]): [number, number][] {
  // Words and word pairs: common words ("the", "في") alone make any two paragraphs look alike.
  const words = (t: readonly Token[], it: Item) => {
    const set = new Set<string>();
    let last = '';
    for (let k = it.from; k < it.to; k++) {
      if (!t[k]!.word) continue;
      set.add(t[k]!.key);
      if (last) set.add(`${last}\u0000${t[k]!.key}`);
      last = t[k]!.key;
    }
    return set;
  };
  const wx = x.map((it) => words(a, it));
  const wy = y.map((it) => words(b, it));
  const m = x.length;
  const n = y.length;
  const figures = (set: Set<string>) => [...set].filter((w) => /\d/.test(w) && !w.includes('\u0000')).sort().join(' ');
  const fx = wx.map(figures);
  const fy = wy.map(figures);
  const sim = wx.map((u, i) =>
    wy.map((v, j) => {
      let shared = 0;
      for (const w of u) if (v.has(w)) shared++;
      if (shared < Math.max(1, PAIR_SHARE * Math.min(u.size, v.size))) return 0;
      // Other figures make another statement: a lookalike with one figure changed loses to the sentence itself with a word reworded.
      return fx[i] === fy[j] ? shared : shared / 2;
    }),
  );
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const take = sim[i]![j]! > 0 ? sim[i]![j]! + best[i + 1]![j + 1]! : 0;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (sim[i]![j]! > 0 && best[i]![j] === sim[i]![j]! + best[i + 1]![j + 1]!) pairs.push([i++, j++]);
    else if (best[i + 1]![j] === best[i]![j]) i++;
    else j++;
  }
  return pairs;
}

/**
 * A diff matches whatever it can: the spaces and the odd "of" of a
 * sentence that was replaced, or of a paragraph that moved, line up with
 * those of the text now in its place. A run of matches with no word in
 * it between two changes is such a chance and is dropped (words are not:
 * a paragraph of one word, edited, is that word's only evidence); what it
 * held is then aligned as part of a moved paragraph, or character by
 * character inside the changed stretch.
 */
function dropChanceMatches(a: readonly Token[], b: readonly Token[], matchA: Int32Array, matchB: Int32Array): void {
  const runs: { i: number; j: number; n: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    const j = matchA[i]!;
    if (j === -1) continue;
    const last = runs[runs.length - 1];
    if (last && last.i + last.n === i && last.j + last.n === j) last.n++;
    else runs.push({ i, j, n: 1 });
  }
  const chars = (t: readonly Token[], from: number, to: number) => (to > from ? t[to - 1]!.end - t[from]!.start : 0);
  runs.forEach((run, k) => {
    const prev = runs[k - 1];
    const next = runs[k + 1];
    const before = Math.max(chars(a, prev ? prev.i + prev.n : 0, run.i), chars(b, prev ? prev.j + prev.n : 0, run.j));
    const after = Math.max(chars(a, run.i + run.n, next ? next.i : a.length), chars(b, run.j + run.n, next ? next.j : b.length));
    if (before === 0 || after === 0) return;
    let words = 0;
    for (let x = run.i; x < run.i + run.n; x++) if (a[x]!.word) words++;
    if (words > 0) return;
    for (let x = 0; x < run.n; x++) {
      matchA[run.i + x] = -1;
      matchB[run.j + x] = -1;
    }
  });
}

/** Token indexes of each paragraph (breaks left out), in order. */
function paragraphsOf(tokens: readonly Token[]): Map<number, number[]> {
  const paragraphs = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    if (t.key === PARAGRAPH_BREAK) return;
    const list = paragraphs.get(t.paragraph);
    if (list) list.push(i);
    else paragraphs.set(t.paragraph, [i]);
  });
  return paragraphs;
}

const wordCount = (tokens: readonly Token[], list: readonly number[]) => list.reduce((n, i) => n + (tokens[i]!.word ? 1 : 0), 0);

/**
 * Step 3: a new paragraph the diff left mostly unmatched may be an old
 * paragraph moved (and edited on the way). Its likeliest source is the old
 * paragraph sharing most words and word pairs with it; the two are aligned, and if
 * most words of both line up, and more of the old paragraph's words than
 * line up where the diff put them, the paragraph moved: its words are
 * paired with their new place. That last rule is what keeps a claim on its
 * own paragraph when a lookalike copy was written where it used to be (the
 * diff first matched the copy), and a sentence-sized near-duplicate from
 * taking the claim of a paragraph that is still in place.
 */
function alignMovedParagraphs(a: readonly Token[], b: readonly Token[], matchA: Int32Array, matchB: Int32Array, code: Map<string, string>, budget: { left: number }): void {
  const oldParagraphs = paragraphsOf(a);
  const newParagraphs = paragraphsOf(b);
  const loose = [...newParagraphs].filter(([, list]) => {
    const words = wordCount(b, list);
    const free = list.reduce((n, j) => n + (b[j]!.word && matchB[j] === -1 ? 1 : 0), 0);
    return free >= MOVE_MIN_WORDS && free >= MOVE_UNMATCHED_SHARE * words;
  });
  if (loose.length === 0) return;
  // Words and word pairs: pairs tell paragraphs apart, words alone still find a paragraph of one word.
  const bigrams = (tokens: readonly Token[], list: readonly number[]) => {
    const words = list.filter((i) => tokens[i]!.word).map((i) => tokens[i]!.key);
    return new Set([...words, ...words.slice(1).map((w, k) => `${words[k]}\u0000${w}`)]);
  };
  const where = new Map<string, number[]>();
  for (const [p, list] of oldParagraphs) {
    // A paragraph whose every word is matched already cannot line up better anywhere.
    if (list.every((i) => !a[i]!.word || matchA[i] !== -1)) continue;
    for (const g of bigrams(a, list)) {
      const ps = where.get(g);
      if (ps) ps.push(p);
      else where.set(g, [p]);
    }
  }
  for (const [, target] of loose) {
    const shared = new Map<number, number>();
    for (const g of bigrams(b, target)) for (const p of where.get(g) ?? []) shared.set(p, (shared.get(p) ?? 0) + 1);
    const best = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (!best) continue;
    const source = oldParagraphs.get(best[0])!;
    const cost = (source.length + target.length) ** 2;
    if (cost > budget.left) continue;
    budget.left -= cost;
    const pairs = alignBySentences(a, b, source, target, code);
    if (!pairs) continue;
    const words = pairs.reduce((n, [i]) => n + (a[source[i]!]!.word ? 1 : 0), 0);
    const inPlace = source.reduce((n, i) => n + (a[i]!.word && matchA[i] !== -1 ? 1 : 0), 0);
    if (words < MOVE_MATCHED_SHARE * wordCount(a, source) || words < MOVE_MATCHED_SHARE * wordCount(b, target) || words <= inPlace) continue;
    for (const i of source) {
      if (matchA[i] !== -1) matchB[matchA[i]!] = -1;
      matchA[i] = -1;
    }
    for (const j of target) {
      if (matchB[j] !== -1) matchA[matchB[j]!] = -1;
      matchB[j] = -1;
    }
    for (const [i, j] of pairs) {
      matchA[source[i]!] = target[j]!;
      matchB[target[j]!] = source[i]!;
    }
  }
}

/** Turns matched tokens into segments, aligning characters inside changed stretches between two matches. */
function segmentsOf(
  before: string,
  after: string,
  a: readonly Token[],
  b: readonly Token[],
  matchA: Int32Array,
  matchB: Int32Array,
): { byOld: Segment[]; byNew: Segment[] } {
  const out: Segment[] = [];
  const push = (s: Segment) => {
    const last = out[out.length - 1];
    if (last && last.exact && s.exact && last.oldEnd === s.oldStart && last.newEnd === s.newStart) {
      last.oldEnd = s.oldEnd;
      last.newEnd = s.newEnd;
    } else out.push(s);
  };
  // The previous matched token pair, to find the changed stretch before the next one.
  let prevA = -1;
  let prevB = -1;
  // New tokens before this are spoken for (a moved paragraph sends prevB back).
  let newMark = 0;
  const unmatched = (match: Int32Array, from: number, to: number) => {
    for (let k = from; k < to; k++) if (match[k] !== -1) return false;
    return true;
  };
  const refine = (ia: number, ib: number) => {
    // The changed stretch: old tokens (prevA, ia) replaced by new tokens (prevB, ib), all unmatched.
    if (ia - prevA < 2 || ib - prevB < 2 || prevB + 1 < newMark) return;
    if (!unmatched(matchA, prevA + 1, ia) || !unmatched(matchB, prevB + 1, ib)) return;
    newMark = ib;
    const os = a[prevA + 1]!.start;
    const oe = a[ia - 1]!.end;
    const ns = b[prevB + 1]!.start;
    const ne = b[ib - 1]!.end;
    if ((oe - os) * (ne - ns) > MAX_CHAR_REFINE) return;
    let o = os;
    let n = ns;
    for (const c of withoutChanceEqualities(charDiff(before.slice(os, oe), after.slice(ns, ne)))) {
      if (c.kind === 'equal') push({ oldStart: o, oldEnd: o + c.old, newStart: n, newEnd: n + c.new, exact: true });
      o += c.old;
      n += c.new;
    }
  };
  for (let i = 0; i < a.length; i++) {
    const j = matchA[i]!;
    if (j === -1) continue;
    if (j > prevB) refine(i, j);
    const ta = a[i]!;
    const tb = b[j]!;
    push({ oldStart: ta.start, oldEnd: ta.end, newStart: tb.start, newEnd: tb.end, exact: before.slice(ta.start, ta.end) === after.slice(tb.start, tb.end) });
    prevA = i;
    prevB = j;
  }
  if (prevB < b.length) refine(a.length, b.length);
  return { byOld: out, byNew: [...out].sort((x, y) => x.newStart - y.newStart) };
}

interface Run {
  kind: 'equal' | 'change';
  old: number;
  new: number;
}

/**
 * Characters of a rewritten phrase line up by chance with those of the
 * old one (an "s" here, an "of" there). An equality no longer than the
 * change on each side of it is such a chance (diff-match-patch's semantic
 * cleanup rule) and becomes part of one change; repeated until none is left.
 */
function withoutChanceEqualities(changes: readonly DiffMatchPatch.Diff[]): Run[] {
  let runs: Run[] = [];
  const add = (kind: Run['kind'], o: number, n: number) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && kind === 'change') {
      last.old += o;
      last.new += n;
    } else runs.push({ kind, old: o, new: n });
  };
  for (const [op, text] of changes) {
    add(op === DiffMatchPatch.DIFF_EQUAL ? 'equal' : 'change', op === DiffMatchPatch.DIFF_INSERT ? 0 : text.length, op === DiffMatchPatch.DIFF_DELETE ? 0 : text.length);
  }
  for (let changed = true; changed; ) {
    changed = false;
    const prev = runs;
    runs = [];
    prev.forEach((r, k) => {
      const l = prev[k - 1];
      const n = prev[k + 1];
      const chance = r.kind === 'equal' && l && n && r.old <= Math.max(l.old, l.new) && r.old <= Math.max(n.old, n.new);
      if (chance) changed = true;
      add(chance ? 'change' : r.kind, r.old, r.new);
    });
  }
  return runs;
}
