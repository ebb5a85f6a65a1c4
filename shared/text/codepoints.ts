/**
 * Positions in the API and in exports count Unicode code points, as the W3C
 * Web Annotation model requires; JavaScript strings index UTF-16 code units.
 * An emoji (two code units) before a claim must not shift it, so every
 * conversion between the two goes through here.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Number of code points in `text`. */
export function cpLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Maps between code point offsets and UTF-16 offsets of one text. Built once
 * per text; for text without astral characters both are the identity.
 */
export class OffsetIndex {
  readonly text: string;
  readonly length: number;
  /** utf16Of[cp] = UTF-16 offset of code point cp; null when the text has no surrogates. */
  private readonly utf16Of: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      this.utf16Of = null;
      this.length = text.length;
      return;
    }
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
      offsets.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    this.length = offsets.length;
    offsets.push(text.length);
    this.utf16Of = Uint32Array.from(offsets);
  }

  /** UTF-16 offset of code point offset `cp` (0..length). */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) throw new RangeError(`code point offset ${cp} outside 0..${this.length}`);
    return this.utf16Of ? this.utf16Of[cp]! : cp;
  }

  /**
   * Code point offset of UTF-16 offset `u`. An offset inside a surrogate pair
   * (never produced by a real selection) rounds down to the pair's start.
   */
  toCodePoint(u: number): number {
    if (!Number.isInteger(u) || u < 0 || u > this.text.length) throw new RangeError(`UTF-16 offset ${u} outside 0..${this.text.length}`);
    const map = this.utf16Of;
    if (!map) return u;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text between two code point offsets. */
  slice(startCp: number, endCp: number): string {
    return this.text.slice(this.toUtf16(startCp), this.toUtf16(endCp));
  }
}
