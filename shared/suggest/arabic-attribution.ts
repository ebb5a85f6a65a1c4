import { afterAddressee, isPassive, isVerbalNoun, isVerbalNounForm, objectHolds, quotedNameEnd, splitAtNextComplement } from './arabic-clauses.ts';
import { arabicCue, isComplementizer, type ArabicCue } from './arabic-cues.ts';
import { trimContent } from './content-span.ts';
import { isComma } from './segment.ts';
import { arabicPhraseAfter, isArabicStop, MAX_SOURCE_WORDS, textOf } from './source-phrase.ts';
import type { Attribution, SourceContext, Token } from './types.ts';

/**
 * Attributed claims in one Arabic sentence. Shapes handled:
 *  - verb, source, (adjuncts), أن / إن + content: "وتزعم الدول الغربية أن ..."
 *  - verb, source, إلى (أن) + content: "وأشار أوشاكوف إلى التوقيع على ..."
 *  - verb, source, object + content: "واتهم البنتاجون موسكو باستخدام ..."
 *  - verb, source, colon or quotation mark + quoted words
 *  - no source after the verb: the subject before it ("غير أن الشركة ادعت أن"),
 *    else the last source named (a dropped subject: "وقالت إن ...")
 *  - participle continuing the last source: "، مضيفا أن ..."
 *  - "بحسب X، content" at the start; "content، بحسب (ما أفاد) X" after it
 *  - relayed: "ونقلت الوكالة عن مسؤول قوله إن ..."
 * `context.lastSource` carries the last source named across sentences.
 */

/** Words that link a content to the next attribution and belong to neither. */
const LINKING = new Set(['فيما', 'بينما', 'حيث', 'و', 'كما', 'في', 'حين', 'غير', 'الا', 'ان', 'لكن', 'ولكن']);
/** How far after the source the complement may be ("في مؤتمر صحفي عقده اليوم إن"). */
const COMPLEMENT_WINDOW = 9;

interface Cue extends ArabicCue {
  index: number;
  /** Written with و / ف: a verb-first clause of its own. */
  proclitic: boolean;
  /** A passive verb (يُتوقع): no source of its own. */
  passive: boolean;
  /**
   * Where its clause begins when it begins one of its own (و / ف on it, a
   * comma, a linking word or "غير أن" before it or its subject, a
   * participle): the content before ends there. -1 otherwise.
   */
  clauseStart: number;
}

/** Words that join two clauses: a cue after them (and its subject) starts a new attribution. */
const LINKERS = new Set(['فيما', 'بينما', 'حين', 'كما', 'ثم', 'لكن', 'ولكن', 'بل']);

/**
 * Where the clause of the cue at i begins, if the cue (or an SVO subject of
 * up to 4 words before it) follows a comma, a linking word, "غير أن" /
 * "إلا أن", or the sentence start; -1 if it does not.
 */
function clauseStartOf(tokens: readonly Token[], i: number): number {
  const boundaryAt = (k: number) => k < 0 || isComma(tokens[k]) || LINKERS.has(tokens[k]!.norm) || (isComplementizer(tokens[k]!.norm) && /^(غير|الا)$/.test(tokens[k - 1]?.norm ?? ''));
  // The clause begins at the comma or linking words themselves, so they leave the content before.
  const opening = (k: number) => (k >= 1 && isComplementizer(tokens[k]!.norm) && /^(غير|الا)$/.test(tokens[k - 1]!.norm) ? k - 1 : Math.max(k, 0));
  if (boundaryAt(i - 1)) return opening(i - 1);
  let k = i;
  while (k > 0 && tokens[k - 1]!.word && i - k < 4 && !boundaryAt(k - 1) && !isComplementizer(tokens[k - 1]!.norm)) k--;
  return k < i && boundaryAt(k - 1) ? opening(k - 1) : -1;
}

function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, index) => {
    const cue = t.word ? arabicCue(t.norm) : null;
    if (!cue || isVerbalNoun(tokens, index)) return;
    const own = clauseStartOf(tokens, index);
    cues.push({ ...cue, index, passive: cue.type === 'verb' && isPassive(t, cue), clauseStart: own >= 0 ? own : cue.proclitic || cue.type === 'participle' ? index : -1 });
  });
  return cues;
}

const DEMONSTRATIVE = /^(هذا|هذه|ذلك|تلك|هولاء)$/;

