import { alignBySentences, type Rivals } from './item-pairing.ts';
import { figuresOf, paragraphsOf, wordCount, type Token } from './text-tokens.ts';

/** A paragraph is looked for elsewhere when at least this share of its words, and this many, were left unmatched. */
const MOVE_UNMATCHED_SHARE = 0.5;
const MOVE_MIN_WORDS = 1;
/** ... and is taken to have moved where this share of its unmatched words, and of the target's, align. */
const MOVE_MATCHED_SHARE = 0.5;

/**
 * Step 3: a new paragraph the diff left mostly unmatched may be an old
 * paragraph moved (and edited on the way). Its likeliest source is the old
 * paragraph sharing most words and word pairs with it; the two are aligned, and if
 * most words of both line up, and more of the old paragraph's words than
 * line up where the diff put them, the paragraph moved: its words are
 * paired with their new place. That last rule is what keeps a claim on its
 * own paragraph when a lookalike copy was written where it used to be (the
 * diff first matched the copy), and a sentence-sized near-duplicate from
 * taking the claim of a paragraph that is still in place. Words aligned
 * with a paragraph of other figures count half, on either side: a copy
 * with one figure changed left where the paragraph was does not keep it
 * from the paragraph itself, moved and reworded (as in pairItems).
 */
export function alignMovedParagraphs(a: readonly Token[], b: readonly Token[], matchA: Int32Array, matchB: Int32Array, code: Map<string, string>, budget: { left: number }, rivals?: Rivals): void {
  const oldParagraphs = paragraphsOf(a);
  const newParagraphs = paragraphsOf(b);
  const loose = [...newParagraphs].filter(([, list]) => {
    const words = wordCount(b, list);
    const free = list.reduce((n, j) => n + (b[j]!.word && matchB[j] === -1 ? 1 : 0), 0);
    return free >= MOVE_MIN_WORDS && free >= MOVE_UNMATCHED_SHARE * words;
  });
  if (loose.length === 0) return;
  const wordKeys = (tokens: readonly Token[], list: readonly number[]) => list.filter((i) => tokens[i]!.word).map((i) => tokens[i]!.key);
  // Words and word pairs: pairs tell paragraphs apart, words alone still find a paragraph of one word.
  const bigrams = (tokens: readonly Token[], list: readonly number[]) => {
    const words = wordKeys(tokens, list);
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
  /** The new paragraph holding most of the old paragraph's matched words: where the diff left it. */
  const heldBy = (source: readonly number[]) => {
    const count = new Map<number, number>();
    for (const i of source) if (a[i]!.word && matchA[i] !== -1) count.set(b[matchA[i]!]!.paragraph, (count.get(b[matchA[i]!]!.paragraph) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? -1;
  };
  for (const [, target] of loose) {
    const shared = new Map<number, number>();
    for (const g of bigrams(b, target)) for (const p of where.get(g) ?? []) shared.set(p, (shared.get(p) ?? 0) + 1);
    const best = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (!best) continue;
    const source = oldParagraphs.get(best[0])!;
    const cost = (source.length + target.length) ** 2;
    if (cost > budget.left) continue;
    budget.left -= cost;
    const pairs = alignBySentences(a, b, source, target, code, rivals);
    if (!pairs) continue;
    const words = pairs.reduce((n, [i]) => n + (a[source[i]!]!.word ? 1 : 0), 0);
    const inPlace = source.reduce((n, i) => n + (a[i]!.word && matchA[i] !== -1 ? 1 : 0), 0);
    if (words < MOVE_MATCHED_SHARE * wordCount(a, source) || words < MOVE_MATCHED_SHARE * wordCount(b, target)) continue;
    const figures = figuresOf(wordKeys(a, source));
    const weight = (list: readonly number[] | undefined) => (list && figuresOf(wordKeys(b, list)) !== figures ? 0.5 : 1);
    if (words * weight(target) <= inPlace * weight(newParagraphs.get(heldBy(source)))) continue;
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
