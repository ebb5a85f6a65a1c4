import type { TrackedText } from './tracked-text.ts';
import type { Span } from './verdict.ts';

/**
 * Paragraphs, sentences and words of a tracked text, in code points, read
 * off the text itself each time (edits change them). The article body is
 * paragraphs joined by a blank line, as the product stores it; a sentence
 * ends with . ! ? or ؟ followed by a space or the paragraph's end.
 */

const SENTENCE_END = /[.!?؟]/u;
const SPACE = /\s/u;

export function paragraphs(text: TrackedText): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text.char(i) === '\n' && text.char(i + 1) === '\n') {
      out.push({ start, end: i });
      start = i + 2;
      i++;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

export function sentences(text: TrackedText, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (SENTENCE_END.test(text.char(i)) && i + 1 < paragraph.end && text.char(i + 1) === ' ') {
      out.push({ start, end: i + 1 });
      start = i + 2;
      i++;
    }
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end });
  return out;
}

/** Runs of non-space code points within `span`. */
export function words(text: TrackedText, span: Span): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = span.start; i <= span.end; i++) {
    const space = i === span.end || SPACE.test(text.char(i));
    if (space && start !== -1) {
      out.push({ start, end: i });
      start = -1;
    } else if (!space && start === -1) start = i;
  }
  return out;
}

export const allSentences = (text: TrackedText): Span[] => paragraphs(text).flatMap((p) => sentences(text, p));
export const allWords = (text: TrackedText): Span[] => paragraphs(text).flatMap((p) => words(text, p));

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
