import { CLOSING_QUOTES, OPENING_QUOTES } from './segment.ts';
import type { Token } from './types.ts';

/**
 * The claimed content's edges. A content runs to the next attribution in
 * its sentence or to the sentence's end; its edges then lose punctuation
 * and linking words ("فيما", "and") that belong to what follows, and keep a
 * quotation mark only with its partner, so a captured claim reads as the
 * words someone said.
 */

/** Fewer words than this is a fragment, not a claim. */
export const MIN_CONTENT_WORDS = 2;

function quoteBalance(tokens: readonly Token[], start: number, end: number): { opens: number; closes: number; straight: number } {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!.text;
    if (t === '"') straight++;
    else if (OPENING_QUOTES.has(t)) opens++;
    else if (CLOSING_QUOTES.has(t)) closes++;
  }
  return { opens, closes, straight };
}

/** Trims [start, end) of a content; null when too little is left. */
export function trimContent(tokens: readonly Token[], start: number, end: number, linking: ReadonlySet<string>): { start: number; end: number } | null {
  for (;;) {
    const first = tokens[start];
    if (start < end && first && !first.word && !OPENING_QUOTES.has(first.text)) start++;
    else break;
  }
  for (;;) {
    const last = tokens[end - 1];
    if (end > start && last && ((!last.word && !CLOSING_QUOTES.has(last.text)) || linking.has(last.norm))) end--;
    else break;
  }
  // A quotation mark at an edge without its partner inside belongs to a quote around the content, or after it.
  const b = quoteBalance(tokens, start, end);
  const last = tokens[end - 1];
  if (end > start && last && CLOSING_QUOTES.has(last.text) && (last.text === '"' ? b.straight % 2 === 1 : b.closes > b.opens)) end--;
  const first = tokens[start];
  const b2 = quoteBalance(tokens, start, end);
  if (end > start && first && OPENING_QUOTES.has(first.text) && (first.text === '"' ? b2.straight % 2 === 1 : b2.opens > b2.closes)) start++;
  let words = 0;
  for (let k = start; k < end; k++) if (tokens[k]!.word) words++;
  return words >= MIN_CONTENT_WORDS ? { start, end } : null;
}
