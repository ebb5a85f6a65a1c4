/**
 * A matching copy of a text, and the map from it back to the original.
 *
 * Fuzzy matching Arabic counts every diacritic as an edit, and a reader
 * searching "الاولويه" means "الأولوية"; so matching runs on a normalized
 * copy, and every match found there is mapped back to the original text,
 * which is what positions, highlights and exports refer to.
 *
 * What the normalization does, character by character:
 * - NFKC, so presentation forms and ligatures (ﻻ, ﷲ), full-width letters
 *   and compatibility digits match their plain letters;
 * - removes tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640);
 * - folds أ إ آ ٱ to ا, ى to ي, ة to ه;
 * - Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9)
 *   digits to ASCII digits;
 * - any white space to one space, and a run of white space to one space,
 *   except that a run holding a blank line (two line breaks: a paragraph
 *   break) becomes one PARAGRAPH SEPARATOR (U+2029), so a match never runs
 *   across a paragraph break as if it were a space.
 *
 * The mapping works in units. The original is cut into segments: a code
 * point plus the combining marks and tatweels after it. NFKC is applied per
 * segment, so it never composes across segment boundaries (which differs
 * from NFKC of the whole string only in rare cases such as conjoining
 * Hangul jamo). A unit is a segment whose output is not empty, together
 * with every following segment whose output is empty (a stray diacritic)
 * or is white space collapsed into it. Removed characters thus belong to
 * the letter BEFORE them, so a match ending on a letter takes that
 * letter's diacritics with it, and a match never starts on a diacritic.
 * Empty segments at the very start belong to the first unit.
 *
 * Guarantee (tested): for any normalized range [a, b), the original range
 * [A, B) = toOriginalRange(a, b) is made of whole units, and
 * normalizeForMatching(original.slice(A, B)).text equals
 * text.slice(toNormalized(A), toNormalized(B)), which is the smallest
 * range of whole units containing [a, b) (equal to [a, b) unless a or b
 * falls inside a unit whose output is several characters, like ﻻ → لا).
 * All maps are monotonic and stay within the bounds of their text.
 */

/** What a paragraph break (a blank line, or U+2029 itself) becomes in the matching copy. */
export const PARAGRAPH_BREAK = '\u2029';

export interface NormalizedText {
  readonly original: string;
  /** The matching copy. */
  readonly text: string;
  /** Original UTF-16 range of normalized range [start, end), widened to whole units. */
  toOriginalRange(start: number, end: number): { start: number; end: number };
  /**
   * Normalized offset of original UTF-16 offset `offset`: the start of the
   * unit containing it (an offset inside a unit rounds down), or with
   * `bias: 'end'`, the end of the unit (an offset inside a unit rounds up).
   */
  toNormalized(offset: number, bias?: 'start' | 'end'): number;
}

/**
 * Folds one code unit of NFKC output: '' when removed, ' ' for white space
 * (what /\s/ matches), the folded letter or digit, or null when it stays as
 * it is. The one place these rules live: anchoring, find and the claim
 * index all fold through it. No surrogate is folded, so folding code unit
 * by code unit equals folding code point by code point.
 */
function foldedUnit(code: number): string | null {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : null;
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  // أ إ آ ٱ → ا, ى → ي, ة → ه
  if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) return 'ا';
  if (code === 0x0649) return 'ي';
  if (code === 0x0629) return 'ه';
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff) return ' ';
  return null;
}

/** Folds one character (a single code unit) of NFKC output. */
function foldChar(c: string): string {
  return foldedUnit(c.charCodeAt(0)) ?? c;
}

/**
 * Single code units whose NFKC form is themselves, so the hot path skips
 * String.prototype.normalize: ASCII and the Arabic letters, tatweel,
 * tashkeel and digits. (Not all of U+0600–06FF: ٵ U+0675, for one, has a
 * compatibility decomposition.)
 */
