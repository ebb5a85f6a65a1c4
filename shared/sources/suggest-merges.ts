import { distance } from 'fastest-levenshtein';
import type { SourceView } from './merges.ts';
import { cmp } from './tally.ts';

/** Two sources that look like spellings of one, for an editor to confirm or ignore. */
export interface MergeSuggestion {
  /** The source with more claims first: the likelier canonical one. */
  keys: [string, string];
  /** 1 − edit distance / length of the longer key, over the matching form. */
  similarity: number;
}

/** Keys this alike are suggested: one letter in eight differs ("الكرملين" / "الكريملين" is 8 of 9). */
export const SUGGEST_SIMILARITY = 0.8;
/** Shorter keys are too easily alike ("CIA" / "NIA"). */
export const SUGGEST_MIN_LENGTH = 4;
/** The most sources compared, most claims first: the pairs found cost at worst this squared over the length window. */
export const SUGGEST_MAX_SOURCES = 2000;

/**
 * Likely merges among sources not merged together, by edit distance over
 * their keys (already the Arabic-aware matching form, so diacritics and
 * hamza forms never count). Never applied by itself: "واشنطن" and
 * "الولايات المتحدة" are one government and stay two sources unless an
 * editor merges them, and a pair this finds may be two people.
 */
export function suggestMerges(views: readonly SourceView[], limit = 20): MergeSuggestion[] {
  const candidates = views
    .slice(0, SUGGEST_MAX_SOURCES)
    .map((v, rank) => ({ key: v.key, length: v.key.length, rank }))
    .filter((c) => c.length >= SUGGEST_MIN_LENGTH)
    .sort((a, b) => a.length - b.length || cmp(a.key, b.key));
  const found: Array<MergeSuggestion & { rank: number }> = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    for (let j = i + 1; j < candidates.length; j++) {
      const b = candidates[j]!;
      // Past this length difference no pair can reach the threshold.
      if (b.length * SUGGEST_SIMILARITY > a.length) break;
      const similarity = 1 - distance(a.key, b.key) / Math.max(a.length, b.length);
      if (similarity < SUGGEST_SIMILARITY) continue;
      const [first, second] = a.rank <= b.rank ? [a, b] : [b, a];
      found.push({ keys: [first.key, second.key], similarity: Math.round(similarity * 1000) / 1000, rank: first.rank });
    }
  }
  return found
    .sort((x, y) => y.similarity - x.similarity || x.rank - y.rank || cmp(x.keys[1], y.keys[1]))
    .slice(0, limit)
    .map(({ keys, similarity }) => ({ keys, similarity }));
}
