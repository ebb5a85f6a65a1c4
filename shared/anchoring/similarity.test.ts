import { describe, it, expect } from 'vitest';
import { anchoredDistance, digitSignature, sideAgreement, typoLike, INTACT_CONTEXT, SHIFTED_CONTEXT_CREDIT } from './similarity.ts';
import { normalizedString } from '../text/normalize.ts';

const SUFFIX = normalizedString(' خلال الزيارة، ومن المحتمل أن تشمل اتفاقية');
const QUOTE_END = 10;
/** A text where a quote of QUOTE_END characters is followed by `after`. */
const textWith = (after: string) => 'x'.repeat(QUOTE_END) + normalizedString(after);

describe('anchoredDistance', () => {
  it('counts edits from the quote outward; extra text beyond the stored context is free', () => {
    expect(anchoredDistance('abcd', 'abcdxyz')).toBe(0);
    expect(anchoredDistance('abcd', 'xabcd')).toBe(1);
    expect(anchoredDistance('abcd', 'abd')).toBe(1);
    expect(anchoredDistance('abcd', '')).toBe(4);
  });
});

describe('sideAgreement', () => {
  it('context in place is intact, with full evidence', () => {
    expect(sideAgreement(SUFFIX, textWith(' خلال الزيارة، ومن المحتمل أن تشمل اتفاقية شراكة'), QUOTE_END, 'after')).toEqual({
      similarity: 1,
      evidence: 1,
      intact: true,
    });
  });

  it('a typo fixed next to the quote still leaves it intact', () => {
    const a = sideAgreement(SUFFIX, textWith(' خلال الزياره، ومن المحتمل ان تشمل اتفاقيه'), QUOTE_END, 'after');
    expect(a.similarity).toBe(1); // ة/ه and أ/ا fold: no edit at all
    const b = sideAgreement(SUFFIX, textWith(' خلال الزيارات، ومن المحتمل أن تشمل اتفاقية'), QUOTE_END, 'after');
    expect(b.similarity).toBeGreaterThanOrEqual(INTACT_CONTEXT);
    expect(b.intact).toBe(true);
  });

  it('context pushed away by an inserted clause is still intact, credited less the further it was pushed', () => {
    const near = sideAgreement(SUFFIX, textWith('، بحسب المصادر، خلال الزيارة، ومن المحتمل أن تشمل اتفاقية'), QUOTE_END, 'after');
    const far = sideAgreement(SUFFIX, textWith('، بحسب ما أعلنته المصادر الرسمية في موسكو صباح اليوم قبل بدء المحادثات، خلال الزيارة، ومن المحتمل أن تشمل اتفاقية'), QUOTE_END, 'after');
    expect(near.intact && far.intact).toBe(true);
    expect(near.similarity).toBeGreaterThan(far.similarity);
    expect(far.similarity).toBeCloseTo(SHIFTED_CONTEXT_CREDIT, 1);
  });

  it('unrelated context agrees only by chance and is not intact', () => {
    const a = sideAgreement(SUFFIX, textWith(' واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية'), QUOTE_END, 'after');
    expect(a.similarity).toBeLessThan(0.6);
    expect(a.intact).toBe(false);
  });

  it('at the edge of the text: short context still at the edge is full evidence; context the text ran out of is none', () => {
    expect(sideAgreement(' نقص.', textWith(' نقص.'), QUOTE_END, 'after')).toEqual({ similarity: 1, evidence: 1, intact: true });
    expect(sideAgreement(SUFFIX, textWith(''), QUOTE_END, 'after')).toEqual({ similarity: 0, evidence: 0, intact: false });
    expect(sideAgreement('', textWith(''), QUOTE_END, 'after')).toEqual({ similarity: 1, evidence: 1, intact: true });
    expect(sideAgreement('', textWith(' more'), QUOTE_END, 'after').evidence).toBe(0);
  });

  it('reads the prefix outward, right to left', () => {
    const text = normalizedString('وبحسب الكرملين، سيتم التوقيع على ') + 'QUOTE';
    const at = text.indexOf('QUOTE');
    expect(sideAgreement(normalizedString('الكرملين، سيتم التوقيع على '), text, at, 'before').similarity).toBe(1);
  });
});

describe('digitSignature', () => {
  it('lists the numbers of a normalized string in order', () => {
    expect(digitSignature(normalizedString('منذ ٢٤ عاما، في فبراير2022'))).toBe('24,2022');
    expect(digitSignature('لا أرقام')).toBe('');
  });
});

describe('typoLike', () => {
  const like = (a: string, b: string, k = 6) => typoLike(normalizedString(a), normalizedString(b), k);

  it('accepts typo fixes: a letter dropped, added or swapped, in one word or several', () => {
    expect(like('واتهم البنتاجن موسكو', 'واتهم البنتاجون موسكو')).toBe(true);
    expect(like('البنتاجون مسوكو تسعة', 'البنتاجون موسكو تسعة')).toBe(true);
    expect(like('على مادر يمين في إشارة إلىى', 'على مدار يومين في إشارة إلى')).toBe(true);
    expect(like('The Pentagin acused Moscow', 'The Pentagon accused Moscow')).toBe(true);
  });

  it('refuses different words, however few edits they take', () => {
    expect(like('زودت روسيا بكميات كبيرة', 'زودت الزيارة بكميات كبيرة')).toBe(false); // a word replaced
    expect(like('للبلاد، حيث كانت أول زيارة', 'للبلاد، في كانت أول زيارة')).toBe(false); // a short word replaced
    expect(like('على مدار العلاقات في', 'على مدار العلاقات')).toBe(false); // a word dropped
    expect(like('وثائق مهمة خلال الزيارة', 'وثائق مهمة جدا خلال الزيارة')).toBe(false); // a word inserted
    expect(like('وثائق مهمة خلال', 'وثائق مهمة خلال', 0)).toBe(true);
    expect(like('وثائق مهمة خلال', 'وثائق مهم خلال', 0)).toBe(false); // more than k edits
  });
});
