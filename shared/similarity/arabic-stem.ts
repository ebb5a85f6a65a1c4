/**
 * A light stemmer for Arabic words already in their matching form
 * (normalizedString: no diacritics or tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه),
 * after Larkey, Ballesteros and Connell's "light10": it strips the clitics
 * and endings that make one word look like several (والصواريخ, بالصواريخ,
 * الصواريخ, صواريخ), not the roots. No maintained Arabic stemmer is in the
 * npm registry (arabic-stem has one release and no documentation), and a
 * light stemmer matches better than root extraction for retrieval, which
 * conflates unrelated words sharing a root.
 *
 * A lone ب ل ك ف is a prefix only before the article (بال لل كال فال):
 * on its own it begins too many words (بوتين, لندن, كوريا, فبراير). و is
 * taken off longer words only (ورد is a word, وروسيا is و + روسيا).
 */

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Letters left after taking an affix off, at least. */
const MIN_STEM = 2;

export function arabicLightStem(word: string): string {
  let w = word;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const prefix of ARTICLES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= MIN_STEM) {
      w = w.slice(prefix.length);
      break;
    }
  }
  // First a final ا (not of ـها): the accusative's tanween alif (عامًا, جديدًا), and names in ـيا (روسيا, كوريا) meet their adjectives (الروسية).
  if (w.length - 1 >= MIN_STEM + 1 && w.endsWith('ا') && !w.endsWith('ها')) w = w.slice(0, -1);
  // light10 tries each ending once, in this order, so a word sheds at most a few letters.
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  }
  return w;
}

/** Whether a word (in matching form) is written in Arabic letters. */
export function isArabicWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0620 && c <= 0x06ff;
}
