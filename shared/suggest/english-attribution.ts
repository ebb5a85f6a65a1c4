import { trimContent } from './content-span.ts';
import { afterRelativePronoun, AUXILIARIES, isNegated, isOwnAttitude, isPassiveCue, namedAtStart, participleSubject, relativeHead } from './english-clauses.ts';
import { ARTICLES, CONJUNCTIONS, englishCue, isAccordingTo, LISTENERS, PRONOUNS, TIME_WORDS, type EnglishCue } from './english-cues.ts';
import { CLOSING_QUOTES, isComma, OPENING_QUOTES } from './segment.ts';
import { englishPhraseAfter, englishPhraseBefore, isSentenceEnd, MAX_SOURCE_WORDS, textOf } from './source-phrase.ts';
import type { Attribution, SourceContext, Token } from './types.ts';

/**
 * Attributed claims in one English sentence. Shapes handled:
 *  - source, verb, (adjuncts), "that" + content: "The union claimed that ..."
 *  - source, verb, content: "Whitfield said the agency had ..."
 *  - source, "told" + listener, "that" + content
 *  - source, verb, object: "Lee accused the city of ...", "estimated the overpayments at ..."
 *  - quote, then the verb and the source: "“...,” said Lee" / "“...,” Park said"
 *  - content, then the source and the verb: "..., Commissioner Whitfield said on Tuesday."
 *  - "according to X, content" and "content, according to X"
 *  - a pronoun or no subject ("and she denied", "and said"): the last source named
 */

const LINKING = new Set(['and', 'but', 'while', 'whereas', 'as']);
/** How far after the verb "that" may come ("alleged in a letter to the mayor that"). */
const THAT_WINDOW = 8;
/** A source after "according to" may be a long description ("an audit released last month by the state comptroller"). */
const MAX_PREPOSITION_SOURCE = 14;
const SUBJECT_STOPS = new Set([...CONJUNCTIONS, 'that', 'who', 'which']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

interface Cue extends EnglishCue {
  index: number;
  /** Tokens the cue takes (2 for "according to"). */
  width: number;
  preposition: boolean;
}

function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isAccordingTo(tokens[i]!.norm, tokens[i + 1]?.norm)) {
      cues.push({ complement: 'that', index: i, width: 2, preposition: true });
      i++;
      continue;
    }
    const cue = tokens[i]!.word && !ARTICLES.has(tokens[i - 1]?.norm ?? '') && !isNegated(tokens, i) && !isPassiveCue(tokens, i) ? englishCue(tokens[i]!.norm) : null;
    if (cue) cues.push({ ...cue, ...(afterRelativePronoun(tokens, i) ? { complement: 'thatOnly' as const } : {}), index: i, width: 1, preposition: false });
  }
  return cues;
}

/** The index after a time adjunct at k ("on Tuesday", "last week", "yesterday"), or k. */
function skipTime(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || !TIME_WORDS.has(t.norm)) return k;
  let j = k + 1;
  while (j < tokens.length && j - k <= 2 && tokens[j]!.word && (/^[\p{Lu}\d]/u.test(tokens[j]!.text) || TIME_UNITS.has(tokens[j]!.norm))) j++;
  return j > k + 1 || !['on', 'in', 'at', 'last', 'this'].includes(t.norm) ? j : k;
}

/** “...,” said Lee / “...,” union president Teresa Mbeki told: the closing quote just before, with the comma inside it; -1 if none. */
function quoteBefore(tokens: readonly Token[], i: number, from: number): number {
  for (let k = i - 1; k >= Math.max(from, i - 7); k--) {
    const t = tokens[k]!;
    if (t.word) continue;
    const inner = tokens[k - 1]?.text ?? '';
    return CLOSING_QUOTES.has(t.text) && t.text !== '’' && [',', '?', '!', '،'].includes(inner) ? k : -1;
  }
  return -1;
}

/** Words that open an adjunct after the verb: "said in a statement", "said during a visit". */
const ADJUNCT_OPENERS = new Set([...TIME_WORDS, 'during', 'after', 'before', 'via', 'through', 'by', 'from', 'to', 'with', 'outside', 'at']);
const MAX_TAIL_WORDS = 6;
/** A relative clause between the subject and its verb may be long ("who asked not to be named because ..."). */
const MAX_PARENTHETICAL = 28;

