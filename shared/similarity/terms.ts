import { stemmer } from 'stemmer';
import { foldedString } from '../text/normalize.ts';
import { arabicLightStem, isArabicWord } from './arabic-stem.ts';

/**
 * The terms a claim is indexed by, and a search is made of: the words of
 * its text in the matching form find-in-article uses (diacritics and tatweel
 * dropped, hamza forms, ى/ي and ة/ه folded, Arabic-Indic digits made ASCII,
 * lower case), then stemmed: Arabic by light stemming (clitics and endings
 * off), English by Porter's stemmer ("missiles" and "missile" are one
 * term). Figures lose their separators and currency signs ("14,000",
 * "١٤٠٠٠" and "14000" are one term). Function words are left out: they
 * match everything and say nothing.
 */

/** Matching forms, before stemming (a و prefix is tried off too, so "ومن" is "من"). */
const STOPWORDS = new Set([
  // Arabic
  'في', 'من', 'علي', 'الي', 'عن', 'ان', 'او', 'ما', 'لا', 'لم', 'لن', 'قد', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك',
  'كان', 'كانت', 'مع', 'بين', 'بعد', 'قبل', 'عند', 'حتي', 'ثم', 'كما', 'اذا', 'اي', 'كل', 'هو', 'هي', 'هم', 'انه', 'انها', 'لها', 'له', 'به', 'بها', 'فيه', 'فيها', 'منذ', 'الا', 'لكن', 'ايضا',
  // English
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'by', 'with', 'as', 'that', 'this', 'it', 'its', 'from', 'has', 'have', 'had', 'not', 'will', 'would', 'into', 'than', 'which', 'who',
]);

const FIGURE = /^[$€£]?\d[\d.,]*%?$/;

/**
 * Terms of words already seen: a newsroom's vocabulary is small next to its
 * word count, and stemming is most of the cost of indexing every claim at
 * start-up. Bounded: emptied when full.
 */
const seen = new Map<string, string | null>();
const SEEN_MAX = 100_000;

function termOf(norm: string): string | null {
  let term = seen.get(norm);
  if (term === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(norm, (term = computeTerm(norm)));
  }
  return term;
}

/** The term of one word's matching form, or null for function words. */
function computeTerm(norm: string): string | null {
  if (FIGURE.test(norm)) return norm.replace(/[^\d.]/g, '').replace(/\.$/, '');
  if (STOPWORDS.has(norm) || (norm.startsWith('و') && STOPWORDS.has(norm.slice(1)))) return null;
  const word = norm.replace(/[’']/g, '');
  const stem = isArabicWord(word) ? arabicLightStem(word) : /^[a-z]/.test(word) ? stemmer(word) : word;
  return stem.length >= 2 ? stem : null;
}

/**
 * A word as shared/suggest/segment.ts cuts them (letters, marks, digits, with
 * inner dots, commas, apostrophes or hyphens: "14,000", "city's"; a currency
 * sign stays with its figure), matched on the folded text: the whole text is
 * folded once, not word by word, since every claim is folded at start-up.
 */
const WORD = /[$€£]?[\p{L}\p{M}\p{N}]+(?:[.,'’\-][\p{L}\p{M}\p{N}]+)*%?/gu;

/** The distinct terms of some texts, in the order they first appear. */
export function termsOfText(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    // The Arabic thousands and decimal separators (٬ ٫) are written as , and . so a figure stays one word.
    const folded = foldedString(text.replace(/\u066c/g, ',').replace(/\u066b/g, '.')).toLowerCase();
    for (const m of folded.matchAll(WORD)) {
      const term = termOf(m[0]);
      if (term !== null) terms.add(term);
    }
  }
  return [...terms];
}

/** What a claim is found by: its words, its summary and who makes it. */
export interface IndexedFields {
  target: { quote: { exact: string } };
  summary: string;
  attributedTo: string;
}

export function claimTerms(claim: IndexedFields): string[] {
  return termsOfText(claim.target.quote.exact, claim.summary, claim.attributedTo);
}

/** Whether two versions of a claim have the same terms without working them out (a status change keeps them). */
export function sameIndexedText(a: IndexedFields, b: IndexedFields): boolean {
  return a.target.quote.exact === b.target.quote.exact && a.summary === b.summary && a.attributedTo === b.attributedTo;
}
