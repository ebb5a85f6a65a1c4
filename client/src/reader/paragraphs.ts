import { cpLength, OffsetIndex } from '../../../shared/text/codepoints.ts';
import { PARAGRAPH_SEPARATOR } from '../../../shared/domain/article.ts';

/**
 * Where each paragraph sits in the body text, in code points. The reader
 * renders paragraph i as <p data-start={start}> holding one text node, so a
 * DOM position (text node, UTF-16 offset) maps to a body offset as
 * start + index.toCodePoint(offset), and back.
 */
export interface ParagraphSpan {
  start: number;
  end: number;
  text: string;
  index: OffsetIndex;
}

const SEPARATOR_LENGTH = cpLength(PARAGRAPH_SEPARATOR);

export function paragraphSpans(body: readonly string[]): ParagraphSpan[] {
  let start = 0;
  return body.map((text) => {
    const index = new OffsetIndex(text);
    const span = { start, end: start + index.length, text, index };
    start = span.end + SEPARATOR_LENGTH;
    return span;
  });
}

/** The claims whose span covers body offset `offset` (end inclusive, as a caret there still touches the text). */
export function claimsAt<T extends { target: { position: { start: number; end: number } } }>(
  claims: readonly T[],
  offset: number,
): T[] {
  return claims.filter((c) => c.target.position.start <= offset && offset <= c.target.position.end);
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace; null if nothing is left. */
export function trimSpan(text: OffsetIndex, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const lead = cpLength(/^\s*/u.exec(slice)?.[0] ?? '');
  const trail = cpLength(/\s*$/u.exec(slice)?.[0] ?? '');
  const s = start + lead;
  const e = end - trail;
  return e > s ? { start: s, end: e } : null;
}
