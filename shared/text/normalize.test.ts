import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { foldedString, normalizeForMatching, normalizedString } from './normalize.ts';

describe('normalizeForMatching: the matching copy', () => {
  it.each([
    ['hamza forms fold to bare alef', 'أإآٱ', 'اااا'],
    ['alef maqsura to ya, ta marbuta to ha', 'على الأولوية', 'علي الاولويه'],
    ['tanween and other tashkeel are removed', 'عامًا مُهِمَّة', 'عاما مهمه'],
    ['superscript alef is removed', 'هٰذا', 'هذا'],
    ['tatweel is removed', 'عـــام', 'عام'],
    ['Arabic-Indic digits become ASCII', '٢٠٢٣', '2023'],
    ['Eastern Arabic-Indic digits become ASCII', '۲۰۲۳', '2023'],
    ['runs of white space become one space', 'a \t\n\u00a0 b c', 'a b c'],
    ['a run holding a blank line (a paragraph break) becomes one paragraph separator, never a space', 'a \t\n\u00a0 b\n\nc \n \n d\u2029e', 'a b\u2029c\u2029d\u2029e'],
    ['lam-alef ligature (NFKC)', 'ﻻ', 'لا'],
    ['presentation forms (NFKC)', 'ﺑﻮﺗﻴﻦ', 'بوتين'],
    ['full-width letters and digits (NFKC)', 'ＰＵＴＩＮ ２０２４', 'PUTIN 2024'],
    ['the fi ligature (NFKC)', 'ﬁle', 'file'],
    ['English text is left alone', 'The Pentagon accused Moscow.', 'The Pentagon accused Moscow.'],
    ['emoji are left alone', 'قال 😀 إن', 'قال 😀 ان'],
    ['an isolated tanween form is white space after NFKC', 'a\uFE70b', 'a b'],
    ['only diacritics: nothing', 'ًٌٍ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizedString(input)).toBe(expected);
  });
});

describe('normalizeForMatching: mapping back to the original', () => {
  it('a match ending on a letter takes its diacritics with it', () => {
    const n = normalizeForMatching('منذ 25 عامًا، بعد');
    const i = n.text.indexOf('عاما');
    const r = n.toOriginalRange(i, i + 4);
    expect(n.original.slice(r.start, r.end)).toBe('عامًا');
  });

  it('a match never starts on a removed diacritic', () => {
    const original = 'مُهِمَّة';
    const n = normalizeForMatching(original);
    expect(n.text).toBe('مهمه');
    // "همه" starts at the letter ه, after the damma on م.
    const r = n.toOriginalRange(1, 4);
    expect(original.slice(r.start, r.end)).toBe('هِمَّة');
  });

  it('a collapsed space maps back to the whole run', () => {
    const n = normalizeForMatching('وثائق  \n مهمة');
    expect(n.text).toBe('وثائق مهمه');
    expect(n.toOriginalRange(5, 6)).toEqual({ start: 5, end: 9 });
  });

  it('white space that NFKC makes out of a symbol collapses into the space before it, and maps back with it', () => {
    const n = normalizeForMatching('a \u00a8b');
    expect(n.text).toBe('a \u0308b');
    expect(n.toOriginalRange(2, 3)).toEqual({ start: 1, end: 3 });
    expect(normalizedString(' \u00a8')).toBe(n.text.slice(1, 3));
  });

  it('part of a ligature widens to the whole ligature', () => {
    const n = normalizeForMatching('xﻻy');
    expect(n.text).toBe('xلاy');
    expect(n.toOriginalRange(1, 2)).toEqual({ start: 1, end: 2 });
    expect(n.toOriginalRange(2, 3)).toEqual({ start: 1, end: 2 });
  });

  it('offsets after an emoji count its two UTF-16 units', () => {
    const n = normalizeForMatching('😀 الأولى');
    expect(n.toOriginalRange(3, 9)).toEqual({ start: 3, end: 9 });
    expect(n.toNormalized(3)).toBe(3);
  });

  it('original offsets map forward, rounding inside a letter with diacritics', () => {
    const n = normalizeForMatching('عامًا x');
    expect(n.text).toBe('عاما x');
    expect(n.toNormalized(3)).toBe(2); // between م and its tanween: the start of م
    expect(n.toNormalized(3, 'end')).toBe(3); // or its end
    expect(n.toNormalized(4)).toBe(3);
    expect(n.toNormalized(7)).toBe(6);
  });

  it('rejects ranges outside the text', () => {
    const n = normalizeForMatching('abc');
    expect(() => n.toOriginalRange(2, 1)).toThrow(RangeError);
    expect(() => n.toOriginalRange(0, 4)).toThrow(RangeError);
    expect(() => n.toNormalized(4)).toThrow(RangeError);
  });
});

/** Pieces the random texts are made of: everything the normalization treats specially. */
const PIECES = [
  'ا', 'ب', 'ت', 'م', 'ع', 'ل', 'ه', 'ي', 'و', 'ك', // letters
  'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', // folded letters
  '\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', // tashkeel, superscript alef, tatweel
  '٠', '٢', '٩', '۱', '۵', '0', '7', // digits
  ' ', '  ', '\n\n', '\t', '\u00a0', '\u3000', // white space
  '😀', '👍🏽', '🇸🇦', '𝐀', // astral
  'ﻻ', 'ﷲ', 'ﺑ', 'Ａ', 'ｚ', 'ﬁ', '\u00a8', '\uFE70', '\uFC5E', 'e\u0301', '\u0301', // NFKC-affected
  'a', 'Z', '.', '،', '“', '"', // plain
];
/** The pieces where units merge: white space, and characters whose NFKC form starts with a space. */
const TRICKY = [' ', '\n', '\u00a8', '\uFE70', '\uFC5E', '\u0651', '\u0640', 'ﻻ'];
const arbitraryText = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 3 }, { arbitrary: fc.constantFrom(...TRICKY), weight: 1 }), { maxLength: 40 })
  .map((xs) => xs.join(''));

