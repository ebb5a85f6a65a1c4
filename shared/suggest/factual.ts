import type { Token } from './types.ts';

/**
 * Check-worthiness of a statement nobody is quoted for. What fact-checkers
 * check first (ClaimBuster's and Full Fact's annotation guides agree) are
 * statements with a figure, a date, a comparison, a superlative or a record;
 * each adds to the score, and a statement is suggested from
 * FACTUAL_THRESHOLD: a figure alone is not enough ("two officials met"),
 * a figure with a date or a comparison is.
 */

export const FACTUAL_THRESHOLD = 0.5;

const WEIGHTS = { digits: 0.4, numberWord: 0.3, date: 0.2, comparison: 0.2, superlative: 0.3, record: 0.3 } as const;
export type Feature = keyof typeof WEIGHTS;

/** Number words, normalised (ة→ه, hamza folded). Definite forms ("الاثنان") refer to people, not quantities: not listed. */
const NUMBER_WORDS = new Set([
  'واحد', 'واحده', 'لواحده', 'اثنان', 'اثنين', 'ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'خمس', 'خمسه', 'ست', 'سته', 'سبع', 'سبعه', 'ثماني', 'ثمانيه', 'تسع', 'تسعه', 'عشر', 'عشره',
  'عشرون', 'عشرين', 'مئه', 'مائه', 'مئات', 'الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'ربع', 'نصف', 'ثلث', 'ضعف', 'اضعاف',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'percent', 'half', 'quarter', 'third', 'twice', 'double', 'doubled', 'triple', 'tripled', 'dozen', 'dozens', 'fifth', 'fifths', 'thirds', 'quarters', 'tenth',
]);
/** Months (Gregorian, Levantine without آب, which folds to أب "father"; English) and units of time that make a duration checkable. */
const DATE_WORDS = new Set([
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'ايلول', 'تشرين',
  'عام', 'عاما', 'اعوام', 'سنه', 'سنوات', 'شهر', 'اشهر', 'شهرين', 'يومين', 'ايام', 'عقد', 'عقدين', 'عقود', 'قرن', 'منذ',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'year', 'years', 'months', 'decade', 'decades', 'century', 'since',
]);
const COMPARISON_WORDS = new Set([
  'اكثر', 'اقل', 'اعلي', 'ادني', 'مقارنه', 'ارتفع', 'ارتفعت', 'انخفض', 'انخفضت', 'تراجع', 'تراجعت', 'زاد', 'زادت', 'تضاعف', 'تضاعفت', 'يفوق', 'يتجاوز', 'بنسبه',
  'more', 'less', 'fewer', 'than', 'rose', 'fell', 'increased', 'decreased', 'grew', 'dropped', 'risen', 'fallen', 'compared', 'higher', 'lower',
]);
const SUPERLATIVE_WORDS = new Set([
  'اول', 'الاول', 'الاولي', 'الثانيه', 'الثاني', 'اكبر', 'الاكبر', 'الاكثر', 'الاعلي', 'الادني', 'الاقل', 'اطول', 'الاطول', 'اعلي', 'ادني', 'اسوا', 'الاسوا', 'افضل', 'الافضل',
  'first', 'largest', 'biggest', 'highest', 'lowest', 'longest', 'most', 'least', 'worst', 'best', 'fastest', 'oldest', 'newest',
]);
const RECORD_WORDS = new Set(['قياسي', 'قياسيه', 'السجلات', 'تاريخ', 'تاريخها', 'الاطلاق', 'record', 'history', 'ever', 'unprecedented']);

const YEAR = /^(?:1[89]|20)\d\d$/;
const DIGIT = /\d/;

/** "فبراير2022": a figure written against a word still counts as both. */
function parts(norm: string): string[] {
  return norm.split(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/u);
}

/** The features of a run of tokens, and its score (0..1). */
export function factualScore(tokens: readonly Token[], from = 0, to = tokens.length): { score: number; features: Feature[] } {
  const seen = new Set<Feature>();
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    for (const p of parts(t.norm)) {
      // A clitic و / ب / ل in front ("بنسبة", "لواحدة"); not off a short word, where the letter is the root's ("باب").
      const bare = p.length > 3 ? p.replace(/^[وبل]/, '') : p;
      if (DIGIT.test(p)) seen.add('digits');
      if (YEAR.test(p.replace(/^\D+/, ''))) seen.add('date');
      if (NUMBER_WORDS.has(p) || NUMBER_WORDS.has(bare)) seen.add('numberWord');
      if (DATE_WORDS.has(p) || DATE_WORDS.has(bare)) seen.add('date');
      if (COMPARISON_WORDS.has(p) || COMPARISON_WORDS.has(bare)) seen.add('comparison');
      if (SUPERLATIVE_WORDS.has(p) || SUPERLATIVE_WORDS.has(bare)) seen.add('superlative');
      if (RECORD_WORDS.has(p) || RECORD_WORDS.has(bare)) seen.add('record');
    }
  }
  const features = [...seen];
  const score = Math.min(1, features.reduce((s, f) => s + WEIGHTS[f], 0));
  return { score: Math.round(score * 100) / 100, features };
}