/** Where the content starts after the source, or -1: the complement within the window (counted in words, so an aside between commas costs only its words). */
function contentStart(tokens: readonly Token[], from: number, cue: Cue, stopAt: number): number {
  let words = 0;
  for (let k = from; k < Math.min(stopAt, tokens.length) && words < COMPLEMENT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.word) words++;
    if (t.word && isComplementizer(t.norm)) return k + 1;
    if (cue.complement === 'ila' && t.norm === 'الي') return isComplementizer(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (t.text === ':') return k + 1;
    if (t.text === '«' || t.text === '“' || t.text === '"') {
      // "في رسالة اطلعت عليها «الرأي»": a name in quotation marks, not the quoted words.
      const close = quotedNameEnd(tokens, k);
      if (close < 0 || isComplementizer(tokens[close + 1]?.norm ?? '') || tokens[close + 1]?.text === ':') return k;
      k = close;
      continue;
    }
  }
  return -1;
}

const KANA = /^و?(كان|كانت|كانوا)$/;

/**
 * The subject written before the verb ("غير أن وزارة الطاقة نفت", "وكان
 * المحافظ قد أعلن"): 1–4 words after a complementizer, a comma or the
 * sentence start, one of them definite; كان in front and قد behind are the
 * tense, not the subject.
 */
function subjectBefore(tokens: readonly Token[], i: number, body: string): string {
  let j = i;
  while (j > 0 && tokens[j - 1]!.word && !isComplementizer(tokens[j - 1]!.norm) && i - j < 6) j--;
  const boundary = j === 0 || isComplementizer(tokens[j - 1]!.norm) || isComma(tokens[j - 1]);
  let end = i;
  // "لكن المتحدث ... رد": the linking word joins the clause to what precedes; it is not the subject.
  if (j < end && LINKERS.has(tokens[j]!.norm)) j++;
  if (j < end && KANA.test(tokens[j]!.norm)) j++;
  if (end > j && /^(قد|لقد)$/.test(tokens[end - 1]!.norm)) end--;
  if (!boundary || j >= end || end - j > 4) return '';
  if (!tokens.slice(j, end).some((t) => /^و?ال/.test(t.norm))) return '';
  return textOf(tokens, j, end, body);
}

