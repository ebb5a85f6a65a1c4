import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { searchText, type SearchMatch } from './search.ts';
import { SEED_BODY } from './fixtures/seed-body.ts';
import { normalizedString } from '../text/normalize.ts';

/** The code point slice, computed independently of OffsetIndex. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Every match's `text` is exactly the original code point slice at its offsets. */
function expectSlices(text: string, matches: SearchMatch[]) {
  for (const m of matches) expect(m.text).toBe(cpSlice(text, m.start, m.end));
}

describe('searchText: the seed article', () => {
  it('عاما finds both "24 عاما" and "25 عامًا", each as written', () => {
    const matches = searchText(SEED_BODY, 'عاما');
    expect(matches.map((m) => m.text)).toEqual(['عاما', 'عامًا']);
    expectSlices(SEED_BODY, matches);
    expect(cpSlice(SEED_BODY, matches[0]!.start - 3, matches[0]!.end)).toBe('24 عاما');
    expect(cpSlice(SEED_BODY, matches[1]!.start - 3, matches[1]!.end)).toBe('25 عامًا');
  });

  it('الاولويه finds الأولوية (hamza and ta marbuta folded)', () => {
    const matches = searchText(SEED_BODY, 'الاولويه');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.text).toBe('الأولوية');
    expectSlices(SEED_BODY, matches);
  });

  it('a query in Arabic-Indic digits finds ASCII digits, and the other way round', () => {
    const matches = searchText(SEED_BODY, 'عام ٢٠٢٣');
    expect(matches.map((m) => m.text)).toEqual(['عام 2023']);
    const text = 'زار روسيا عام ٢٠٢٣ ثم عام ۲۰۲۴';
    expect(searchText(text, '2023').map((m) => m.text)).toEqual(['٢٠٢٣']);
    expect(searchText(text, '2024').map((m) => m.text)).toEqual(['۲۰۲۴']);
  });

  it('counts offsets in code points: emoji before a match do not shift it', () => {
    const plain = searchText(SEED_BODY, 'الأولوية القصوى')[0]!;
    const withEmoji = searchText('😀👍🏽 ' + SEED_BODY, 'الأولوية القصوى')[0]!;
    expect(withEmoji.start).toBe(plain.start + 4); // 😀, 👍, 🏽 and the space
    expect(withEmoji.end - withEmoji.start).toBe(plain.end - plain.start);
    expect(withEmoji.text).toBe('الأولوية القصوى');
  });
});

describe('searchText: rules', () => {
  it('an empty or white-space query finds nothing', () => {
    expect(searchText(SEED_BODY, '')).toEqual([]);
    expect(searchText(SEED_BODY, '  \n\t ')).toEqual([]);
    expect(searchText(SEED_BODY, 'ًّ')).toEqual([]); // only diacritics
  });

  it('ignores the query\'s surrounding white space and collapses runs inside it', () => {
    expect(searchText('كيم  جونغ أون', '  كيم جونغ ').map((m) => m.text)).toEqual(['كيم  جونغ']);
  });

  it('returns matches in order, without overlap', () => {
    expect(searchText('aaaaa', 'aa')).toEqual([
      { start: 0, end: 2, text: 'aa' },
      { start: 2, end: 4, text: 'aa' },
    ]);
  });

  it('a match ending on a letter takes that letter\'s diacritics; one inside a ligature takes the ligature', () => {
    expect(searchText('عامًا', 'عام')[0]!.text).toBe('عامً');
    expect(searchText('قالﻻ شيء', 'لا')).toEqual([{ start: 3, end: 4, text: 'ﻻ' }]);
  });

  it('stops at the limit', () => {
    expect(searchText(SEED_BODY, 'ال', { limit: 3 })).toHaveLength(3);
  });
});

const WORDS = ['الأولى', 'عامًا', 'عاما', 'وثائق', 'مُهِمَّة', 'مهمة', 'الأولوية', '٢٠٢٣', '2023', 'Kremlin', '😀', 'ﻻ', 'كيم'];
const wordsText = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '\n\n', '، ')), { minLength: 1, maxLength: 40 });

describe('searchText: properties', () => {
  it('a run of whole words of the text is always found; every match is an ordered, disjoint, exact slice that normalizes to contain the query', () => {
    fc.assert(
      fc.property(wordsText, fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const i = a % parts.length;
        const j = i + (b % (parts.length - i));
        const query = parts.slice(i, j + 1).map(([w], k) => (k < j - i ? w + parts[i + k]![1] : w)).join('');
        const matches = searchText(text, query);
        expect(matches.length).toBeGreaterThan(0);
        expectSlices(text, matches);
        let lastEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(normalizedString(m.text)).toContain(normalizedString(query).trim());
          lastEnd = m.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
