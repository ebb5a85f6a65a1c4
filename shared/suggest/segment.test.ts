import { describe, expect, it } from 'vitest';
import { sentencesOf, tokenize } from './segment.ts';

const texts = (p: string, lang: string) => sentencesOf(p, 0, lang).map((s) => p.slice(s.start, s.end));

describe('sentences', () => {
  it('breaks Arabic at the full stop and the Arabic question mark, never at the Arabic comma', () => {
    const p = 'قال الوزير، في مؤتمر صحفي، إن الأسعار ارتفعت. هل تنخفض قريبا؟ لا أحد يعرف.';
    expect(texts(p, 'ar')).toEqual(['قال الوزير، في مؤتمر صحفي، إن الأسعار ارتفعت.', 'هل تنخفض قريبا؟', 'لا أحد يعرف.']);
  });

  it('keeps an initial or a title with the name after it, and a decimal figure whole', () => {
    const p = '“We will not wait,” said Mayor J. Ortiz. Dr. Lee said the economy grew 3.2 percent in 2023.';
    expect(texts(p, 'en')).toEqual(['“We will not wait,” said Mayor J. Ortiz.', 'Dr. Lee said the economy grew 3.2 percent in 2023.']);
  });

  it('gives offsets over the whole body, from the paragraph offset', () => {
    const [s] = sentencesOf('Prices rose.', 10, 'en');
    expect([s!.start, s!.end]).toEqual([10, 22]);
  });
});

describe('tokens', () => {
  it('keeps figures, possessives and clitics whole and quotation marks apart', () => {
    const words = tokenize('“$9.6 million” for 14,000 hours, the city’s audit said', 0).map((t) => t.text);
    expect(words).toEqual(['“', '$9.6', 'million', '”', 'for', '14,000', 'hours', ',', 'the', 'city’s', 'audit', 'said']);
  });

  it('folds Arabic for matching (hamza, diacritics, tatweel) and keeps the original text', () => {
    const [a, b, c] = tokenize('أكّدت بـ«الأولوية»', 0).filter((t) => t.word);
    expect([a!.norm, a!.text]).toEqual(['اكدت', 'أكّدت']);
    expect(b!.norm).toBe('ب');
    expect(c!.norm).toBe('الاولويه');
  });
});
