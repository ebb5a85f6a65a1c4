import { normalizedString } from '../text/normalize.ts';

/**
 * The units the alignment of two texts compares (text-alignment.ts):
 * tokens (words, runs of spaces, line and paragraph breaks, single
 * punctuation) keyed by their matching form, and the items they make
 * (paragraphs, sentences) for the coarse diffs that anchor the finer ones.
 */

export interface Token {
  start: number;
  end: number;
  key: string;
  word: boolean;
  paragraph: number;
}

// No text token is a line break, so this key is the paragraph break's alone.
export const PARAGRAPH_BREAK = '\n\n';
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Character classes by UTF-16 unit, filled as met: 1 word, 2 white space, 3 line break, 4 other. */
const classes = new Uint8Array(0x10000);
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c === 10 ? 3 : WORD_CHAR.test(ch) ? 1 : /\s/.test(ch) ? 2 : 4;
    // Astral characters (a surrogate pair) are single "other" tokens.
    if (c >= 0xd800 && c <= 0xdfff) k = 4;
    classes[c] = k;
  }
  return k;
}

/**
 * Words (letters, digits, marks, tatweel), runs of spaces, a line break, a
 * paragraph break (a blank line), or one other character (a surrogate
 * pair whole). Scanned by hand: a Unicode-class regex took a third of the
 * alignment's time on a 50,000-character article.
 */
export function tokenize(text: string, keys: Map<string, string>): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  for (let i = 0; i < text.length; ) {
    const k = classOf(text, i);
    let j = i + 1;
    let key: string;
    if (k === 1 || k === 2) {
      while (j < text.length && classOf(text, j) === k) j++;
      if (k === 2) key = ' ';
      else {
        const raw = text.slice(i, j);
        key = keys.get(raw) ?? normalizedString(raw);
        keys.set(raw, key);
      }
    } else if (k === 3) {
      // A blank line (spaces allowed on it) is a paragraph break, with the white space after it.
      let m = j;
      while (m < text.length && classOf(text, m) === 2) m++;
      if (m < text.length && classOf(text, m) === 3) {
        j = m + 1;
        while (j < text.length && classOf(text, j) >= 2 && classOf(text, j) <= 3) j++;
        key = PARAGRAPH_BREAK;
      } else key = '\n';
    } else {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && j < text.length && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
      const raw = text.slice(i, j);
      key = keys.get(raw) ?? normalizedString(raw);
      keys.set(raw, key);
    }
    tokens.push({ start: i, end: j, key, word: k === 1 && WORD_START.test(key), paragraph });
    if (key === PARAGRAPH_BREAK) paragraph++;
    i = j;
  }
  return tokens;
}

/** A paragraph or a sentence (or the break after it), as one item of a coarse diff. */
export interface Item {
  from: number;
  to: number;
  key: string;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';', '\n']);

/**
 * Tokens [from, to) cut into items: at paragraph breaks (each break an
 * item of its own) and, with `sentences`, after a sentence's last mark.
 */
export function itemsOf(tokens: readonly Token[], from: number, to: number, sentences: boolean): Item[] {
  const items: Item[] = [];
  let start = from;
  const close = (end: number) => {
    if (end > start) items.push({ from: start, to: end, key: tokens.slice(start, end).map((t) => t.key).join('\u0001') });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const key = tokens[i]!.key;
    if (key === PARAGRAPH_BREAK) {
      close(i);
      close(i + 1);
    } else if (sentences && SENTENCE_END.has(key)) close(i + 1);
    // The space between two sentences is an item of its own: a sentence at a paragraph's start has none before it.
    else if (sentences && key === ' ' && i === start) close(i + 1);
  }
  close(to);
  return items;
}

/** Words in an item. */
export const wordsIn = (t: readonly Token[], it: Item) => {
  let n = 0;
  for (let k = it.from; k < it.to; k++) if (t[k]!.word) n++;
  return n;
};

/** Token indexes of each paragraph (breaks left out), in order. */
export function paragraphsOf(tokens: readonly Token[]): Map<number, number[]> {
  const paragraphs = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    if (t.key === PARAGRAPH_BREAK) return;
    const list = paragraphs.get(t.paragraph);
    if (list) list.push(i);
    else paragraphs.set(t.paragraph, [i]);
  });
  return paragraphs;
}

/**
 * The figures among word keys, as one comparable string: two sentences
 * (paragraphs) with other figures make other statements, whatever words
 * they share.
 */
export const figuresOf = (keys: Iterable<string>) => [...new Set([...keys].filter((k) => /\d/.test(k)))].sort().join(' ');

export const wordCount = (tokens: readonly Token[], list: readonly number[]) => list.reduce((n, i) => n + (tokens[i]!.word ? 1 : 0), 0);
