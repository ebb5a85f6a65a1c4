import DiffMatchPatch from 'diff-match-patch';
import type { Token } from './text-tokens.ts';

/**
 * diff-match-patch's Myers diff with no time limit, which also turns off
 * its half-match shortcut: that shortcut returns a diff that is not the
 * smallest (it put a sentence's words on a copy written right after it),
 * and a time limit would make the result depend on the machine. The cost
 * is bounded by the caller (TOKEN_DIFF_BUDGET, MAX_CHAR_REFINE).
 */
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
export const charDiff = (x: string, y: string) => dmp.diff_main(x, y, false);

/**
 * Pairs of equal keys of two lists (indexes, in order), by charDiff
 * on the keys written one character each. jsdiff gives the same alignment
 * but took seconds on a 50,000-character article where paragraphs moved
 * far; this takes milliseconds. Null when there are more distinct keys than characters.
 */
export function alignKeys(x: readonly string[], y: readonly string[], code: Map<string, string>): [number, number][] | null {
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
export function alignTokens(x: readonly Token[], y: readonly Token[], code: Map<string, string>): [number, number][] | null {
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
