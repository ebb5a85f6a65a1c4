import { normalizedString } from '../text/normalize.ts';

/**
 * Arabic attribution cues. Reported speech in Arabic news is mostly verb
 * first ("وتزعم الدول الغربية أن ..."), the verb agreeing with its subject
 * (قال / قالت / قالوا), often behind a conjunction written as part of the
 * word (و، ف); a continuation is a circumstantial participle ("مضيفا أن",
 * "مشيرة إلى أن"); and a source can be named by a preposition ("بحسب
 * الكرملين،", "وفقا لبيانات ..."). The forms are listed as people write
 * them and folded with the product's normaliser, so hamza forms, ى/ي, ة/ه
 * and diacritics ("قدّر") never matter.
 *
 * No stemmer: a light stemmer (ISRI and the like) strips more than the
 * clitics and conflates verbs with nouns of the same root (قال "he said"
 * with مقال "article"); a closed list of the forms that carry reported
 * speech is both exact and cheap (one Map lookup per word).
 */

/** What follows the verb before the claimed content. */
export type Complement =
  /** أن / إن, possibly after other words ("في بيان"): the usual case. */
  | 'that'
  /** أشار إلى، لفت إلى، ألمح إلى: "إلى أن ..." or "إلى" + a noun phrase. */
  | 'ila'
  /** اتهم X بـ...: the subject, then the object, which starts the content. */
  | 'object'
  /** نقلت الوكالة عن فلان قوله إن / نسبت الصحيفة إلى مصدر قوله إن: the source is after عن or إلى. */
  | 'relay'
  /** نفى أن ... or نفى + the thing denied ("نفت وجود أي قرار"). */
  | 'thatOrObject';

export interface ArabicCue {
  type: 'verb' | 'participle' | 'preposition';
  complement: Complement;
  /** A word the object must contain for the verb to carry a claim (حمّل X مسؤولية), normalised. */
  objectWord?: string;
  /** Never behind و / ف: with the clitic the word is another one (ورد "was mentioned", فرد "individual"). */
  bareOnly?: boolean;
  /** Forms II–IV: the active present is written with a damma too (تُقدّر "she estimates"), so it does not mark the passive. */
  dammaActive?: boolean;
}

/** Past forms: he, she, they, the two (m/f). */
const past = (p: string) => [p, `${p}ت`, `${p}وا`, `${p}ا`, `${p}تا`];
/** Present forms from the stem after the prefix: he, she, they, the two (m/f). */
const present = (s: string) => [`ي${s}`, `ت${s}`, `ي${s}ون`, `ي${s}ان`, `ت${s}ان`];
/** Circumstantial participle ("مضيفا"), masculine, feminine, plural. */
const participle = (m: string) => [`${m}ا`, `${m}ة`, `${m}ين`];

interface Entry {
  verb: string[];
  participle?: string[];
  complement?: Complement;
  objectWord?: string;
  bareOnly?: boolean;
  dammaActive?: boolean;
}

