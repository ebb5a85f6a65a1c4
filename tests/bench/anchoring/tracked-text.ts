/**
 * A text that remembers, for every code point, which code point of the
 * original article it came from: the ground truth of the anchoring
 * benchmark. Edits say what they do to characters (delete, insert, move,
 * transliterate), never what they do to claims, so the truth for a claim
 * follows from its own characters alone and cannot be biased towards any
 * anchoring method.
 */

/** Origin of a code point typed by an editor rather than kept from the original. */
export const INSERTED = -1;

export class TrackedText {
  /** One code point per entry. */
  private chars: string[];
  /** from[i] = index of the original code point chars[i] came from, or INSERTED. */
  private from: number[];

  private constructor(chars: string[], from: number[]) {
    this.chars = chars;
    this.from = from;
  }

  /** The original article: every code point is its own origin. */
  static original(text: string): TrackedText {
    const chars = Array.from(text);
    return new TrackedText(chars, chars.map((_, i) => i));
  }

  clone(): TrackedText {
    return new TrackedText([...this.chars], [...this.from]);
  }

  get length(): number {
    return this.chars.length;
  }

  get text(): string {
    return this.chars.join('');
  }

  char(i: number): string {
    return this.chars[i]!;
  }

  /** Code points [start, end) as a string. */
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  origin(i: number): number {
    return this.from[i]!;
  }

  /** Deletes [start, end) and puts `text` there; its code points are INSERTED. */
  splice(start: number, end: number, text = ''): void {
    this.check(start, end);
    const chars = Array.from(text);
    this.chars.splice(start, end - start, ...chars);
    this.from.splice(start, end - start, ...chars.map(() => INSERTED));
  }

  /** The same character written differently (a digit in another script, é as e): it keeps its origin. */
  transliterate(i: number, char: string): void {
    this.check(i, i + 1);
    if (Array.from(char).length !== 1) throw new Error(`transliterate takes one code point, got ${JSON.stringify(char)}`);
    this.chars[i] = char;
  }

  /**
   * Replaces [start, end) by the concatenation of `pieces`, each a range of
   * the current text: characters moved (paragraphs swapped, letters
   * transposed) keep their origin.
   */
  rearrange(start: number, end: number, pieces: ReadonlyArray<readonly [number, number]>): void {
    this.check(start, end);
    const chars: string[] = [];
    const from: number[] = [];
    for (const [s, e] of pieces) {
      this.check(s, e);
      chars.push(...this.chars.slice(s, e));
      from.push(...this.from.slice(s, e));
    }
    this.chars.splice(start, end - start, ...chars);
    this.from.splice(start, end - start, ...from);
  }

  /** Where each original code point is now (-1 when deleted), for `originalLength` original code points. */
  positions(originalLength: number): Int32Array {
    const at = new Int32Array(originalLength).fill(-1);
    this.from.forEach((o, i) => {
      if (o !== INSERTED) at[o] = i;
    });
    return at;
  }

  private check(start: number, end: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > this.chars.length) {
      throw new RangeError(`range ${start}-${end} outside 0..${this.chars.length}`);
    }
  }
}
