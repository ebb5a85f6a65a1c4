import { alignTokens } from './token-diff.ts';
import { figuresOf, itemsOf, wordsIn, type Item, type Token } from './text-tokens.ts';

/** Two items are the same paragraph (sentence) edited only if they share this share of the smaller one's words. */
const PAIR_SHARE = 0.3;

/**
 * A paragraph and the one it may have moved to, aligned sentence by
 * sentence (pairItems), then word by word within each pair: aligned whole,
 * a sentence tied between its own edited copy and a lookalike written
 * after it. Pairs index into `source` and `target` (paragraph token lists).
 */
export function alignBySentences(
  a: readonly Token[],
  b: readonly Token[],
  source: readonly number[],
  target: readonly number[],
  code: Map<string, string>,
  rivals?: Rivals,
): [number, number][] {
  const x = itemsOf(a, source[0]!, source[source.length - 1]! + 1, true).filter((t) => wordsIn(a, t) > 0);
  const y = itemsOf(b, target[0]!, target[target.length - 1]! + 1, true).filter((t) => wordsIn(b, t) > 0);
  const pairs: [number, number][] = [];
  for (const [i, j] of pairItems(a, b, x, y, rivals)) {
    const p = x[i]!;
    const q = y[j]!;
    for (const [u, v] of alignTokens(a.slice(p.from, p.to), b.slice(q.from, q.to), code) ?? []) pairs.push([p.from + u - source[0]!, q.from + v - target[0]!]);
  }
  return pairs;
}

/** Words and word pairs of an item: common words ("the", "في") alone make any two paragraphs look alike. */
export function gramsOf(t: readonly Token[], it: Item): Set<string> {
  const set = new Set<string>();
  let last = '';
  for (let k = it.from; k < it.to; k++) {
    if (!t[k]!.word) continue;
    set.add(t[k]!.key);
    if (last) set.add(`${last}\u0000${t[k]!.key}`);
    last = t[k]!.key;
  }
  return set;
}

/** The figures of an item's grams (gramsOf). */
export const figuresOfGrams = (set: Set<string>) => figuresOf([...set].filter((w) => !w.includes('\u0000')));

/**
 * How alike two items are: the words and word pairs they share, 0 below
 * a third of the smaller one's; halved where their figures differ (other
 * figures make another statement: a lookalike with one figure changed
 * loses to the sentence itself with a word reworded).
 */
export function likeness(u: Set<string>, v: Set<string>, fu: string, fv: string): number {
  let shared = 0;
  for (const w of u) if (v.has(w)) shared++;
  return shareToLikeness(shared, u.size, v.size, fu, fv);
}

function shareToLikeness(shared: number, uSize: number, vSize: number, fu: string, fv: string): number {
  if (shared < Math.max(1, PAIR_SHARE * Math.min(uSize, vSize))) return 0;
  return fu === fv ? shared : shared / 2;
}

/** The old items most like a new one, wherever they are: the best two, as [likeness, the old item's first token]. */
export type Rivals = (grams: Set<string>, figures: string) => readonly (readonly [number, number])[];

/**
 * Old and new items (paragraphs, sentences) of one changed stretch paired
 * in order so that the pairs share the most words and word pairs in all:
 * a weighted longest common subsequence. A pair must share at least a
 * third of the smaller one's. On a tie the earlier new item wins: a copy written
 * after a sentence, as alike to it as the sentence edited in place, does
 * not take its place. With `rivals`, a new item more like another old
 * item than like a candidate is not that candidate edited (a lookalike
 * of a sentence kept elsewhere, written where a deleted one was).
 * Unpaired items were deleted or inserted (or moved: step 3 looks again).
 */
export function pairItems(a: readonly Token[], b: readonly Token[], x: readonly Item[], y: readonly Item[], rivals?: Rivals): [number, number][] {
  const wx = x.map((it) => gramsOf(a, it));
  const wy = y.map((it) => gramsOf(b, it));
  const m = x.length;
  const n = y.length;
  const fx = wx.map(figuresOfGrams);
  const fy = wy.map(figuresOfGrams);
  const elsewhere = rivals ? wy.map((v, j) => rivals(v, fy[j]!)) : [];
  // Shared grams counted through the new items' postings: a stretch of many changed paragraphs costs what they share, not every pair's words.
  const postings = new Map<string, number[]>();
  wy.forEach((v, j) => {
    for (const g of v) {
      const list = postings.get(g);
      if (list) list.push(j);
      else postings.set(g, [j]);
    }
  });
  const sim = wx.map((u, i) => {
    const shared = new Float64Array(n);
    for (const g of u) for (const j of postings.get(g) ?? []) shared[j]!++;
    return Array.from(shared, (count, j) => {
      const own = shareToLikeness(count, u.size, wy[j]!.size, fx[i]!, fy[j]!);
      const rival = own > 0 ? (elsewhere[j]?.find(([, from]) => from !== x[i]!.from)?.[0] ?? 0) : 0;
      return rival > own ? 0 : own;
    });
  });
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
