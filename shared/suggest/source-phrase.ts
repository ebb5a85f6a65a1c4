import { isComplementizer } from './arabic-cues.ts';
import { CLOSING_QUOTES, COMMAS, OPENING_QUOTES, SENTENCE_ENDS } from './segment.ts';
import type { Token } from './types.ts';

/**
 * The source phrase: who makes a claim, as the article names them. In
 * Arabic the verb comes first, so the source is the noun phrase after it,
 * up to the complement (أن، إلى، في بيان ...); in English it is the noun
 * phrase before the verb, or after it when inverted ("said Marcus Lee").
 * Without a parser, a phrase ends at the first word that cannot belong to
 * it: a complementizer, a preposition, a time word, punctuation.
 */

/** The longest source phrase taken; longer runs are not a name but a clause. */
export const MAX_SOURCE_WORDS = 8;

/** Normalised Arabic words that end a source phrase. */
const ARABIC_STOPS = new Set([
  'الي', 'في', 'علي', 'من', 'عن', 'خلال', 'امام', 'بعد', 'قبل', 'امس', 'اليوم', 'مساء', 'صباح', 'الليله', 'لدي', 'عبر', 'ضمن', 'قوله', 'قولها', 'قولهم',
  'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'ما', 'فيما', 'بينما', 'حيث', 'لكن', 'غير', 'ايضا', 'كذلك',
]);
/** A demonstrative after a word begins a new phrase: "نفت الوزارة | هذه الاتهامات". */
const ARABIC_DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'اولئك', 'هذان', 'هاتان']);
/** Time words that may stand alone between commas after the source ("أعلنت الوزارة، الثلاثاء، أن"). */
const ARABIC_TIME = new Set(['امس', 'اليوم', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'مساء', 'صباح']);

function isPunct(t: Token): boolean {
  return !t.word;
}

export function isArabicStop(t: Token): boolean {
  return isPunct(t) || ARABIC_STOPS.has(t.norm) || isComplementizer(t.norm);
}

/** Text of tokens [from, to) as written in the article. */
export function textOf(tokens: readonly Token[], from: number, to: number, body: string): string {
  if (to <= from) return '';
  return body.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Indefinite word ends a definite subject before the object: "اتهم البنتاجون موسكو". */
const NISBA = /(ي|يه|يون|يين|ان|ين)$/;

/**
 * "مسؤول في الهلال الأحمر", "ممرضة في قسم الطوارئ": after one indefinite
 * word, في and the noun phrase after it say who the source is, not where
 * they spoke (a definite source, "الوزير في بيان", keeps its adjunct out;
 * so does a single name, at the cost of "كيم في بيونغ يانغ").
 */
function describesWho(tokens: readonly Token[], i: number, j: number, objectFollows: boolean): boolean {
  const head = tokens[i]!.norm;
  const next = tokens[j + 1];
  return !objectFollows && j === i + 1 && tokens[j]!.norm === 'في' && !head.startsWith('ال') && !!next?.word && !isArabicStop(next);
}

/**
 * The Arabic noun phrase starting at `i`: up to a stop word or punctuation,
 * at most MAX_SOURCE_WORDS words. With `objectFollows` (اتهم), it also ends
 * where the subject is complete and the object begins: after a definite
 * word, only adjectives (nisba forms, definite) and "و" + noun continue it;
 * so "البنتاجون | موسكو" and "نقابة المزارعين | الحكومة" split.
 * An apposition between commas ("يوري أوشاكوف، المستشار الدبلوماسي لبوتين،")
 * joins the phrase when the complement follows it; a lone time word there
 * ("، الثلاثاء،") is skipped. Returns the end (exclusive) of the phrase
 * and where the scan for the complement resumes.
 */
export function arabicPhraseAfter(tokens: readonly Token[], i: number, objectFollows: boolean): { end: number; resume: number } {
  let j = i;
  let definiteSeen = false;
  let described = false;
  while (j < tokens.length && j - i < MAX_SOURCE_WORDS && (!isArabicStop(tokens[j]!) || (describesWho(tokens, i, j, objectFollows) && (described = true)))) {
    const n = tokens[j]!.norm;
    if (j > i && ARABIC_DEMONSTRATIVES.has(n)) break;
    if (objectFollows && definiteSeen) {
      const adjective = n.startsWith('ال') && NISBA.test(n);
      // "و" + a definite noun; a bare و may be the root's own letter ("وقوع", "وجود").
      const coordinated = n.startsWith('وال');
      if (!adjective && !coordinated) break;
    }
    if (n.startsWith('ال') || n.startsWith('وال')) definiteSeen = true;
    j++;
  }
  const end = j;
  // An apposition or a time word between commas.
  if (j > i && COMMAS.has(tokens[j]?.text ?? '')) {
    let k = j + 1;
    while (k < tokens.length && tokens[k]!.word && k - j <= MAX_SOURCE_WORDS) k++;
    if (k > j + 1 && COMMAS.has(tokens[k]?.text ?? '')) {
      const next = tokens[k + 1];
      const complementFollows = !!next && (isComplementizer(next.norm) || next.norm === 'الي' || next.norm === 'من' || next.norm === 'علي');
      const onlyTime = k === j + 2 && ARABIC_TIME.has(tokens[j + 1]!.norm);
      // After "مسؤول في الوزارة" the clause between commas describes them ("، طلب عدم ذكر اسمه،"): skipped, not their name.
      if (complementFollows) return { end: onlyTime || described ? end : k, resume: k + 1 };
    }
  }
  return { end, resume: end };
}

/**
 * The English noun phrase just before token `i` (a verb), back to the start
 * of its clause: a comma, a conjunction, a quotation mark or the sentence
 * start. Longer than MAX_SOURCE_WORDS, it is not a subject: nothing.
 */
export function englishPhraseBefore(tokens: readonly Token[], i: number, stopWords: ReadonlySet<string>): { start: number; end: number } {
  let j = i;
  // Never further back than one word past the longest phrase: the walk stays bounded whatever precedes.
  while (j > 0 && i - j <= MAX_SOURCE_WORDS) {
    const t = tokens[j - 1]!;
    if (!t.word && !/[’']/.test(t.text)) break;
    if (stopWords.has(t.norm)) break;
    j--;
  }
  if (i - j > MAX_SOURCE_WORDS) return { start: i, end: i };
  return { start: j, end: i };
}

/**
 * The English noun phrase after token `i` ("said Marcus Lee, a spokesman"):
 * up to punctuation or a time adjunct.
 */
export function englishPhraseAfter(tokens: readonly Token[], i: number, timeWords: ReadonlySet<string>): number {
  let j = i;
  while (j < tokens.length && j - i < MAX_SOURCE_WORDS && tokens[j]!.word && !timeWords.has(tokens[j]!.norm) && tokens[j]!.norm !== 'that') j++;
  return j;
}

export function isQuote(t: Token | undefined): boolean {
  return !!t && (OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text));
}

export function isSentenceEnd(t: Token | undefined): boolean {
  return !!t && SENTENCE_ENDS.has(t.text);
}
