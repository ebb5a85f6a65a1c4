import { paragraphs, words } from './text-structure.ts';
import type { TrackedText } from './tracked-text.ts';
import type { Span } from './verdict.ts';

/**
 * The claims a reviewer marks, as original code point spans, in three
 * kinds that stress anchoring differently:
 * - phrases of 1 to 10 words inside one paragraph;
 * - short phrases (one or two words) that occur more than once in the
 *   article, one occurrence chosen: only context and position tell it
 *   from its twins;
 * - spans that start and/or end inside a word (people select sloppily).
 */

export const CLAIM_MIX = { repeated: 0.2, midWord: 0.15 } as const;

const LETTER = /\p{L}/u;
/** Trailing punctuation is not part of a word when comparing occurrences. */
const bare = (w: string) => w.replace(/^[«“"(]+|[.,،:;!?؟»”")]+$/gu, '');

export function pickClaims(text: TrackedText, count: number, rand: () => number): Span[] {
  const perParagraph = paragraphs(text).map((p) => words(text, p)).filter((ws) => ws.length > 0);
  const wordText = (w: Span) => bare(text.slice(w.start, w.end));
  // Runs of one or two words, keyed by their text, that occur at least twice.
  const runs = new Map<string, Span[]>();
  for (const ws of perParagraph) {
    ws.forEach((w, i) => {
      const one = wordText(w);
      if (one.length >= 2 && LETTER.test(one)) runs.set(one, [...(runs.get(one) ?? []), { start: w.start, end: w.start + Array.from(one).length }]);
      const next = ws[i + 1];
      if (next) {
        const two = `${one} ${wordText(next)}`;
        runs.set(two, [...(runs.get(two) ?? []), { start: w.start, end: w.start + Array.from(two).length }]);
      }
    });
  }
  const repeated = [...runs.values()].filter((spans) => spans.length > 1);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const phrase = (maxWords: number): Span => {
    const ws = pick(perParagraph);
    const n = Math.min(ws.length, 1 + Math.floor(rand() * maxWords));
    const at = Math.floor(rand() * (ws.length - n + 1));
    return { start: ws[at]!.start, end: ws[at + n - 1]!.end };
  };

  const claims: Span[] = [];
  const seen = new Set<string>();
  for (let tries = 0; claims.length < count && tries < count * 50; tries++) {
    const r = rand();
    let span: Span;
    if (r < CLAIM_MIX.repeated && repeated.length) span = pick(pick(repeated));
    else if (r < CLAIM_MIX.repeated + CLAIM_MIX.midWord) {
      const p = phrase(4);
      const cut = () => Math.floor(rand() * 3);
      span = { start: p.start + cut(), end: p.end - cut() };
    } else span = phrase(10);
    const quote = text.slice(span.start, span.end);
    if (span.end - span.start < 2 || !LETTER.test(quote) || /^\s|\s$/u.test(quote)) continue;
    const key = `${span.start}-${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(span);
  }
  if (claims.length < count) throw new Error(`only ${claims.length} distinct claims found for ${count} wanted: the article is too short`);
  return claims;
}