/** Whether the words after the verb are only an adjunct up to the sentence's end ("said on Tuesday.", "said in a statement."). */
function onlyAdjunctFollows(tokens: readonly Token[], after: number): boolean {
  const k = skipTime(tokens, after);
  if (k >= tokens.length || isSentenceEnd(tokens[k])) return true;
  if (!ADJUNCT_OPENERS.has(tokens[k]!.norm)) return false;
  let j = k;
  while (j < tokens.length && j - k <= MAX_TAIL_WORDS && tokens[j]!.word && tokens[j]!.norm !== 'that') j++;
  return j - k <= MAX_TAIL_WORDS && (j >= tokens.length || isSentenceEnd(tokens[j]));
}

/**
 * The subject before the verb, past what stands between commas: a relative
 * clause or a description ("The union, which represents 3,200 workers,
 * said"; "Mbeki, a former crane operator, insisted") leaves the noun before
 * it; a name ("The company’s chief executive, Daniel Ross, told") is the
 * source itself.
 */
function subjectBefore(tokens: readonly Token[], i: number): { start: number; end: number } {
  const near = withoutAuxiliaries(tokens, englishPhraseBefore(tokens, i, SUBJECT_STOPS));
  const relative = near.end > near.start ? relativeHead(tokens, near.start) : null;
  if (relative) return relative;
  const opener = tokens[near.start]?.norm ?? '';
  const betweenCommas = near.start === near.end ? isComma(tokens[i - 1]) || ['which', 'who'].includes(tokens[near.start - 1]?.norm ?? '') : ARTICLES.has(opener) && opener !== 'the';
  if (!betweenCommas) return near;
  let close = near.start === near.end && isComma(tokens[i - 1]) ? i - 1 : near.start - 1;
  if (!isComma(tokens[close])) close = i;
  let open = close - 1;
  while (open > 0 && !isComma(tokens[open]) && close - open < MAX_PARENTHETICAL) open--;
  if (!isComma(tokens[open])) return near;
  const inner = tokens[open + 1];
  if (inner && /^\p{Lu}/u.test(inner.text) && !['which', 'who', 'a', 'an', 'the'].includes(inner.norm) && close - open - 1 <= MAX_SOURCE_WORDS) return { start: open + 1, end: close };
  const head = englishPhraseBefore(tokens, open, SUBJECT_STOPS);
  return head.end > head.start ? head : near;
}

/** "Election officials have warned": the auxiliary is the verb's, not the source's. */
function withoutAuxiliaries(tokens: readonly Token[], phrase: { start: number; end: number }): { start: number; end: number } {
  let end = phrase.end;
  while (end > phrase.start && AUXILIARIES.has(tokens[end - 1]!.norm)) end--;
  return { start: phrase.start, end };
}

/**
 * "saying its own analysis found the gap ...", "said a colleague had told
 * him that ...": a cue whose content is only the short subject of the next
 * cue reports that report; the next cue is inside the claim. True when
 * nothing between the content start and the next cue separates clauses.
 */
const MAX_NESTED_SUBJECT = 8;
function nestedIn(tokens: readonly Token[], start: number, next: Cue): boolean {
  if (next.preposition || next.index - start > MAX_NESTED_SUBJECT + 2 || next.index <= start) return false;
  for (let k = start; k < next.index; k++) {
    const t = tokens[k]!;
    if (!t.word || CONJUNCTIONS.has(t.norm)) return false;
  }
  return true;
}

/** Where the clause of the attribution at token `i` begins: its subject, if written. */
function clauseStart(tokens: readonly Token[], i: number): number {
  const before = englishPhraseBefore(tokens, i, SUBJECT_STOPS);
  return before.end - before.start <= 3 ? before.start : i;
}

