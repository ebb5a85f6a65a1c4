import DiffMatchPatch from 'diff-match-patch';
import type { Segment } from './text-alignment.ts';
import { charDiff } from './token-diff.ts';
import type { Token } from './text-tokens.ts';

/** Changed stretches aligned character by character only up to this product of their lengths. */
const MAX_CHAR_REFINE = 60_000;

/**
 * A diff matches whatever it can: the spaces and the odd "of" of a
 * sentence that was replaced, or of a paragraph that moved, line up with
 * those of the text now in its place. A run of matches with no word in
 * it between two changes is such a chance and is dropped (words are not:
 * a paragraph of one word, edited, is that word's only evidence); what it
 * held is then aligned as part of a moved paragraph, or character by
 * character inside the changed stretch.
 */
export function dropChanceMatches(a: readonly Token[], b: readonly Token[], matchA: Int32Array, matchB: Int32Array): void {
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

/** Turns matched tokens into segments, aligning characters inside changed stretches between two matches. */
export function segmentsOf(
  before: string,
  after: string,
  a: readonly Token[],
  b: readonly Token[],
  matchA: Int32Array,
  matchB: Int32Array,
  apartA: Uint8Array,
  apartB: Uint8Array,
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
  /** Characters of old tokens [fa, ea) aligned with those of new tokens [fb, eb). */
  const chars = (fa: number, ea: number, fb: number, eb: number) => {
    if (ea <= fa || eb <= fb) return;
    const os = a[fa]!.start;
    const oe = a[ea - 1]!.end;
    const ns = b[fb]!.start;
    const ne = b[eb - 1]!.end;
    if ((oe - os) * (ne - ns) > MAX_CHAR_REFINE) return;
    let o = os;
    let n = ns;
    for (const c of withoutChanceEqualities(charDiff(before.slice(os, oe), after.slice(ns, ne)))) {
      if (c.kind === 'equal') push({ oldStart: o, oldEnd: o + c.old, newStart: n, newEnd: n + c.new, exact: true });
      o += c.old;
      n += c.new;
    }
  };
  /** The first and past the last token of [from, to) that pairing left apart, or null. */
  const apartIn = (apart: Uint8Array, from: number, to: number): [number, number] | null => {
    const part = apart.subarray(from, to);
    const first = part.indexOf(1);
    return first === -1 ? null : [from + first, from + part.lastIndexOf(1) + 1];
  };
  const refine = (ia: number, ib: number) => {
    // The changed stretch: old tokens (prevA, ia) replaced by new tokens (prevB, ib), all unmatched.
    if (ia - prevA < 2 || ib - prevB < 2 || prevB + 1 < newMark) return;
    if (!unmatched(matchA, prevA + 1, ia) || !unmatched(matchB, prevB + 1, ib)) return;
    newMark = ib;
    const [fa, fb] = [prevA + 1, prevB + 1];
    const xa = apartIn(apartA, fa, ia);
    const xb = apartIn(apartB, fb, ib);
    if (!xa && !xb) return chars(fa, ia, fb, ib);
    // A sentence (paragraph) that pairing found like none in its place was replaced: letters in common
    // with it are chance. Only the ends of the paired sentences on either side of it are aligned.
    const leadA = xa ? xa[0] : xb![0] > fb ? ia : fa;
    const leadB = xb ? xb[0] : xa![0] > fa ? ib : fb;
    chars(fa, leadA, fb, leadB);
    chars(xa ? xa[1] : leadA, ia, xb ? xb[1] : leadB, ib);
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
