import { normalizedString } from '../text/normalize.ts';
import type { Token } from './types.ts';

/**
 * Sentences and words of a paragraph. Sentence breaks come from
 * Intl.Segmenter (ICU's rules: it knows the Arabic question mark and does not
 * break at the Arabic comma, nor after a decimal point); words and
 * punctuation marks are cut by one regular expression, which keeps figures
 * like "14,000", "1.2" and "$9.6" and clitics like "بـ" together.
 */

export interface Sentence {
  /** UTF-16 offsets over the body text. */
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * A word: letters, marks (Arabic diacritics), digits, with inner dots,
 * commas, apostrophes or hyphens ("14,000", "city’s", "light-rail"); a
 * currency sign stays with its figure. Anything else that is not white space
 * is a token of its own.
 */
const TITLES = 'Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|St|Jr|Sr';
/** An initial or a title before a name ("J. Park", "Dr. Lee") is one word with its dot, so a name is not cut at it. */
const TOKEN = new RegExp(`(?:\\p{Lu}|${TITLES})\\.(?=\\s\\p{Lu})|[$€£]?[\\p{L}\\p{M}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{M}\\p{N}]+)*%?|\\S`, 'gu');
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * ICU breaks after any capital letter and dot, so "Mayor J. Ortiz" and
 * "Gen. Smith" would be cut in two: a break after an initial or a title is
 * undone.
 */
const NO_BREAK_AFTER = new RegExp(`(?:^|[\\s(])(?:\\p{Lu}|${TITLES}|No|Inc|Corp|Co|U\\.S|U\\.N|U\\.K|E\\.U)\\.\\s*$`, 'u');

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    tokens.push({ text: t, norm: normalizedString(t).toLowerCase(), start: offset + m.index, end: offset + m.index + t.length, word: WORDISH.test(t) });
  }
  return tokens;
}

/** The sentences of one paragraph that starts at `offset` in the body text. */
export function sentencesOf(paragraph: string, offset: number, lang: string): Sentence[] {
  const spans: Array<{ start: number; end: number }> = [];
  let pending: { start: number; end: number } | null = null;
  for (const seg of sentenceSegmenter(lang).segment(paragraph)) {
    const start: number = pending ? pending.start : seg.index;
    const end = seg.index + seg.segment.length;
    if (NO_BREAK_AFTER.test(paragraph.slice(start, end))) {
      pending = { start, end };
      continue;
    }
    pending = null;
    spans.push({ start, end });
  }
  if (pending) spans.push(pending);
  const sentences: Sentence[] = [];
  for (const { start, end } of spans) {
    const tokens = tokenize(paragraph.slice(start, end), offset + start);
    if (tokens.length > 0) sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  }
  return sentences;
}

/** Quotation marks, both directions; the straight ones open or close by turn. */
export const OPENING_QUOTES = new Set(['“', '«', '„', '‘', '"']);
export const CLOSING_QUOTES = new Set(['”', '»', '’', '"']);
export const COMMAS = new Set([',', '،', ';', '؛']);
export const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '…']);

export function isComma(t: Token | undefined): boolean {
  return !!t && COMMAS.has(t.text);
}
