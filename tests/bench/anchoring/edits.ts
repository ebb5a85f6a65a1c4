import { allSentences, allWords, overlaps, paragraphs, sentences, words } from './text-structure.ts';
import { INSERTED, type TrackedText } from './tracked-text.ts';
import { truthOf, type Span } from './verdict.ts';

/**
 * One seeded round of an editor's revisions to an article, applied to a
 * TrackedText so the truth follows every character. Edits aimed at claims
 * (typos in claimed words, words reworded beside them, claimed sentences
 * deleted or duplicated) choose them by where their surviving characters
 * are, never by where any anchoring method put them.
 */

export const EDIT_KINDS = [
  'paragraph inserted',
  'paragraphs swapped',
  'sentence deleted',
  'diacritics removed',
  'digits switched',
  'typo in a claimed word',
  'near-duplicate sentence, one figure changed',
  'word reworded near a claim',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Edits of each kind per round. */
export type RoundPlan = Record<EditKind, number>;
export const DEFAULT_ROUND: RoundPlan = {
  'paragraph inserted': 1,
  'paragraphs swapped': 1,
  'sentence deleted': 2,
  'diacritics removed': 3,
  'digits switched': 2,
  'typo in a claimed word': 4,
  'near-duplicate sentence, one figure changed': 1,
  'word reworded near a claim': 4,
};

/** An edit within this many code points of a claim's words is said to touch it (Hypothesis keeps 32 of context). */
export const NEAR = 32;

const ARABIC_MARK = /[\u064B-\u0652\u0670]/u;
const COMBINING = /\p{M}/u;
const DIGIT = /[0-9\u0660-\u0669]/u;
const LETTER = /\p{L}/u;
/** Only Latin letters lose accents (é → e): Arabic hamza forms decompose too, but they are letters, not marks. */
const LATIN = /\p{Script=Latin}/u;

export interface RoundContext {
  rand: () => number;
  /** Claims as original code point spans. */
  claims: readonly Span[];
  originalLength: number;
  /** Words of the original article, for rewording and new paragraphs. */
  vocabulary: readonly string[];
}

/** The article's words without punctuation, for rewording and new paragraphs. */
export function vocabularyOf(text: TrackedText): string[] {
  return [...new Set(allWords(text).map((w) => text.slice(w.start, w.end).replace(/[^\p{L}\p{M}]/gu, '')).filter((w) => w.length > 1))];
}

/** Applies one round to `text` (in place); returns, per claim, the kinds of edit that touched it. */
export function editRound(text: TrackedText, ctx: RoundContext, plan: RoundPlan = DEFAULT_ROUND): Array<Set<EditKind>> {
  const tags = ctx.claims.map(() => new Set<EditKind>());
  const queue = EDIT_KINDS.flatMap((k) => Array.from({ length: plan[k] }, () => k));
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(ctx.rand() * (i + 1));
    [queue[i], queue[j]] = [queue[j]!, queue[i]!];
  }
  const copied = new Set<number>();
  for (const kind of queue) EDITS[kind](new Edit(text, ctx, kind, tags, copied));
  return tags;
}

/** What one edit needs: the text, the dice, and where the claims' words are just before it. */
class Edit {
  readonly hulls: Array<Span | null>;
  constructor(
    readonly text: TrackedText,
    readonly ctx: RoundContext,
    readonly kind: EditKind,
    private readonly tags: Array<Set<EditKind>>,
    /**
     * Origins of the sentences copied this round (near-duplicates, lookalike
     * paragraphs). None of them is deleted in the same round: a sentence
     * deleted while its copy appears reads exactly like that sentence edited
     * in place, and no method could know the claim is gone.
     */
    private readonly copied: Set<number>,
  ) {
    const at = text.positions(ctx.originalLength);
    this.hulls = ctx.claims.map((c) => {
      const t = truthOf(at, c);
      return t.gone ? null : t.hull;
    });
  }
  pick<T>(xs: readonly T[]): T | undefined {
    return xs.length ? xs[Math.floor(this.ctx.rand() * xs.length)] : undefined;
  }
  claimed = (s: Span) => this.hulls.some((h) => h && overlaps(h, s));
  /** Half the time among spans holding a claim's words, so edits land where they matter. */
  pickAimed(spans: readonly Span[]): Span | undefined {
    const aimed = spans.filter(this.claimed);
    return this.pick(this.ctx.rand() < 0.5 && aimed.length ? aimed : spans);
  }
  /** Marks the claims within NEAR of `span` (current coordinates, before the edit). */
  touch(span: Span): void {
    this.hulls.forEach((h, i) => {
      if (h && h.start < span.end + NEAR && span.start - NEAR < h.end) this.tags[i]!.add(this.kind);
    });
  }
  touchClaimsIn(span: Span): void {
    this.hulls.forEach((h, i) => {
      if (h && overlaps(h, span)) this.tags[i]!.add(this.kind);
    });
  }
  markCopied(s: Span): void {
    for (let i = s.start; i < s.end; i++) if (this.text.origin(i) !== INSERTED) this.copied.add(this.text.origin(i));
  }
  wasCopied(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.copied.has(this.text.origin(i))) return true;
    return false;
  }
  word(): string {
    return this.pick(this.ctx.vocabulary)!;
  }
}

