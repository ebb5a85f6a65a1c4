import { describe, expect, it } from 'vitest';
import { normalizedString } from '../text/normalize.ts';
import { arabicCue, complementizerHasPronoun, isComplementizer } from './arabic-cues.ts';

const cue = (w: string) => arabicCue(normalizedString(w));

describe('Arabic attribution cues', () => {
  it('recognises verbs behind the clitics و and ف', () => {
    for (const w of ['وقال', 'فأكد', 'وتزعم', 'واتهم', 'فأعلنت']) expect(cue(w)?.type, w).toBe('verb');
    expect(cue('وقال')?.proclitic).toBe(true);
    expect(cue('قال')?.proclitic).toBe(false);
  });

  it('recognises feminine, plural, dual and present forms', () => {
    for (const w of ['قالت', 'قالوا', 'أكدتا', 'يقول', 'تقول', 'يزعمون', 'تزعم', 'نفت', 'نفوا', 'ادعت', 'يدعون', 'رأت', 'ترى', 'يؤكدون', 'حذرت']) expect(cue(w), w).not.toBeNull();
  });

  it('ignores diacritics and hamza forms', () => {
    for (const w of ['أكّد', 'اكد', 'قدّرت', 'ادّعى', 'أعلنَ', 'إدعى']) expect(cue(w), w).not.toBeNull();
  });

  it('knows prepositions that name a source, with or without a clitic, and participles that continue one', () => {
    for (const w of ['بحسب', 'وبحسب', 'حسب', 'وفق', 'وفقًا', 'ووفقا', 'طبقا', 'نقلا']) expect(cue(w)?.type, w).toBe('preposition');
    expect(cue('وفقًا')?.proclitic).toBe(false);
    for (const w of ['مضيفا', 'مشيرة', 'مؤكدين', 'قائلا', 'لافتا']) expect(cue(w)?.type, w).toBe('participle');
  });

  it('takes an object after اتهم and إلى after أشار', () => {
    expect(cue('اتهمت')?.complement).toBe('object');
    expect(cue('وأشار')?.complement).toBe('ila');
    expect(cue('مشيرا')?.complement).toBe('ila');
  });

  it('does not take nouns of the same root or unrelated words for cues', () => {
    for (const w of ['مقال', 'القول', 'الإعلان', 'الرئيس', 'يبلغ', 'تبلغ', 'أشاد', 'وفاة', 'قالب']) expect(cue(w), w).toBeNull();
  });

  it('finds أن and إن with their prefixes and pronouns, not words that contain them', () => {
    for (const w of ['أن', 'إن', 'بأن', 'أنه', 'إنها', 'أنهم', 'فإن']) expect(isComplementizer(normalizedString(w)), w).toBe(true);
    for (const w of ['الآن', 'أنشأ', 'إنتاج', 'لبنان']) expect(isComplementizer(normalizedString(w)), w).toBe(false);
    expect(complementizerHasPronoun(normalizedString('أنها'))).toBe(true);
    expect(complementizerHasPronoun(normalizedString('أن'))).toBe(false);
  });
});
