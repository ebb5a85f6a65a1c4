import type { ArabicCue } from './arabic-cues.ts';
import { isComma } from './segment.ts';
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