function isNfkcStable(code: number): boolean {
  return code < 0x80 || (code >= 0x0621 && code <= 0x065f) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/**
 * foldChar over a whole string, with runs of white space collapsed. Works
 * on code units and copies unchanged runs whole: every claim is folded when
 * the term index catches up, and most characters (letters, ASCII) stay as
 * they are.
 */
function fold(s: string): string {
  let out = '';
  let from = 0;
  let endsWithSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const f = foldedUnit(code);
    if (f === null) {
      endsWithSpace = false;
      continue;
    }
    // A plain space after something other than a space stays in the run being copied.
    if (code === 0x20 && !endsWithSpace) {
      endsWithSpace = true;
      continue;
    }
    out += s.slice(from, i);
    from = i + 1;
    if (f === ' ') {
      if (!endsWithSpace) out += ' ';
      endsWithSpace = true;
    } else if (f !== '') {
      out += f;
      endsWithSpace = false;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The output of one segment: NFKC, then folding, with inner white space
 * collapsed. Removing a tatweel or a diacritic can bring a letter and a
 * mark together that NFKC composes ("a", tatweel, acute), so this repeats
 * until nothing changes: normalizing a normalized text changes nothing.
 */
function segmentOutput(segment: string, cache: Map<string, string>): string {
  if (segment.length === 1 && isNfkcStable(segment.charCodeAt(0))) return foldChar(segment);
  const cached = cache.get(segment);
  if (cached !== undefined) return cached;
  let out = fold(segment.normalize('NFKC'));
  for (let round = 0, next = fold(out.normalize('NFKC')); next !== out && round < 3; round++, next = fold(out.normalize('NFKC'))) out = next;
  cache.set(segment, out);
  return out;
}

const MARK = /\p{M}/u;

/** Length in code units of the code point at `i` (2 for a valid surrogate pair). */
function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * End of the segment starting at `i`: one code point and the combining
 * marks and tatweels after it (a tatweel stretches the letter before it).
 */
function segmentEnd(s: string, i: number): number {
  let j = i + codePointLength(s, i);
  while (j < s.length) {
    const code = s.charCodeAt(j);
    if (code === 0x0640) {
      j++;
      continue;
    }
    // Fast exit: ASCII and the Arabic letters are never marks.
    if (code < 0x300 || (code >= 0x0621 && code <= 0x064a)) break;
    const n = codePointLength(s, j);
    if (!MARK.test(s.slice(j, j + n))) break;
    j += n;
  }
  return j;
}

export function normalizeForMatching(original: string): NormalizedText {
  const cache = new Map<string, string>();
  const unitOrig: number[] = []; // original start of each unit
  const unitNorm: number[] = []; // normalized start of each unit
  const parts: string[] = [];
  const unitOfChar: number[] = []; // unit of each normalized code unit
  let lastIsSpace = false;
  // Line breaks in the current run of white space, and where its one output character is.
  let breaks = 0;
  let runPart = -1;
  let runPos = 0;

  for (let i = 0; i < original.length; ) {
    const end = segmentEnd(original, i);
    let out = segmentOutput(original.slice(i, end), cache);
    if (out.startsWith(' ')) {
      if (!lastIsSpace) breaks = 0;
      for (let k = i; k < end; k++) {
        const c = original.charCodeAt(k);
        if (c === 10) breaks++;
        else if (c === 0x2029) breaks += 2;
      }
    }
    // White space after white space collapses into the earlier unit; a blank line in the run makes it a paragraph break.
    if (lastIsSpace && out.startsWith(' ')) {
      out = out.slice(1);
      const part = parts[runPart];
      if (breaks >= 2 && part !== undefined) parts[runPart] = part.slice(0, runPos) + PARAGRAPH_BREAK + part.slice(runPos + 1);
    } else if (out !== '') {
      // Where this run's one white space character is: first in the unit's output, or last ("x " from NFKC).
      if (out.startsWith(' ')) [runPart, runPos] = [parts.length, 0];
      else if (out.endsWith(' ')) [runPart, runPos] = [parts.length, out.length - 1];
      if (breaks >= 2 && out.startsWith(' ')) out = PARAGRAPH_BREAK + out.slice(1);
      unitOrig.push(unitOrig.length === 0 ? 0 : i);
      unitNorm.push(unitOfChar.length);
    }
    if (out !== '') {
      parts.push(out);
      for (let k = 0; k < out.length; k++) unitOfChar.push(unitOrig.length - 1);
      lastIsSpace = out.endsWith(' ') || out.endsWith(PARAGRAPH_BREAK);
    }
    i = end;
  }

  const text = parts.join('');
  const origStarts = Uint32Array.from(unitOrig);
  const normStarts = Uint32Array.from(unitNorm);
  const unitOf = Uint32Array.from(unitOfChar);
  const units = origStarts.length;
  const origEndOf = (u: number) => (u + 1 < units ? origStarts[u + 1]! : original.length);
  const normEndOf = (u: number) => (u + 1 < units ? normStarts[u + 1]! : text.length);

  /** Index of the unit containing original offset `o` (0 <= o < original.length, units > 0). */
  function unitAt(o: number): number {
    let lo = 0;
    let hi = units - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (origStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  return {
    original,
    text,
    toOriginalRange(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
        throw new RangeError(`normalized range ${start}..${end} outside 0..${text.length}`);
      }
      const at = (n: number) => (n < text.length ? origStarts[unitOf[n]!]! : original.length);
      if (start === end) return { start: at(start), end: at(start) };
      return { start: at(start), end: origEndOf(unitOf[end - 1]!) };
    },
    toNormalized(offset, bias = 'start') {
      if (!Number.isInteger(offset) || offset < 0 || offset > original.length) {
        throw new RangeError(`original offset ${offset} outside 0..${original.length}`);
      }
      if (offset === original.length || units === 0) return offset === 0 ? 0 : text.length;
      const u = unitAt(offset);
      if (bias === 'end' && offset > origStarts[u]!) return normEndOf(u);
      return normStarts[u]!;
    },
  };
}

/** Just the matching copy of a (short) string: a quote, its context, a query. */
export function normalizedString(s: string): string {
  return normalizeForMatching(s).text;
}

/**
 * The matching form of a string without its offset map, for index terms and
 * keys: the same folding as normalizedString at a fraction of the cost (a
 * claim index built at start-up folds every claim). NFKC runs over the whole
 * string rather than per letter, which differs only in rare cases such as
 * conjoining Hangul jamo, and a blank line stays white space.
 */
export function foldedString(s: string): string {
  // Most text (Arabic and ASCII, with typographic quotes and dashes) is its own NFKC, and so is its folding: one pass.
  let stable = true;
  for (let i = 0; i < s.length && stable; i++) {
    const code = s.charCodeAt(i);
    stable = isNfkcStable(code) || (code >= 0x2013 && code <= 0x201d && code !== 0x2017 && code !== 0x201b);
  }
  if (stable) return fold(s);
  let out = fold(s.normalize('NFKC'));
  for (let round = 0, next = fold(out.normalize('NFKC')); next !== out && round < 3; round++, next = fold(out.normalize('NFKC'))) out = next;
  return out;
}
