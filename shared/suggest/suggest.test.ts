import { describe, expect, it } from 'vitest';
import { bodyText } from '../domain/article.ts';
import { FACTUAL_THRESHOLD, factualScore } from './factual.ts';
import { tokenize } from './segment.ts';
import { suggestClaims } from './suggest.ts';

const score = (s: string) => factualScore(tokenize(s, 0));

describe('factual statements', () => {
  it('a figure with a date, a comparison or a superlative is check-worthy; a figure alone is not', () => {
    expect(score('Ridership fell 23 percent between 2019 and 2023.').score).toBeGreaterThanOrEqual(FACTUAL_THRESHOLD);
    expect(score('وتعد هذه الزيارة هي الأولى منذ 24 عاما.').score).toBeGreaterThanOrEqual(FACTUAL_THRESHOLD);
    expect(score('It is the largest contract in the city’s history.').score).toBeGreaterThanOrEqual(FACTUAL_THRESHOLD);
    expect(score('Two officials met the mayor.').score).toBeLessThan(FACTUAL_THRESHOLD);
  });

  it('a figure written against a word counts as a figure and a date ("فبراير2022")', () => {
    expect(score('في فبراير2022').features.sort()).toEqual(['date', 'digits']);
  });

  it('does not strip a clitic off a short word where the letter is the root ("باب" is not "آب")', () => {
    expect(score('أمام باب السيارة').features).toEqual([]);
  });

  it('suggests unattributed check-worthy sentences, and not a sentence that already carries an attribution', () => {
    const got = suggestClaims(['The bridge, at 1.4 kilometres, will be the longest in the state. Residents complained. Officials said 1,800 complaints arrived in 2024.'], 'en');
    expect(got.map((s) => [s.kind, s.quote])).toEqual([
      ['factual', 'The bridge, at 1.4 kilometres, will be the longest in the state'],
      ['attributed', '1,800 complaints arrived in 2024'],
    ]);
    expect(got[0]!.source).toBe('');
    expect(got[0]!.cue).toBe('');
  });
});

describe('a statement joined to an attribution', () => {
  it('is suggested on its own when "، و" / ", and" joins two clauses, not when it is an adjunct of the attribution', () => {
    const en = suggestClaims(['Inflation reached 9.1 percent in June, the highest in four decades, and economists fear that prices will rise.'], 'en');
    expect(en.map((s) => [s.kind, s.quote])).toEqual([
      ['factual', 'Inflation reached 9.1 percent in June, the highest in four decades'],
      ['attributed', 'prices will rise'],
    ]);
    const ar = suggestClaims(['وخلال زيارته لروسيا عام 2023، أعلن كيم أن العلاقة هي الأولوية القصوى.'], 'ar');
    expect(ar.map((s) => s.kind)).toEqual(['attributed']);
  });
});

describe('positions and exclusions', () => {
  const paragraphs = ['🙂 افتتاحية قصيرة.', 'وقالت الوزارة إن الأسعار 😀 ارتفعت 5 في المئة.', 'Prices rose.'];

  it('counts code points over the paragraphs joined by a blank line, so a suggestion is a valid claim target', () => {
    const [s] = suggestClaims(paragraphs, 'ar');
    const codePoints = Array.from(bodyText(paragraphs));
    expect(s!.quote).toBe('الأسعار 😀 ارتفعت 5 في المئة');
    expect(codePoints.slice(s!.start, s!.end).join('')).toBe(s!.quote);
  });

  it('leaves out suggestions that overlap an excluded span, keeps the others, in position order', () => {
    const text = ['وقالت الوزارة إن الأسعار ارتفعت 5 في المئة.', 'وأعلن البنك أن التضخم بلغ 9 في المئة.'];
    const all = suggestClaims(text, 'ar');
    expect(all.map((s) => s.source)).toEqual(['الوزارة', 'البنك']);
    expect(all[0]!.start).toBeLessThan(all[1]!.start);
    const rest = suggestClaims(text, 'ar', { exclude: [{ start: all[0]!.start + 2, end: all[0]!.start + 4 }] });
    expect(rest).toEqual([all[1]]);
  });

  it('scores attributed claims from 0.6, higher when their content has figures', () => {
    const [plain, figures] = suggestClaims(['وقال الوزير إن الوضع مستقر.', 'وقال الوزير إن الأسعار ارتفعت 40 في المئة منذ 2021.'], 'ar');
    expect(plain!.score).toBe(0.6);
    expect(figures!.score).toBeGreaterThan(0.8);
    expect(figures!.score).toBeLessThanOrEqual(1);
  });

  it('returns nothing for an empty article', () => {
    expect(suggestClaims([], 'ar')).toEqual([]);
    expect(suggestClaims([''], 'en')).toEqual([]);
  });
});
