import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedString, normalizedString, PARAGRAPH_BREAK } from '../text/normalize.ts';
import { claimTerms, termsOfText } from './terms.ts';

const same = (a: string, b: string) => expect(termsOfText(a)).toEqual(termsOfText(b));

describe('claim terms', () => {
  it('ignore diacritics and tatweel', () => {
    same('عامًا', 'عاما');
    same('الصَّوَارِيخُ الباليستيّة', 'الصواريخ الباليستية');
    same('الصـــواريخ', 'الصواريخ');
  });

  it('fold the hamza forms أ إ آ ٱ to ا', () => {
    same('أسلحة', 'اسلحة');
    same('إمدادات', 'امدادات');
    same('آلاف', 'الاف');
    same('ٱلأولوية', 'الاولوية');
  });

  it('fold ة/ه and ى/ي', () => {
    same('الكورية', 'الكوريه');
    same('موسكى', 'موسكي');
    same('الأولى', 'الاولي');
  });

  it('read Arabic-Indic and Eastern Arabic-Indic digits as ASCII, and figures without separators', () => {
    same('٢٤ عاما', '24 عاما');
    same('۲۴', '24');
    expect(termsOfText('14,000 جندي')).toContain('14000');
    same('١٤٬٠٠٠', '14000');
  });

  it('strip the clitics و ف ب ل and the article ال', () => {
    const base = termsOfText('صواريخ');
    for (const form of ['الصواريخ', 'والصواريخ', 'بالصواريخ', 'للصواريخ', 'فالصواريخ', 'كالصواريخ']) expect(termsOfText(form)).toEqual(base);
    same('وروسيا', 'روسيا');
    same('والبنتاجون', 'البنتاجون');
  });

  it('keep words that merely begin like a clitic', () => {
    // بوتين is not ب + وتين, nor لندن ل + ندن.
    expect(termsOfText('بوتين')).not.toEqual(termsOfText('وتين'));
    expect(termsOfText('لندن')).not.toEqual(termsOfText('ندن'));
  });

  it('strip common Arabic endings (plural, feminine, pronoun suffixes)', () => {
    same('الغربية', 'الغربي');
    same('معلومات', 'معلوماتها');
    same('عامًا', 'عام');
    same('روسيا', 'الروسية');
  });

  it('stem English inflections, case-insensitively', () => {
    same('Missiles supplied', 'missile supplies');
    same('The Pentagon accused', 'pentagon accuses');
    same('visiting', 'visits');
  });

  it('leave out function words in both languages', () => {
    expect(termsOfText('في من على إلى the of and')).toEqual([]);
    expect(termsOfText('ومن')).toEqual([]);
  });

  it('come from a claim’s quote, summary and source, once each', () => {
    const terms = claimTerms({ target: { quote: { exact: 'زودت روسيا بالذخائر' } }, summary: 'روسيا والذخائر', attributedTo: 'الدول الغربية' });
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toEqual(termsOfText('زودت روسيا ذخائر دول غرب'));
  });
});

describe('foldedString (the index’s cheap matching form)', () => {
  const PIECES = ['ا', 'ب', 'م', 'ع', 'ل', 'ه', 'ي', 'و', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', '\u064B', '\u0650', '\u0651', '\u0670', '\u0640', '٠', '٢', '۵', '7', ' ', '\n\n', '\t', '\u00a0', 'ﻻ', 'ﺑ', 'Ａ', 'ﬁ', 'a', 'Z', '.', '،', '“', '’', '—', '😀', '\r', '\v', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u0085', 'é', 'ß', 'Ω'];
  it('is normalizedString without the offset map (a paragraph break being plain white space)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (xs) => {
        const text = xs.join('');
        expect(foldedString(text)).toBe(normalizedString(text).replaceAll(PARAGRAPH_BREAK, ' '));
      }),
      { numRuns: 2000 },
    );
  });
});
