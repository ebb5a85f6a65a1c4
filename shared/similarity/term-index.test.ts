import { describe, expect, it } from 'vitest';
import { RANKING, SIMILAR_MIN_SCORE } from './rank.ts';
import { ClaimTermIndex } from './term-index.ts';
import { termsOfText } from './terms.ts';

function indexOf(claims: Record<string, [articleId: string, text: string]>): ClaimTermIndex {
  const index = new ClaimTermIndex();
  for (const [id, [articleId, text]] of Object.entries(claims)) index.set(id, articleId, termsOfText(text));
  return index;
}

const rank = (index: ClaimTermIndex, text: string, excludeArticleId?: string, minScore = 0) =>
  index.rank({ terms: termsOfText(text), limit: 10, minScore, ...(excludeArticleId ? { excludeArticleId } : {}) });

describe('the claim term index', () => {
  const index = indexOf({
    munitions: ['a', 'زوّدت كوريا الشمالية روسيا بكميّات كبيرة من الذخائر'],
    missiles: ['a', 'استخدمت موسكو صواريخ باليستية كورية شمالية في أوكرانيا'],
    visit: ['b', 'أول زيارة منذ ٢٤ عامًا'],
    english: ['c', 'North Korea supplied Russia with large quantities of munitions'],
  });

  it('finds a claim written with other diacritics, hamza forms, ة/ه, ى/ي, clitics and digits', () => {
    expect(rank(index, 'وزودت كوريا الشماليه روسيا بكميات كبيره من الذخائر', 'b')[0]).toEqual({ claimId: 'munitions', score: 1 });
    expect(rank(index, 'اول زياره منذ 24 عاما')[0]).toEqual({ claimId: 'visit', score: 1 });
    expect(rank(index, 'الصواريخ الباليستية الكورية')[0]!.claimId).toBe('missiles');
  });

  it('finds English claims through inflections', () => {
    expect(rank(index, 'Russia was supplied with munition')[0]!.claimId).toBe('english');
  });

  it('ranks by shared rare terms, and leaves out the excluded article and claims below the least score', () => {
    const found = rank(index, 'زودت كوريا الشمالية روسيا بالذخائر', 'b', SIMILAR_MIN_SCORE);
    expect(found[0]!.claimId).toBe('munitions');
    expect(found.map((f) => f.claimId)).not.toContain('visit');
    expect(rank(index, 'زودت كوريا الشمالية روسيا بالذخائر', 'a')).toEqual([]);
    expect(rank(index, 'مصنع سيارات جديد')).toEqual([]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.score).toBeLessThanOrEqual(found[i - 1]!.score);
  });

  it('follows a claim’s changes: new words replace the old, a deleted claim is gone, a restored one back', () => {
    const i = indexOf({ x: ['a', 'صواريخ باليستية'] });
    expect(rank(i, 'صواريخ')).toHaveLength(1);
    i.set('x', 'a', termsOfText('مساعدات غذائية'));
    expect(rank(i, 'صواريخ')).toEqual([]);
    expect(rank(i, 'المساعدات')).toHaveLength(1);
    i.set('x', 'a', null);
    expect(rank(i, 'المساعدات')).toEqual([]);
    expect(i.size).toBe(0);
    i.set('x', 'a', termsOfText('مساعدات غذائية'));
    expect(rank(i, 'المساعدات')).toEqual([{ claimId: 'x', score: expect.any(Number) }]);
  });

  it('skips terms so common that their posting lists exceed the cap, so a query never walks them', () => {
    const i = new ClaimTermIndex();
    for (let n = 0; n <= RANKING.maxDf; n++) i.set(`c${n}`, 'a', termsOfText(`روسيا claim${n}`));
    i.set('rare', 'b', termsOfText('روسيا ذخائر'));
    expect(i.df(termsOfText('روسيا')[0]!)).toBe(RANKING.maxDf + 2);
    // Only "ذخائر" is looked up: one candidate, not a thousand.
    expect(rank(i, 'روسيا ذخائر')).toEqual([{ claimId: 'rare', score: expect.any(Number) }]);
    expect(rank(i, 'روسيا')).toEqual([]);
  });

  it('scores 1 for the same terms and less for a longer claim holding them', () => {
    const i = indexOf({ short: ['a', 'صواريخ باليستية'], long: ['a', 'صواريخ باليستية أطلقت على خاركيف في يناير الماضي'] });
    const [first, second] = rank(i, 'صواريخ باليستية');
    expect(first).toEqual({ claimId: 'short', score: 1 });
    expect(second!.claimId).toBe('long');
    expect(second!.score).toBeLessThan(1);
  });
});
