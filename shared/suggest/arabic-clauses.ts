import type { ArabicCue } from './arabic-cues.ts';
import { isComma } from './segment.ts';
import { MAX_SOURCE_WORDS } from './source-phrase.ts';
import type { Token } from './types.ts';

/**
 * Arabic clause shapes around a cue that the cue list alone cannot tell:
 * a passive verb (no one is named as speaking), a verbal noun spelled like
 * a verb, and a second أن / إن of the same verb.
 */

/**
 * A verb written with a damma on its first letter (after و / ف) is passive:
 * أُفيد "it was reported", يُذكر "it is mentioned", يُتوقع "it is expected".
 * A present of forms II–IV takes that damma in the active too (تُقدّر "she
 * estimates"), so there it marks nothing. Unvowelled, a verb cannot be told
 * from its active form and is read as active.
 */
const DAMMA_FIRST = /^[وف]?(\p{L})\u064F/u;
export function isPassive(t: Token, cue: ArabicCue): boolean {
  const m = DAMMA_FIRST.exec(t.text);
  if (!m) return false;
  const present = m[1] === 'ي' || m[1] === 'ت';
  return !present || !cue.dammaActive;
}

/** After عدم ("not"), a cue's form is its verbal noun: "طلبت عدم ذكر اسمها" names no one and says nothing. */
const NEGATING_NOUNS = new Set(['عدم', 'بعدم', 'لعدم']);
export function isVerbalNoun(tokens: readonly Token[], i: number): boolean {
  return NEGATING_NOUNS.has(tokens[i - 1]?.norm ?? '');
}

/** "، وإن" / "، وأن" / "، وبأن": the same verb's next complement, a claim of its own (normalised forms). */
const NEXT_COMPLEMENT = /^وب?ان(?:ه|ها|هم|هما|هن)?$/;

/**
 * The content [start, end) cut at each "، وإن": "قال X إن A، وإن B" is two
 * claims of X. One pass over the content.
 */
export function splitAtNextComplement(tokens: readonly Token[], start: number, end: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = start;
  for (let k = start + 1; k < end - 1; k++) {
    if (isComma(tokens[k - 1]) && NEXT_COMPLEMENT.test(tokens[k]!.norm)) {
      pieces.push({ start: from, end: k - 1 });
      from = k + 1;
    }
  }
  pieces.push({ start: from, end });
  return pieces;
}

/** Whether the object starting at `from` holds `word` (bare, with ال, or with و / ب / ل before it) within a few words. */
export function objectHolds(tokens: readonly Token[], from: number, word: string): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4) && tokens[k]!.word; k++) {
    if (tokens[k]!.norm.replace(/^[وبل]?(?:ال)?/, '') === word) return true;
  }
  return false;
}

/** Outlets and people spoken to, after ل: "قال لقناة محلية", "صرح لوكالة الأنباء". */
const ADDRESSEES = /^ل(?:ل|قناه|صحيفه|وكاله|موقع|اذاعه|تلفزيون|مراسل|صحفيين|صحافيين)/;
/** "لـ«الرأي»", "له", "لها", "لهم": ل alone or with a pronoun. */
const BARE_LI = /^ل(?:ـ|ه|ها|هم|هما)?$/;

/**
 * Who a verb is addressed to, right after it ("وقال لقناة محلية:",
 * "وقال لـ«الرأي» مسؤول ..."): where the source phrase may begin after it,
 * or `k` when there is no addressee. A name in quotation marks after ل is
 * the addressee's whole name; otherwise the addressee runs to a stop, so the
 * subject is the one named before (a dropped subject).
 */
export function afterAddressee(tokens: readonly Token[], k: number, isStop: (t: Token) => boolean): number {
  const t = tokens[k];
  if (!t?.word || !(BARE_LI.test(t.norm) || ADDRESSEES.test(t.norm))) return k;
  let j = k + 1;
  if (OPENING.has(tokens[j]?.text ?? '')) {
    const close = quotedNameEnd(tokens, j);
    if (close > 0) return close + 1;
  }
  // Bounded like a source phrase, so a run of words without a stop costs no more than one.
  while (j < tokens.length && j - k <= MAX_SOURCE_WORDS && tokens[j]!.word && !isStop(tokens[j]!)) j++;
  return j;
}

const OPENING = new Set(['«', '“', '"']);
const CLOSING = new Set(['»', '”', '"']);
/** Words a quoted name may have: «الرأي», «أطباء بلا حدود»; longer quotes are speech. */
const MAX_NAME_WORDS = 3;

/** The index of the closing mark of a short quoted name opening at `open`, or -1. */
export function quotedNameEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + MAX_NAME_WORDS + 1; k++) {
    if (CLOSING.has(tokens[k]!.text)) return k > open + 1 ? k : -1;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}

/**
 * Verbal nouns of the derived forms (تعليق، اعتماد، استئناف، متابعة):
 * after a verb with no أن, one of them is its object ("وأعلن تعليق الدعم"),
 * not its subject. Form I verbal nouns have no pattern and are not told.
 */
const VERBAL_NOUN = /^(?:ت..ي.|ا.ت.ا.|است..ا.|ان..ا.|م.ا..ه)$/;
export function isVerbalNounForm(norm: string): boolean {
  return VERBAL_NOUN.test(norm.replace(/^و/, ''));
}