describe('normalizeForMatching: properties of the offset map', () => {
  it('every normalized range maps back to whole units whose normalization is that range, widened to units', () => {
    // The invariant: for a < b and [A, B) = toOriginalRange(a, b),
    //   normalize(original[A, B)) === text[toNormalized(A), toNormalized(B)),
    //   toNormalized(A) <= a < b <= toNormalized(B), and 0 <= A < B <= original.length.
    // An empty range [a, a) maps to an empty range at the start of the unit holding a.
    fc.assert(
      fc.property(arbitraryText, fc.nat(), fc.nat(), (original, x, y) => {
        const n = normalizeForMatching(original);
        const len = n.text.length;
        const a = Math.min(x, y) % (len + 1);
        const b = a + (Math.max(x, y) % (len + 1 - a));
        const r = n.toOriginalRange(a, b);
        expect(0 <= r.start && r.start <= r.end && r.end <= original.length).toBe(true);
        if (a === b) {
          expect(r.end).toBe(r.start);
          expect(n.toNormalized(r.start)).toBeLessThanOrEqual(a);
          return;
        }
        expect(r.start).toBeLessThan(r.end);
        const na = n.toNormalized(r.start);
        const nb = n.toNormalized(r.end);
        expect(na <= a && b <= nb).toBe(true);
        expect(normalizedString(original.slice(r.start, r.end))).toBe(n.text.slice(na, nb));
      }),
      { numRuns: 300 },
    );
  });

  it('ranges of single normalized characters tile the original and their normalizations rebuild the text', () => {
    fc.assert(
      fc.property(arbitraryText, (original) => {
        const n = normalizeForMatching(original);
        let prevStart = 0;
        let prevEnd = 0;
        for (let i = 0; i < n.text.length; i++) {
          const r = n.toOriginalRange(i, i + 1);
          // Monotonic: starts and ends never go back.
          expect(r.start).toBeGreaterThanOrEqual(prevStart);
          expect(r.end).toBeGreaterThanOrEqual(prevEnd);
          expect(r.end).toBeGreaterThan(r.start);
          prevStart = r.start;
          prevEnd = r.end;
        }
        if (n.text.length > 0) {
          expect(n.toOriginalRange(0, n.text.length)).toEqual({ start: 0, end: original.length });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forward mapping is monotonic, within bounds, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(arbitraryText, (original) => {
        const n = normalizeForMatching(original);
        let prev = 0;
        for (let o = 0; o <= original.length; o++) {
          const s = n.toNormalized(o);
          const e = n.toNormalized(o, 'end');
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(s <= e && e <= n.text.length).toBe(true);
          prev = s;
        }
        for (let i = 0; i < n.text.length; i++) {
          const { start, end } = n.toOriginalRange(i, i + 1);
          for (const at of [start, end]) {
            const c = original.charCodeAt(at);
            expect(at < original.length && c >= 0xdc00 && c <= 0xdfff).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('normalizing twice changes nothing', () => {
    fc.assert(
      fc.property(arbitraryText, (original) => {
        const once = normalizedString(original);
        expect(normalizedString(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('folding one character (every code unit of the Basic Multilingual Plane)', () => {
  // The rules as the module comment states them, written out independently of the code.
  const LETTERS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };
  const expected = (c: string): string => {
    const code = c.charCodeAt(0);
    if (/\s/.test(c)) return ' ';
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return '';
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return LETTERS[c] ?? c;
  };
  it('removes tashkeel and tatweel, folds the hamza forms, ى, ة and the Arabic digits, makes any white space a space, and leaves the rest', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      // Characters NFKC changes are folded after NFKC, which other tests cover.
      if (c.normalize('NFKC') !== c) continue;
      const want = expected(c);
      // Between two bars (nothing composes with them), so a removed character or a space is seen in place.
      const got = foldedString(`|${c}|`);
      if (got !== `|${want}|`) wrong.push(`U+${code.toString(16).padStart(4, '0')}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});
