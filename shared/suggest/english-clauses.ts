import { englishCue, PRONOUNS, TIME_WORDS } from './english-cues.ts';
import { isComma } from './segment.ts';
import { MAX_SOURCE_WORDS } from './source-phrase.ts';
import type { Token } from './types.ts';

/**
 * English clause shapes around a cue that the cue list alone cannot tell,
 * without a parser: who the subject of a participle is, a negated cue, a
 * relative clause before the verb, auxiliaries, and content that is only
 * the speaker's own attitude.
 */

/** Auxiliaries and modals between a subject and its verb ("officials have warned"): not part of the source. */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'also', 'repeatedly']);

/** A cue after "not" / "never" / "didn’t" asserts nothing ("has not said what", "did not say whether"). */
export function isNegated(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  return prev === 'not' || prev === 'never' || /n[’']t$/.test(prev);
}

/** A cue right after who / which belongs to a description ("Khan, who argued the case, said"): a claim only with "that". */
export function afterRelativePronoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  return prev === 'who' || prev === 'which';
}

const NOT_A_HEAD = new Set(['so', 'now', 'such', 'given', 'except']);

/**
 * "Civil rights groups that brought the lawsuit argued": a relative clause
 * without commas between the subject and the verb; `phraseStart` is where
 * the words before the verb begin (after "that"). The head noun before the
 * relative pronoun, as [start, end) of tokens, or null when the pronoun is
 * not relative (after a cue, "said that ...", it is a complementizer).
 */
export function relativeHead(tokens: readonly Token[], phraseStart: number): { start: number; end: number } | null {
  const pronoun = tokens[phraseStart - 1];
  const before = tokens[phraseStart - 2];
  if (!pronoun || !['that', 'who', 'which'].includes(pronoun.norm) || !before?.word) return null;
  if (englishCue(before.norm) || NOT_A_HEAD.has(before.norm)) return null;
  let j = phraseStart - 1;
  while (j > 0 && tokens[j - 1]!.word && phraseStart - 1 - j < MAX_SOURCE_WORDS && !['and', 'but', 'that', 'who', 'which'].includes(tokens[j - 1]!.norm) && !englishCue(tokens[j - 1]!.norm)) j--;
  return j < phraseStart - 1 ? { start: j, end: phraseStart - 1 } : null;
}

/** Words that open a clause inside a sentence: the clause a participle follows starts after them. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'as', 'while', 'since', 'although', 'though', 'and', 'but', 'once']);
/** Words that begin an object: the word before one is the verb, where the subject stops ("The state disputed | those figures"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'those', 'these', 'this', 'that', 'our', 'my', 'some', 'all', 'no']);
/** How far back the clause of a participle is looked for: bounded, so a sentence without end stays linear. */
const CLAUSE_REACH = 40;

/**
 * ", saying ...", ", ruling that ...": a participle after a comma has the
 * subject of the clause before the comma ("A federal judge on Thursday
 * blocked the law, ruling that"; "after the company cut its forecast,
 * saying"). The clause starts at the sentence start or after a
 * subordinating word; its subject runs to the first word that cannot be part
 * of it: a time word, an auxiliary, a figure, a word ending in -ed, or the
 * verb, told by the object opener after it. [start, end) or null.
 */
export function participleSubject(tokens: readonly Token[], comma: number): { start: number; end: number } | null {
  let s = comma;
  while (s > 0 && comma - s < CLAUSE_REACH && !SUBORDINATORS.has(tokens[s - 1]!.norm) && !isComma(tokens[s - 1])) s--;
  if (s > 0 && comma - s >= CLAUSE_REACH) return null;
  let e = s;
  while (e < comma && e - s < MAX_SOURCE_WORDS) {
    const t = tokens[e]!;
    const next = tokens[e + 1];
    // A lower-case word in -ed after the first is a verb (names such as "Mohammed" are capitalised); so is a word before an object.
    const verbLike = (e > s && /^\p{Ll}.*ed$/u.test(t.text)) || (!!next && (OBJECT_OPENERS.has(next.norm) || /^\$?\d/.test(next.text)));
    if (!t.word || TIME_WORDS.has(t.norm) || AUXILIARIES.has(t.norm) || /\d/.test(t.text) || englishCue(t.norm) || verbLike) break;
    e++;
  }
  return e > s ? { start: s, end: e } : null;
}

/** Verbs of the speaker's own attitude: "she welcomed the ruling" reports a feeling, not something to check. */
const ATTITUDES = new Set(['welcomed', 'welcomes', 'welcome', 'praised', 'praises', 'condemned', 'condemns', 'regretted', 'regrets', 'hoped', 'hopes', 'thanked', 'applauded', 'deplored', 'lamented', 'criticised', 'criticized']);

/** A content that is a pronoun and an attitude verb ("she welcomed the ruling", "he regretted the decision"). */
export function isOwnAttitude(tokens: readonly Token[], start: number): boolean {
  return PRONOUNS.has(tokens[start]?.norm ?? '') && ATTITUDES.has(tokens[start + 1]?.norm ?? '');
}

/** Forms of "be" before a participle: "It was reported that", "is expected", "were told". */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A cue in the passive names no one ("It was reported that ..."); "was saying" is the active progressive. */
export function isPassiveCue(tokens: readonly Token[], i: number): boolean {
  return BE.has(tokens[i - 1]?.norm ?? '') && !/ing$/.test(tokens[i]!.norm);
}

const MAX_NAME_WORDS = 4;

/**
 * "The company’s chairman, Peter Lund, has stood by ...": a person named
 * between commas right after the opening noun phrase of a sentence. A
 * later "he" / "she" refers to them even though nothing was said yet.
 * The token range of the name, or null.
 */
export function namedAtStart(tokens: readonly Token[]): { start: number; end: number } | null {
  let c1 = 0;
  while (c1 < tokens.length && c1 <= MAX_SOURCE_WORDS && tokens[c1]!.word) c1++;
  if (c1 === 0 || !isComma(tokens[c1])) return null;
  let c2 = c1 + 1;
  while (c2 < tokens.length && c2 - c1 - 1 <= MAX_NAME_WORDS && tokens[c2]!.word && /^\p{Lu}/u.test(tokens[c2]!.text)) c2++;
  if (c2 === c1 + 1 || !isComma(tokens[c2]) || c2 - c1 - 1 > MAX_NAME_WORDS) return null;
  const after = tokens[c2 + 1];
  return after?.word && /^\p{Ll}/u.test(after.text) ? { start: c1 + 1, end: c2 } : null;
}