const ENTRIES: Entry[] = [
  { verb: ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا', ...present('قول')], participle: participle('قائل') },
  { verb: [...past('صرح'), ...present('صرح')], participle: participle('مصرح'), dammaActive: true },
  { verb: [...past('أكد'), ...present('ؤكد')], participle: participle('مؤكد'), dammaActive: true },
  { verb: [...past('أشار'), ...present('شير')], participle: participle('مشير'), complement: 'ila', dammaActive: true },
  { verb: [...past('لفت'), ...present('لفت')], participle: participle('لافت'), complement: 'ila' },
  { verb: [...past('ألمح'), ...present('لمح')], participle: participle('ملمح'), complement: 'ila', dammaActive: true },
  { verb: [...past('أعلن'), ...present('علن')], participle: participle('معلن'), dammaActive: true },
  { verb: [...past('زعم'), ...present('زعم')], participle: participle('زاعم') },
  // Defective verbs lose their last letter in the plural (يدّعون, ينفون): spelled out.
  { verb: ['ادعى', 'ادعت', 'ادعوا', 'ادعيا', 'يدعي', 'تدعي', 'يدعون', 'يدعيان', 'تدعيان'], participle: participle('مدعي') },
  { verb: [...past('اتهم'), ...present('تهم')], participle: participle('متهم'), complement: 'object' },
  { verb: ['نفى', 'نفت', 'نفوا', 'نفيا', 'ينفي', 'تنفي', 'ينفون', 'ينفيان', 'تنفيان'], participle: participle('نافي'), complement: 'thatOrObject' },
  { verb: [...past('ذكر'), ...present('ذكر')], participle: participle('ذاكر') },
  { verb: [...past('أفاد'), ...present('فيد')], participle: participle('مفيد'), dammaActive: true },
  { verb: [...past('كشف'), ...present('كشف')], participle: participle('كاشف') },
  { verb: [...past('أوضح'), ...present('وضح')], participle: participle('موضح'), dammaActive: true },
  { verb: [...past('اعتبر'), ...present('عتبر')], participle: participle('معتبر') },
  { verb: ['رأى', 'رأت', 'رأوا', 'رأيا', 'يرى', 'ترى', 'يرون'] },
  { verb: [...past('قدر'), ...present('قدر')], participle: participle('مقدر'), dammaActive: true },
  { verb: [...past('أضاف'), ...present('ضيف')], participle: participle('مضيف'), dammaActive: true },
  { verb: [...past('حذر'), ...present('حذر')], participle: participle('محذر'), dammaActive: true },
  { verb: [...past('شدد'), ...present('شدد')], participle: participle('مشدد'), dammaActive: true },
  { verb: [...past('توقع'), ...present('توقع')], participle: participle('متوقع') },
  { verb: [...past('اعترف'), ...present('عترف')], participle: participle('معترف') },
  { verb: [...past('أقر'), ...present('قر')], participle: participle('مقر'), dammaActive: true },
  // Past only: the present يبلغ / تبلغ is mostly "amounts to" ("وتبلغ السعة ...").
  { verb: past('أبلغ'), dammaActive: true },
  { verb: [...past('نقل'), ...present('نقل')], complement: 'relay' },
  { verb: [...past('نسب'), ...present('نسب')], complement: 'relay' },
  // "وتابع أن" / "وأردف قائلا": continuing a speaker; تابع alone ("followed") has no أن and is never taken.
  { verb: [...past('تابع'), ...present('تابع')], participle: participle('متابع'), dammaActive: true },
  { verb: [...past('أردف'), ...present('ردف')], participle: participle('مردف'), dammaActive: true },
  { verb: [...past('رجح'), ...present('رجح')], participle: participle('مرجح'), dammaActive: true },
  // ووصف الوزير القرار بأنه «تاريخي»: the thing described, then بأنه, is the claim.
  { verb: [...past('وصف'), ...present('صف')], participle: participle('واصف'), complement: 'object' },
  // حمّلت المعارضة الحكومة مسؤولية ...: an accusation only with مسؤولية; حمل alone is "carried" (حمل المتظاهرون لافتات).
  { verb: [...past('حمل'), ...present('حمل')], complement: 'object', objectWord: 'مسؤولية', dammaActive: true },
  // رد بأن "replied that"; the dual ردا is left out, it is mostly the adverb "in reply" (وردا على سؤال).
  { verb: ['رد', 'ردت', 'ردوا', 'يرد', 'ترد', 'يردون'], bareOnly: true },
  // Past only: the present يظهر is mostly "appears" (ويظهر أن "it seems that"), with no one speaking.
  { verb: past('أظهر'), dammaActive: true },
  // يخشى أطباء من أن ...: a fear is a prediction someone makes; without أن (يخشى الخروج) there is no content.
  { verb: ['خشي', 'خشيت', 'خشوا', 'يخشى', 'تخشى', 'يخشون', 'يخشيان', 'تخشيان'] },
  // تعهد بأن "pledged that": a promise someone can be held to.
  { verb: [...past('تعهد'), ...present('تعهد')], participle: participle('متعهد') },
  // نوّه إلى أن "pointed out that", like أشار.
  { verb: [...past('نوه'), ...present('نوه')], participle: participle('منوه'), complement: 'ila', dammaActive: true },
  // مذكّرا بأن "recalling that"; the verb ذكّر is spelled like ذكر, and the feminine مذكرة is "memorandum": left out.
  { verb: [], participle: ['مذكرا', 'مذكرين'] },
];

/** بحسب X، / وفقا لـ X / نقلا عن X. */
const PREPOSITIONS = ['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا'];

const LEXICON = new Map<string, ArabicCue>();
for (const e of ENTRIES) {
  const complement = e.complement ?? 'that';
  const objectWord = e.objectWord ? normalizedString(e.objectWord) : undefined;
  for (const f of e.verb) LEXICON.set(normalizedString(f), { type: 'verb', complement, ...(objectWord ? { objectWord } : {}), ...(e.bareOnly ? { bareOnly: true } : {}), ...(e.dammaActive ? { dammaActive: true } : {}) });
  for (const f of e.participle ?? []) LEXICON.set(normalizedString(f), { type: 'participle', complement: complement === 'relay' ? 'that' : complement });
}
for (const p of PREPOSITIONS) LEXICON.set(normalizedString(p), { type: 'preposition', complement: 'that' });

/** Proclitics written as part of the next word: "and", "so". */
const PROCLITICS = ['و', 'ف'];

/**
 * The cue a (normalised) word carries, itself or behind و / ف ("وتزعم",
 * "فأكد", "وبحسب"); the bare word is tried first, since some cues begin
 * with the letter of a clitic (وفقا, وضح).
 */
export function arabicCue(norm: string): (ArabicCue & { proclitic: boolean }) | null {
  const bare = LEXICON.get(norm);
  if (bare) return { ...bare, proclitic: false };
  for (const p of PROCLITICS) {
    if (norm.length > 2 && norm.startsWith(p)) {
      const rest = LEXICON.get(norm.slice(1));
      if (rest && !rest.bareOnly) return { ...rest, proclitic: true };
    }
  }
  return null;
}

/** أن / إن / بأن / لأن, alone or with a pronoun ("أنها", "إنه"), normalised: the start of reported content. */
const COMPLEMENTIZER = /^(?:ب|ف)?ان(?:ه|ها|هم|هما|هن|نا|ني)?$/;
export function isComplementizer(norm: string): boolean {
  return COMPLEMENTIZER.test(norm);
}

/** أن with a pronoun attached: the pronoun is the content's subject, the content starts after it. */
export function complementizerHasPronoun(norm: string): boolean {
  return COMPLEMENTIZER.test(norm) && !/ان$/.test(norm);
}
