import { figuresOfGrams, gramsOf, likeness, type Rivals } from './item-pairing.ts';
import { itemsOf, wordsIn, type Token } from './text-tokens.ts';

/**
 * For a changed new sentence, the old sentences most like it wherever
 * they are (pairItems' `rivals`). A new sentence more like a sentence
 * elsewhere than like the one it would be paired with in its place is a
 * copy, or a lookalike, of that other one, not an edit of the one it
 * replaced: the claims of a deleted sentence do not follow a lookalike
 * written where it was.
 *
 * The old sentences are indexed by their word pairs the first time a
 * sentence asks (one pass over the old tokens, as tokenizing them is);
 * each question costs the postings of its word pairs and the likeness of
 * the sentences found, charged to the alignment's budget: past it, no
 * rivals are looked for (a count, never a clock).
 */
/** Old sentences compared in full with a new one: those sharing the most word pairs with it. */
const COMPARED = 4;

export function oldSentenceRivals(a: readonly Token[], work: { left: number }): Rivals {
  let index: { grams: Set<string>[]; figures: string[]; from: number[]; byPair: Map<string, number[]> } | undefined;
  const build = () => {
    const items = itemsOf(a, 0, a.length, true).filter((t) => wordsIn(a, t) > 0);
    const grams = items.map((it) => gramsOf(a, it));
    const byPair = new Map<string, number[]>();
    grams.forEach((set, k) => {
      for (const g of set) {
        // Word pairs only: a single common word ("في", "the") is in most sentences.
        if (!g.includes('\u0000')) continue;
        const list = byPair.get(g);
        if (list) list.push(k);
        else byPair.set(g, [k]);
      }
    });
    return { grams, figures: grams.map(figuresOfGrams), from: items.map((it) => it.from), byPair };
  };
  return (v, fv) => {
    const ix = (index ??= build());
    let visits = 0;
    for (const g of v) visits += ix.byPair.get(g)?.length ?? 0;
    if (visits > work.left) return [];
    work.left -= visits;
    // Shared word pairs rank the sentences found; only the likeliest few are compared in full.
    const found = new Map<number, number>();
    for (const g of v) for (const k of ix.byPair.get(g) ?? []) found.set(k, (found.get(k) ?? 0) + 1);
    const likeliest = [...found].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, COMPARED);
    const cost = found.size + likeliest.length * v.size;
    if (cost > work.left) return [];
    work.left -= cost;
    return likeliest
      .map(([k]) => [likeness(ix.grams[k]!, v, ix.figures[k]!, fv), ix.from[k]!] as const)
      .filter(([like]) => like > 0)
      .sort((p, q) => q[0] - p[0] || p[1] - q[1])
      .slice(0, 2);
  };
}
