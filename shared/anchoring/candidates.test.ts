import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import search from 'approx-string-match';
import { findBracket, fuzzyMatches, snapToWords } from './candidates.ts';
import { boundedDistance } from './similarity.ts';
import { normalizedString } from '../text/normalize.ts';

/** Plain Levenshtein distance, the reference for boundedDistance. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return row[b.length]!;
}

const letters = fc.array(fc.constantFrom('ا', 'ل', 'م', 'ه', 'و', 'ي', ' '), { maxLength: 30 }).map((xs) => xs.join(''));

describe('boundedDistance', () => {
  it('is the Levenshtein distance when at most k, and k + 1 otherwise', () => {
    fc.assert(
      fc.property(letters, letters, fc.nat(8), (a, b, k) => {
        const d = levenshtein(a, b);
        expect(boundedDistance(a, b, k)).toBe(d <= k ? d : k + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzzyMatches (filter, then verify)', () => {
  it('finds every match a whole-text approx-string-match search finds', () => {
    // Random texts of a few letters (so lookalikes abound) and a quote cut
    // from them with a few edits.
    const cases = fc.tuple(
      fc.array(fc.constantFrom('الرئيس', 'الروسي', 'بوتين', 'كيم', 'زيارة', 'في', 'مع'), { minLength: 5, maxLength: 60 }),
      fc.nat(),
      fc.integer({ min: 2, max: 6 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'ه')), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(cases, ([words, at, length, edits]) => {
        const text = words.join(' ');
        const i = at % Math.max(1, words.length - length);
        let quote = words.slice(i, i + length).join(' ');
        for (const [p, ch] of edits) {
          const k = p % quote.length;
          quote = quote.slice(0, k) + ch + quote.slice(k + 1);
        }
        const maxErrors = Math.floor(quote.length * 0.15);
        const ours = fuzzyMatches(text, quote, maxErrors, 10_000);
        for (const m of search(text, quote, maxErrors)) {
          expect(ours.some((o) => o.end === m.end && o.errors === m.errors)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports the real place even where a lookalike has fewer errors', () => {
    const quote = 'وثائق مهمة للغاية جدا';
    const text = 'أولا وثائق مهمة للغاية جدآ ثم لاحقا وثائق مهمه للغايه جد';
    const second = text.indexOf('وثائق', 10);
    // The whole-text search reports only the fewest-error matches: all in the first sentence.
    expect(search(text, quote, 3).every((m) => m.end < second)).toBe(true);
    expect(fuzzyMatches(text, quote, 3, 100).some((m) => m.start >= second && m.errors === 3)).toBe(true);
  });
});

describe('snapToWords', () => {
  it('moves a fuzzy match that starts a letter inside a word to the word start', () => {
    // Old text had the typo "لاعلاقة"; the fewest-edit alignment in the fixed text starts at "لعلاقة".
    const text = normalizedString('وقد تعمقت العلاقة منذ الهجوم');
    const quote = normalizedString('لاعلاقة منذ الهجوم');
    const [m] = search(text, quote, 2);
    expect(text.slice(m!.start, m!.end)).toBe('لعلاقه منذ الهجوم');
    const snapped = snapToWords(text, m!, { quote, prefix: 'تعمقت ', suffix: '', maxErrors: 2 });
    expect(text.slice(snapped.start, snapped.end)).toBe('العلاقه منذ الهجوم');
    expect(snapped.errors).toBe(2);
  });

  it('leaves exact matches, and matches of quotes that did not start on a word edge, alone', () => {
    const text = 'abc defgh';
    expect(snapToWords(text, { start: 5, end: 9, errors: 1 }, { quote: 'efgx', prefix: 'abc d', suffix: '', maxErrors: 1 })).toEqual({ start: 5, end: 9, errors: 1 });
    expect(snapToWords(text, { start: 5, end: 9, errors: 0 }, { quote: 'efgh', prefix: ' ', suffix: '', maxErrors: 1 })).toEqual({ start: 5, end: 9, errors: 0 });
  });
});

describe('findBracket', () => {
  const options = { tail: 24, minContext: 12, maxGap: 100, prefixAtStart: false, suffixAtEnd: false };

  it('finds the gap between a claim\'s intact surroundings, empty where its words were deleted', () => {
    const prefix = 'وفي المقابل، تزعم واشنطن وسيول أن ';
    const suffix = ' ومساعدات لمعالجة نقص الغذاء.';
    expect(findBracket(`${prefix}روسيا زودت كوريا${suffix}`, prefix, suffix, options)).toEqual({ start: prefix.length, end: prefix.length + 16 });
    // Deleted with one of its spaces: the two sides now share a space.
    expect(findBracket(`${prefix}${suffix.slice(1)}`, prefix, suffix, options)).toEqual({ start: prefix.length, end: prefix.length });
  });

  it('proves nothing when the surroundings occur twice, or a side is too short and not at the edge of the text', () => {
    const prefix = 'وفي المقابل، تزعم واشنطن وسيول أن ';
    const suffix = ' ومساعدات لمعالجة نقص الغذاء.';
    const once = `${prefix}X${suffix}`;
    expect(findBracket(`${once} ${once}`, prefix, suffix, options)).toBeNull();
    expect(findBracket(once, prefix, ' نقص.', options)).toBeNull();
    expect(findBracket(`${prefix} نقص.`, prefix, ' نقص.', { ...options, suffixAtEnd: true })).toEqual({ start: prefix.length, end: prefix.length });
  });
});
