import { describe, expect, it, vi } from 'vitest';
import { RANKING, SIMILAR_MIN_SCORE } from './rank.ts';
import { ClaimTermIndex } from './term-index.ts';
import { termsOfText } from './terms.ts';

function indexOf(claims: Record<string, [articleId: string, text: string]>): ClaimTermIndex {
  const index = new ClaimTermIndex();
  for (const [id, [articleId, text]] of Object.entries(claims)) index.set(id, articleId, termsOfText(text));
  return index;
}

const rank = async (index: ClaimTermIndex, text: string, excludeArticleId?: string, minScore = 0) =>
  await index.rank({ terms: termsOfText(text), limit: 10, minScore, ...(excludeArticleId ? { excludeArticleId } : {}) });

describe('the claim term index', () => {
  const index = indexOf({
    munitions: ['a', 'زوّدت كوريا الشمالية روسيا بكميّات كبيرة من الذخائر'],
    missiles: ['a', 'استخدمت موسكو صواريخ باليستية كورية شمالية في أوكرانيا'],
    visit: ['b', 'أول زيارة منذ ٢٤ عامًا'],
    english: ['c', 'North Korea supplied Russia with large quantities of munitions'],
  });

  it('finds a claim written with other diacritics, hamza forms, ة/ه, ى/ي, clitics and digits', async () => {
    expect((await rank(index, 'وزودت كوريا الشماليه روسيا بكميات كبيره من الذخائر', 'b'))[0]).toEqual({ claimId: 'munitions', score: 1 });
    expect((await rank(index, 'اول زياره منذ 24 عاما'))[0]).toEqual({ claimId: 'visit', score: 1 });
    expect((await rank(index, 'الصواريخ الباليستية الكورية'))[0]!.claimId).toBe('missiles');
  });

  it('finds English claims through inflections', async () => {
    expect((await rank(index, 'Russia was supplied with munition'))[0]!.claimId).toBe('english');
  });

  it('ranks by shared rare terms, and leaves out the excluded article and claims below the least score', async () => {
    const found = await rank(index, 'زودت كوريا الشمالية روسيا بالذخائر', 'b', SIMILAR_MIN_SCORE);
    expect(found[0]!.claimId).toBe('munitions');
    expect(found.map((f) => f.claimId)).not.toContain('visit');
    expect(await rank(index, 'زودت كوريا الشمالية روسيا بالذخائر', 'a')).toEqual([]);
    expect(await rank(index, 'مصنع سيارات جديد')).toEqual([]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.score).toBeLessThanOrEqual(found[i - 1]!.score);
  });

  it('follows a claim’s changes: new words replace the old, a deleted claim is gone, a restored one back', async () => {
    const i = indexOf({ x: ['a', 'صواريخ باليستية'] });
    expect(await rank(i, 'صواريخ')).toHaveLength(1);
    i.set('x', 'a', termsOfText('مساعدات غذائية'));
    expect(await rank(i, 'صواريخ')).toEqual([]);
    expect(await rank(i, 'المساعدات')).toHaveLength(1);
    i.set('x', 'a', null);
    expect(await rank(i, 'المساعدات')).toEqual([]);
    expect(i.size).toBe(0);
    i.set('x', 'a', termsOfText('مساعدات غذائية'));
    expect(await rank(i, 'المساعدات')).toEqual([{ claimId: 'x', score: expect.any(Number) }]);
  });

  it('never walks the posting list of a term held by more claims than the cap: it only checks the best candidates for it', async () => {
    const i = new ClaimTermIndex();
    for (let n = 0; n <= RANKING.maxDf; n++) i.set(`c${String(n).padStart(4, '0')}`, 'a', termsOfText(`روسيا claim${n}`));
    i.set('rare', 'b', termsOfText('روسيا ذخائر'));
    const russia = termsOfText('روسيا')[0]!;
    expect(i.df(russia)).toBe(RANKING.maxDf + 2);
    const postings = vi.spyOn(i, 'postings');
    const first = vi.spyOn(i, 'firstPostings');
    const held = vi.spyOn(i, 'held');
    // The rare word finds the claim; the common one adds its weight to it, looked up for that claim alone.
    expect(await rank(i, 'روسيا ذخائر')).toEqual([{ claimId: 'rare', score: 1 }]);
    expect(postings).toHaveBeenCalledWith([termsOfText('ذخائر')[0]]);
    expect(held).toHaveBeenCalledWith([russia], ['rare']);
    // Only the common word: the first claims holding it answer, capped, never the whole list.
    const only = await rank(i, 'روسيا');
    expect(only).toHaveLength(10);
    expect(first).toHaveBeenCalledWith(russia, RANKING.maxDf);
    expect(postings.mock.calls.flat(2)).not.toContain(russia);
  });

  it('scores 1 for the same terms and less for a longer claim holding them', async () => {
    const i = indexOf({ short: ['a', 'صواريخ باليستية'], long: ['a', 'صواريخ باليستية أطلقت على خاركيف في يناير الماضي'] });
    const [first, second] = await rank(i, 'صواريخ باليستية');
    expect(first).toEqual({ claimId: 'short', score: 1 });
    expect(second!.claimId).toBe('long');
    expect(second!.score).toBeLessThan(1);
  });

  it('after any sequence of changes holds exactly what an index built from the final texts holds, lengths included', async () => {
    const words = ['صواريخ', 'ذخائر', 'روسيا', 'كوريا', 'munitions', 'shells', 'Kremlin', 'treaty', '24', 'زيارة'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const changing = new ClaimTermIndex();
    const final = new Map<string, string | null>();
    for (let step = 0; step < 2000; step++) {
      const id = `c${Math.floor(rand() * 40)}`;
      const next = rand() < 0.15 ? null : text();
      changing.set(id, 'a', next === null ? null : termsOfText(next));
      final.set(id, next);
    }
    const fresh = new ClaimTermIndex();
    for (const [id, t] of final) if (t !== null) fresh.set(id, 'a', termsOfText(t));
    const vocabulary = termsOfText(words.join(' '));
    const listed = async (index: ClaimTermIndex) =>
      [...(await index.postings(vocabulary))].map(([term, ps]) => [term, [...ps].map((p) => `${p.claimId}:${p.terms}`).sort()]).sort();
    expect(changing.size).toBe(fresh.size);
    expect(await listed(changing)).toEqual(await listed(fresh));
  });
});