/** Index of the first cue whose token index is at least `at` (cues are in token order). */
function firstCueAt(cues: readonly Cue[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function arabicAttributions(tokens: readonly Token[], body: string, context: SourceContext): Attribution[] {
  const cues = findCues(tokens);
  // Lookups by position stay logarithmic, so a sentence that never ends (pasted text without full stops) stays linear.
  const nextOpening: number[] = new Array<number>(cues.length + 1).fill(-1);
  for (let c = cues.length - 1; c >= 0; c--) nextOpening[c] = cues[c]!.clauseStart >= 0 ? c : nextOpening[c + 1]!;
  const wordsBefore = new Uint32Array(tokens.length + 1);
  tokens.forEach((t, k) => (wordsBefore[k + 1] = wordsBefore[k]! + (t.word ? 1 : 0)));
  const found: Attribution[] = [];
  // Contents of passive cues: kept only if a "، بحسب X" after them names who says it.
  const unnamed = new Set<Attribution>();
  let regionEnd = 0;
  let consumedUntil = -1;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const i = cue.index;
    // A cue inside a content already taken is reported speech within it ("أن الحكومة تتوقع ..."): part of that claim.
    if (i <= consumedUntil || i < regionEnd) continue;
    const next = cues[firstCueAt(cues, Math.max(i, consumedUntil) + 1)];
    const nextIndex = (after: number) => {
      const n = nextOpening[firstCueAt(cues, after)]!;
      return n >= 0 ? cues[n]!.clauseStart : tokens.length;
    };
    let source = '';
    let start = -1;
    let end = tokens.length;

    if (cue.type === 'preposition') {
      let j = i + 1;
      if (tokens[j]?.norm === 'عن') j++;
      if (tokens[j]?.norm === 'ل') j++;
      if (tokens[j]?.norm === 'ما' && tokens[j + 1] && arabicCue(tokens[j + 1]!.norm)) j += 2;
      let k = j;
      while (k < tokens.length && tokens[k]!.word && k - j < MAX_SOURCE_WORDS + 2) k++;
      if (k === j) continue;
      // "وفقا لبيانات": the preposition ل written on the first word is not part of the name.
      const first = tokens[j]!;
      const skip = first.norm.startsWith('ل') && /^(وفق|طبق)/.test(tokens[i]!.norm.replace(/^و/, '')) ? 1 : 0;
      source = body.slice(first.start + skip, tokens[k - 1]!.end);
      consumedUntil = k - 1;
      const atStart = wordsBefore[i] === wordsBefore[regionEnd];
      const last = found[found.length - 1];
      if (last && atStart && !cue.proclitic && isComma(tokens[i - 1])) {
        // "content، بحسب X، ...": X is who says the content just before (if it named no one); what follows continues that sentence.
        if (unnamed.delete(last)) last.source = context.lastSource = source;
        regionEnd = Math.max(regionEnd, consumedUntil + 1);
        continue;
      }
      if (atStart && isComma(tokens[k])) {
        start = k + 1;
        // "فإن" / "فقد" open the main clause after a fronted source.
        if (tokens[start] && /^(فان|فانه|فانها|فقد)$/.test(tokens[start]!.norm)) start++;
        end = nextIndex(start);
      } else if (isComma(tokens[i - 1])) {
        start = regionEnd;
        end = i - 1;
      }
    } else {
      let resume = i + 1;
      let subjectEnd = i + 1;
      let verbalNounObject = false;
      const before = cue.type === 'verb' && !cue.proclitic && !cue.passive ? subjectBefore(tokens, i, body) : '';
      if (cue.complement === 'relay') {
        // The agency relays; the source is who it quotes, after عن or إلى.
        let k = i + 1;
        while (k < Math.min(tokens.length, i + 8) && tokens[k]!.norm !== 'عن' && tokens[k]!.norm !== 'الي') k++;
        if (k >= Math.min(tokens.length, i + 8)) continue;
        const relayed = arabicPhraseAfter(tokens, k + 1, false);
        source = textOf(tokens, k + 1, relayed.end, body);
        resume = relayed.resume;
      } else if (before) {
        // Subject first (SVO): what follows the verb is its complement or object.
        source = before;
      } else if (cue.type === 'verb' && !cue.passive) {
        const from = afterAddressee(tokens, i + 1, isArabicStop);
        const phrase = arabicPhraseAfter(tokens, from, cue.complement === 'object' || cue.complement === 'thatOrObject');
        subjectEnd = phrase.end;
        resume = phrase.resume;
        source = textOf(tokens, from, phrase.end, body);
        verbalNounObject = cue.complement === 'that' && from === i + 1 && isVerbalNounForm(tokens[from]?.norm ?? '');
        if (source && !verbalNounObject) context.lastSource = source;
      }
      if (!source && !cue.passive) source = context.lastSource;
      const stopAt = next?.index ?? tokens.length;
      const object = () => (tokens[subjectEnd]?.word && !isArabicStop(tokens[subjectEnd]!) && !DEMONSTRATIVE.test(tokens[subjectEnd]!.norm) ? subjectEnd : -1);
      if (cue.complement === 'object') start = subjectEnd > i + 1 || before ? object() : -1;
      else start = contentStart(tokens, resume, cue, stopAt);
      if (start < 0 && verbalNounObject) {
        // "وأعلن تعليق الدعم ...": no أن, and what follows the verb is a verbal noun: its object, said by the last source.
        start = i + 1;
        source = context.lastSource;
      }
      if (start >= 0 && cue.objectWord && !objectHolds(tokens, start, cue.objectWord)) continue;
      if (start < 0 && cue.complement === 'thatOrObject' && (subjectEnd > i + 1 || before)) start = object();
      if (start >= 0) end = nextIndex(start);
    }
    if (start < 0 || start >= end) continue;
    const span = trimContent(tokens, start, end, LINKING);
    if (!span) continue;
    if (source) context.lastSource = source;
    for (const piece of splitAtNextComplement(tokens, span.start, span.end)) {
      const part = trimContent(tokens, piece.start, piece.end, LINKING);
      if (!part) continue;
      const a: Attribution = { contentStart: part.start, contentEnd: part.end, source, cueStart: i, cueEnd: i + 1, participle: cue.type === 'participle' };
      found.push(a);
      if (cue.passive) unnamed.add(a);
    }
    regionEnd = Math.max(regionEnd, span.end, consumedUntil + 1);
  }
  return unnamed.size === 0 ? found : found.filter((a) => !unnamed.has(a));
}