/** A sentence of the text with about 40% of its words replaced: new text that looks like the article. */
function lookalikeSentence(e: Edit): string {
  const s = e.pick(allSentences(e.text))!;
  e.markCopied(s);
  return words(e.text, s)
    .map((w) => (e.ctx.rand() < 0.4 ? e.word() : e.text.slice(w.start, w.end)))
    .join(' ')
    .replace(/[^.!?؟]$/u, (c) => `${c}.`);
}

/** Puts a paragraph at a paragraph boundary (blank lines kept as the product splits them). */
function insertParagraph(e: Edit, paragraph: string): void {
  const ps = paragraphs(e.text);
  const k = Math.floor(e.ctx.rand() * (ps.length + 1));
  const at = k === ps.length ? e.text.length : ps[k]!.start;
  e.touch({ start: at, end: at });
  e.text.splice(at, at, k === ps.length ? `\n\n${paragraph}` : `${paragraph}\n\n`);
}

/** Another number of the same length and script, e.g. 2019 → 2017, ٢٤ → ٢٧. */
function otherFigure(e: Edit, digits: string): string {
  const cps = Array.from(digits);
  const idx = cps.map((c, i) => (DIGIT.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = idx[idx.length - 1 - Math.floor(e.ctx.rand() * Math.min(2, idx.length))]!;
  const zero = /[0-9]/.test(cps[i]!) ? 0x30 : 0x660;
  const d = cps[i]!.charCodeAt(0) - zero;
  cps[i] = String.fromCharCode(zero + ((d + 1 + Math.floor(e.ctx.rand() * 8)) % 10));
  return cps.join('');
}

function numbersIn(text: TrackedText, span: Span): Span[] {
  return words(text, span).flatMap((w) => {
    const out: Span[] = [];
    for (let i = w.start; i < w.end; i++) {
      if (!DIGIT.test(text.char(i))) continue;
      let j = i;
      while (j < w.end && (DIGIT.test(text.char(j)) || (/[,.]/.test(text.char(j)) && j + 1 < w.end && DIGIT.test(text.char(j + 1))))) j++;
      out.push({ start: i, end: j });
      i = j;
    }
    return out;
  });
}

const accented = (c: string) => LATIN.test(c) && COMBINING.test(c.normalize('NFD'));

const EDITS: Record<EditKind, (e: Edit) => void> = {
  'paragraph inserted'(e) {
    const n = 2 + Math.floor(e.ctx.rand() * 2);
    insertParagraph(e, Array.from({ length: n }, () => lookalikeSentence(e)).join(' '));
  },

  'paragraphs swapped'(e) {
    const ps = paragraphs(e.text);
    if (ps.length < 2) return;
    const k = Math.floor(e.ctx.rand() * (ps.length - 1));
    const [a, b] = [ps[k]!, ps[k + 1]!];
    e.touch(a);
    e.touch(b);
    e.text.rearrange(a.start, b.end, [[b.start, b.end], [a.end, b.start], [a.start, a.end]]);
  },

  'sentence deleted'(e) {
    const ps = paragraphs(e.text);
    const all = ps.flatMap((p, pi) => sentences(e.text, p).map((s, si, ss) => ({ ...s, pi, si, n: ss.length })));
    const s = e.pickAimed(all.filter((x) => (x.n > 1 || ps.length > 2) && !e.wasCopied(x))) as (typeof all)[number] | undefined;
    if (!s) return;
    e.touch(s);
    const p = ps[s.pi]!;
    const ss = sentences(e.text, p);
    if (s.n === 1) e.text.splice(s.pi + 1 < ps.length ? p.start : ps[s.pi - 1]!.end, s.pi + 1 < ps.length ? ps[s.pi + 1]!.start : p.end);
    else if (s.si === s.n - 1) e.text.splice(ss[s.si - 1]!.end, s.end);
    else e.text.splice(s.start, ss[s.si + 1]!.start);
  },

  'diacritics removed'(e) {
    const marked = allWords(e.text).filter((w) => {
      for (let i = w.start; i < w.end; i++) if (ARABIC_MARK.test(e.text.char(i)) || accented(e.text.char(i))) return true;
      return false;
    });
    const w = e.pickAimed(marked.filter((x) => LETTER.test(e.text.slice(x.start, x.end))));
    if (!w) return;
    e.touch(w);
    for (let i = w.end - 1; i >= w.start; i--) {
      const c = e.text.char(i);
      if (ARABIC_MARK.test(c)) e.text.splice(i, i + 1);
      else if (accented(c)) e.text.transliterate(i, c.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  },

  'digits switched'(e) {
    const n = e.pickAimed(numbersIn(e.text, { start: 0, end: e.text.length }));
    if (!n) return;
    e.touch(n);
    for (let i = n.start; i < n.end; i++) {
      const c = e.text.char(i).charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) e.text.transliterate(i, String.fromCharCode(0x660 + c - 0x30));
      else if (c >= 0x660 && c <= 0x669) e.text.transliterate(i, String.fromCharCode(0x30 + c - 0x660));
    }
  },

  'typo in a claimed word'(e) {
    const inClaims = allWords(e.text).filter((w) => e.claimed(w) && w.end - w.start >= 4 && !DIGIT.test(e.text.slice(w.start, w.end)));
    const w = e.pick(inClaims);
    if (!w) return;
    const letters = Array.from({ length: w.end - w.start - 2 }, (_, k) => w.start + 1 + k).filter((i) => LETTER.test(e.text.char(i)));
    const i = e.pick(letters);
    if (i === undefined) return;
    e.touch(w);
    const how = e.ctx.rand();
    if (how < 1 / 3) e.text.splice(i, i + 1); // a letter dropped
    else if (how < 2 / 3) e.text.splice(i, i, e.text.char(i)); // a letter doubled
    else e.text.rearrange(i - 1, i + 1, [[i, i + 1], [i - 1, i]]); // two letters transposed
  },

  'near-duplicate sentence, one figure changed'(e) {
    const withFigures = allSentences(e.text).filter((s) => numbersIn(e.text, s).length > 0);
    const s = e.pickAimed(withFigures);
    if (!s) return;
    const n = e.pick(numbersIn(e.text, s))!;
    const copy = e.text.slice(s.start, n.start) + otherFigure(e, e.text.slice(n.start, n.end)) + e.text.slice(n.end, s.end);
    e.markCopied(s);
    e.touchClaimsIn(s);
    // Never between the words of a claim that runs on into the next sentence: split in two, it has no right place to be drawn.
    const splits = e.hulls.some((h) => h && h.start < s.end && h.end > s.end);
    if (e.ctx.rand() < 0.5 && !splits) {
      e.touch({ start: s.end, end: s.end });
      e.text.splice(s.end, s.end, ` ${copy}`);
    } else insertParagraph(e, copy);
  },

  'word reworded near a claim'(e) {
    // A word within three of a claim's words, in no claim itself: the claim's context changes, its words do not
    // (typos are the edit inside claims). Dense claims may leave no such word beside one claim: try a few.
    let w: Span | undefined;
    for (let tries = 0; tries < 8 && !w; tries++) {
      const h = e.pick(e.hulls.filter((x): x is Span => x !== null));
      if (!h) return;
      const p = paragraphs(e.text).find((x) => x.start <= h.start && h.end <= x.end);
      if (!p) continue;
      const ws = words(e.text, p);
      const near = [...ws.filter((x) => x.end <= h.start).slice(-3), ...ws.filter((x) => x.start >= h.end).slice(0, 3)];
      w = e.pick(near.filter((x) => !e.claimed(x) && !DIGIT.test(e.text.slice(x.start, x.end))));
    }
    if (!w) return;
    const old = e.text.slice(w.start, w.end);
    let next = e.word();
    for (let k = 0; k < 5 && next === old; k++) next = e.word();
    e.touch(w);
    // Keep the punctuation that ends the word: it is the sentence's, not the word's.
    const tail = /[.,،!?؟:;”"]+$/u.exec(old)?.[0] ?? '';
    e.text.splice(w.start, w.end - Array.from(tail).length, next);
  },
};