export function englishAttributions(tokens: readonly Token[], body: string, context: SourceContext): Attribution[] {
  const named = namedAtStart(tokens);
  if (named) context.lastSource = textOf(tokens, named.start, named.end, body);
  const cues = findCues(tokens);
  const found: Attribution[] = [];
  // Words before each token: "is nothing but punctuation between" in constant time, so long sentences stay linear.
  const wordsBefore = new Uint32Array(tokens.length + 1);
  tokens.forEach((t, k) => (wordsBefore[k + 1] = wordsBefore[k]! + (t.word ? 1 : 0)));
  let regionEnd = 0;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const i = cue.index;
    const after = i + cue.width;
    const next = cues[c + 1];
    const end0 = next ? (next.preposition ? next.index : clauseStart(tokens, next.index)) : tokens.length;
    let source = '';
    let start = -1;
    let end = end0;

    if (cue.preposition) {
      let k = after;
      while (k < tokens.length && k - after < MAX_PREPOSITION_SOURCE && (tokens[k]!.word || tokens[k]!.text === '’')) k++;
      source = textOf(tokens, after, k, body);
      if (wordsBefore[i] === wordsBefore[regionEnd]) {
        if (!isComma(tokens[k])) continue;
        start = k + 1;
      } else if (isComma(tokens[i - 1])) {
        start = regionEnd;
        end = i - 1;
      }
    } else {
      const before = subjectBefore(tokens, i);
      const closing = quoteBefore(tokens, i, regionEnd);
      const endsHere = onlyAdjunctFollows(tokens, after);
      if (closing >= 0) {
        let open = closing - 1;
        while (open >= regionEnd && !OPENING_QUOTES.has(tokens[open]!.text)) open--;
        if (open < regionEnd) continue;
        start = open + 1;
        end = closing;
        source = before.end > before.start ? textOf(tokens, before.start, before.end, body) : textOf(tokens, after, englishPhraseAfter(tokens, after, TIME_WORDS), body);
      } else if (endsHere && before.end > before.start && isComma(tokens[before.start - 1])) {
        source = textOf(tokens, before.start, before.end, body);
        start = regionEnd;
        end = before.start - 1;
      } else {
        source = before.end - before.start <= MAX_SOURCE_WORDS ? textOf(tokens, before.start, before.end, body) : '';
        if (isComma(tokens[i - 1]) && /ing$/.test(tokens[i]!.norm)) {
          const subject = participleSubject(tokens, i - 1);
          source = subject ? textOf(tokens, subject.start, subject.end, body) : '';
        }
        if (tokens[after]?.text === ':') start = after + 1;
        for (let j = after; start < 0 && j < Math.min(end, after + THAT_WINDOW) && !isComma(tokens[j]) && !isSentenceEnd(tokens[j]); j++) {
          // "said the gathering was peaceful and that ...": the first clause has no "that" of its own.
          if (tokens[j]!.norm === 'that') start = j > after && ['and', 'or', 'but'].includes(tokens[j - 1]!.norm) && cue.complement !== 'thatOnly' ? skipTime(tokens, after) : j + 1;
        }
        if (start < 0 && cue.complement === 'told') {
          // "told Reuters the union had rejected it": one listener, then the content.
          const listener = tokens[after];
          if (listener?.word && (LISTENERS.has(listener.norm) || /^\p{Lu}/u.test(listener.text)) && tokens[after + 1]?.word) start = after + 1;
        } else if (start < 0 && cue.complement !== 'thatOnly') {
          const k = skipTime(tokens, after);
          if (tokens[k]?.word || OPENING_QUOTES.has(tokens[k]?.text ?? '')) start = k;
        }
      }
    }
    // "he", "she said", "He was quoted as saying": the last source named.
    if (source === '' || PRONOUNS.has(source.split(/\s+/)[0]!.toLowerCase())) source = context.lastSource;
    if (start < 0 || start >= end) continue;
    if (!cue.preposition) {
      let n = c + 1;
      while (n < cues.length && nestedIn(tokens, start, cues[n]!)) n++;
      if (n > c + 1) {
        end = n < cues.length ? (cues[n]!.preposition ? cues[n]!.index : clauseStart(tokens, cues[n]!.index)) : tokens.length;
        c = n - 1;
      }
    }
    if (isOwnAttitude(tokens, start)) continue;
    const span = trimContent(tokens, start, end, LINKING);
    if (!span) continue;
    if (source) context.lastSource = source;
    found.push({ contentStart: span.start, contentEnd: span.end, source, cueStart: i, cueEnd: after, participle: /ing$/.test(tokens[i]!.norm) && isComma(tokens[i - 1]) });
    regionEnd = Math.max(regionEnd, span.end, after);
  }
  return found;
}
