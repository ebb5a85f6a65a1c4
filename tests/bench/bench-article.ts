import { SEED_BODY_PARAGRAPHS } from '../../shared/anchoring/fixtures/seed-body.ts';

/**
 * A long Arabic article built from the seed article's sentences, varied by
 * a seeded PRNG so that sentences differ, with deliberate lookalikes (a
 * sentence copied with a few words changed); and a corrected version of it
 * with the ground truth of where every word went. Words are tracked by
 * identity, so the truth for a claim is where its words really are now.
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Word {
  text: string;
  /** Stable identity across versions; inserted words get fresh ids. */
  id: number;
}
export interface Sentence {
  id: number;
  words: Word[];
  /** The sentence this one was copied from, with a few words changed. */
  lookalikeOf?: number;
}
export type Article = Sentence[][];

const SEED_SENTENCES = SEED_BODY_PARAGRAPHS.flatMap((p) => p.split(/(?<=\.)\s+/)).map((s) => s.replace(/\.$/, '').split(' '));
const VOCABULARY = [...new Set(SEED_SENTENCES.flat())];
const NUMBERS = ['24', '25', '2022', '2023', '2024', '9', '14'];

export class ArticleBuilder {
  readonly rand: () => number;
  private nextId = 1;
  readonly sentences: Sentence[] = [];

  constructor(seed: number) {
    this.rand = prng(seed);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }

  word(text: string): Word {
    return { text, id: this.nextId++ };
  }

  /** A seed sentence with words replaced and swapped, the odd number and emoji. */
  sentence(): Sentence {
    if (this.sentences.length > 10 && this.rand() < 0.2) return this.lookalike(this.pick(this.sentences));
    const words = [...this.pick(SEED_SENTENCES)];
    for (let k = 2 + Math.floor(this.rand() * 4); k > 0; k--) words[Math.floor(this.rand() * words.length)] = this.pick(VOCABULARY);
    for (let k = 1 + Math.floor(this.rand() * 2); k > 0; k--) {
      const i = Math.floor(this.rand() * (words.length - 1));
      [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
    }
    if (this.rand() < 0.3) words.splice(Math.floor(this.rand() * words.length), 0, this.pick(NUMBERS));
    if (this.rand() < 0.02) words.splice(Math.floor(this.rand() * words.length), 0, '🇷🇺');
    const s = { id: this.nextId++, words: words.map((w) => this.word(w)) };
    this.sentences.push(s);
    return s;
  }

  /** A copy of `of` with two or three words changed: the sentence a careless matcher confuses it with. */
  lookalike(of: Sentence): Sentence {
    const words = of.words.map((w) => w.text);
    for (let k = 2 + Math.floor(this.rand() * 2); k > 0; k--) words[Math.floor(this.rand() * words.length)] = this.pick(VOCABULARY);
    const s = { id: this.nextId++, words: words.map((w) => this.word(w)), lookalikeOf: of.id };
    this.sentences.push(s);
    return s;
  }

  paragraph(): Sentence[] {
    return Array.from({ length: 2 + Math.floor(this.rand() * 4) }, () => this.sentence());
  }

  article(minLength: number): Article {
    const paragraphs: Article = [];
    let length = 0;
    while (length < minLength) {
      const p = this.paragraph();
      paragraphs.push(p);
      length += render([p]).text.length + 2;
    }
    return paragraphs;
  }
}

/** The text, and the code point span of every word by id. */
export function render(article: Article): { text: string; spans: Map<number, { start: number; end: number }> } {
  const spans = new Map<number, { start: number; end: number }>();
  const parts: string[] = [];
  let cp = 0;
  const emit = (s: string) => {
    parts.push(s);
    cp += Array.from(s).length;
  };
  article.forEach((paragraph, p) => {
    if (p > 0) emit('\n\n');
    paragraph.forEach((sentence, s) => {
      if (s > 0) emit(' ');
      sentence.words.forEach((w, i) => {
        if (i > 0) emit(' ');
        const start = cp;
        emit(w.text);
        spans.set(w.id, { start, end: cp });
      });
      emit('.');
    });
  });
  return { text: parts.join(''), spans };
}

/** A typo: one interior letter dropped, or two neighbours swapped. */
export function typo(word: string, rand: () => number): string {
  const cps = Array.from(word);
  if (cps.length < 4) return word + word[word.length - 1];
  const i = 1 + Math.floor(rand() * (cps.length - 2));
  if (rand() < 0.5) cps.splice(i, 1);
  else [cps[i], cps[i - 1]] = [cps[i - 1]!, cps[i]!];
  return cps.join('');
}

const LETTER = /[\u0621-\u064A]/;
/** Adds a vowel mark after an Arabic letter (tanween on a final alef, as in عامًا). */
export function addDiacritic(word: string, rand: () => number): string {
  if (word.endsWith('ا') && word.length > 2) return word.slice(0, -1) + '\u064B' + 'ا';
  const i = 1 + Math.floor(rand() * Math.max(1, word.length - 1));
  return LETTER.test(word[i - 1] ?? '') ? word.slice(0, i) + '\u064E' + word.slice(i) : word;
}

/** ASCII digits to Arabic-Indic: 2023 → ٢٠٢٣. */
export const toArabicDigits = (w: string) => w.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
