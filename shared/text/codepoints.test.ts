import { describe, it, expect } from 'vitest';
import { cpLength, OffsetIndex } from './codepoints.ts';

/**
 * Reference implementations built on the string iterator, which walks code
 * points: the UTF-16 offset of code point `cp`, and the code point slice.
 */
const refUtf16 = (text: string, cp: number): number => Array.from(text).slice(0, cp).join('').length;
const refSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

const ASCII = 'The Pentagon accused Moscow.';
/** Tanween (U+064B) is a combining mark: its own code point, in the BMP. */
const ARABIC = 'كانت أول زيارة له قبل حوالي 25 عامًا، بعد وقت قصير';
const EMOJI_BEFORE = '😀 وثائق مهمة';
/** Astral characters before and inside a span: a skin-toned thumb (2 code points) and a flag (2 regional indicators). */
const EMOJI_INSIDE = '🇸🇦 قال المتحدث 👍🏽 إن الوثائق مهمة 😀';

const SAMPLES = { ASCII, ARABIC, EMOJI_BEFORE, EMOJI_INSIDE, empty: '', lone: 'a\uD800b\uDC00c\uD83D' };

describe('cpLength', () => {
  it('counts ASCII and Arabic (with diacritics) one per code point', () => {
    expect(cpLength(ASCII)).toBe(28);
    expect(cpLength('عامًا')).toBe(5); // ع ا م ً ا
    expect(cpLength(ARABIC)).toBe(ARABIC.length);
  });

  it('counts an emoji as one code point, not two UTF-16 units', () => {
    expect(cpLength('😀')).toBe(1);
    expect(EMOJI_BEFORE.length).toBe(13);
    expect(cpLength(EMOJI_BEFORE)).toBe(12);
    expect(cpLength('👍🏽')).toBe(2);
    expect(cpLength('🇸🇦')).toBe(2);
  });

  it('agrees with the string iterator on every sample, lone surrogates included', () => {
    for (const text of Object.values(SAMPLES)) {
      expect(cpLength(text), JSON.stringify(text)).toBe(Array.from(text).length);
    }
  });
});

describe('OffsetIndex', () => {
  it('reports the code point length of its text', () => {
    for (const text of Object.values(SAMPLES)) {
      expect(new OffsetIndex(text).length, JSON.stringify(text)).toBe(cpLength(text));
    }
  });

  it('is the identity on text without astral characters', () => {
    for (const text of [ASCII, ARABIC]) {
      const index = new OffsetIndex(text);
      for (let i = 0; i <= text.length; i++) {
        expect(index.toUtf16(i)).toBe(i);
        expect(index.toCodePoint(i)).toBe(i);
      }
    }
  });

  it('maps every code point offset to the right UTF-16 offset and back', () => {
    for (const [name, text] of Object.entries(SAMPLES)) {
      const index = new OffsetIndex(text);
      for (let cp = 0; cp <= index.length; cp++) {
        const u = index.toUtf16(cp);
        expect(u, `${name} cp ${cp}`).toBe(refUtf16(text, cp));
        expect(index.toCodePoint(u), `${name} round trip at cp ${cp}`).toBe(cp);
      }
    }
  });

  it('shifts offsets after an emoji by one UTF-16 unit per emoji', () => {
    const index = new OffsetIndex(EMOJI_BEFORE);
    expect(index.toUtf16(0)).toBe(0);
    expect(index.toUtf16(1)).toBe(2); // after the surrogate pair
    expect(index.toUtf16(12)).toBe(13);
    expect(index.toCodePoint(13)).toBe(12);
  });

  it('rounds a UTF-16 offset inside a surrogate pair down to the start of the pair', () => {
    const index = new OffsetIndex(EMOJI_BEFORE);
    expect(index.toCodePoint(1)).toBe(0);
    const inside = new OffsetIndex('ab😀cd');
    expect(inside.toCodePoint(3)).toBe(2);
    expect(inside.toCodePoint(4)).toBe(3);
  });

  it('slices the right words when an emoji precedes them', () => {
    const index = new OffsetIndex(EMOJI_BEFORE);
    expect(index.slice(2, 7)).toBe('وثائق');
    expect(index.slice(8, 12)).toBe('مهمة');
    expect(index.slice(0, 1)).toBe('😀');
    expect(index.slice(0, 12)).toBe(EMOJI_BEFORE);
  });

  it('slices spans that contain astral characters without splitting them', () => {
    const index = new OffsetIndex(EMOJI_INSIDE);
    const words = Array.from(EMOJI_INSIDE);
    const start = words.indexOf('ق'); // "قال"
    const end = start + Array.from('قال المتحدث 👍🏽 إن الوثائق').length;
    expect(index.slice(start, end)).toBe('قال المتحدث 👍🏽 إن الوثائق');
    expect(index.slice(0, 2)).toBe('🇸🇦');
    expect(index.slice(index.length - 1, index.length)).toBe('😀');
    for (let s = 0; s <= index.length; s++) {
      for (let e = s; e <= index.length; e++) {
        expect(index.slice(s, e)).toBe(refSlice(EMOJI_INSIDE, s, e));
      }
    }
  });

  it('slices Arabic words with tanween intact', () => {
    const index = new OffsetIndex(ARABIC);
    const start = ARABIC.indexOf('عامًا');
    expect(index.slice(start, start + 5)).toBe('عامًا');
    expect(index.slice(start, start + 3)).toBe('عام');
  });

  describe('out-of-range offsets throw RangeError', () => {
    for (const [name, text] of Object.entries({ ASCII, ARABIC, EMOJI_BEFORE, EMOJI_INSIDE })) {
      it(`on ${name} text`, () => {
        const index = new OffsetIndex(text);
        expect(() => index.toUtf16(-1)).toThrow(RangeError);
        expect(() => index.toUtf16(index.length + 1)).toThrow(RangeError);
        expect(() => index.toCodePoint(-1)).toThrow(RangeError);
        expect(() => index.toCodePoint(text.length + 1)).toThrow(RangeError);
        expect(() => index.slice(0, index.length + 1)).toThrow(RangeError);
        expect(() => index.slice(-1, 2)).toThrow(RangeError);
        // The upper bounds themselves are valid.
        expect(index.toUtf16(index.length)).toBe(text.length);
        expect(index.toCodePoint(text.length)).toBe(index.length);
      });
    }

    it('counts the bound in code points, not UTF-16 units, on astral text', () => {
      const index = new OffsetIndex(EMOJI_BEFORE); // 12 code points, 13 units
      expect(() => index.toUtf16(13)).toThrow(RangeError);
      expect(() => index.slice(2, 13)).toThrow(RangeError);
    });
  });
});

describe('OffsetIndex refuses offsets that are not whole numbers', () => {
  it('throws RangeError for fractions and NaN, with or without astral characters', () => {
    for (const text of ['abc', '😀 وثائق']) {
      const index = new OffsetIndex(text);
      expect(() => index.toUtf16(1.5)).toThrow(RangeError);
      expect(() => index.toCodePoint(Number.NaN)).toThrow(RangeError);
      expect(() => index.slice(Number.NaN, Number.NaN)).toThrow(RangeError);
    }
  });
});
