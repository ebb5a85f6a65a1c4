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
const LINKING = new Set(['فيما', 'بينما', 'حيث', 'و', 'كما', 'في', 'حين']);
/** How far after the source the complement may be ("في مؤتمر صحفي عقده اليوم إن"). */
const COMPLEMENT_WINDOW = 9;

interface Cue extends ArabicCue {
  index: number;
}

function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, index) => {
    const cue = t.word ? arabicCue(t.norm) : null;
    if (cue) cues.push({ ...cue, index });
  });
  return cues;
}

/** Where the content starts after the source, or -1: the complement within the window. */
function contentStart(tokens: readonly Token[], from: number, cue: Cue, stopAt: number): number {
  for (let k = from; k < Math.min(stopAt, from + COMPLEMENT_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.word && isComplementizer(t.norm)) return k + 1;
    if (cue.complement === 'ila' && t.norm === 'الي') return isComplementizer(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (t.text === ':') return k + 1;
    if (t.text === '«' || t.text === '“' || t.text === '"') return k;
  }
  return -1;
}

/** The subject written before the verb ("غير أن الشركة ادعت"): 1–4 words after a complementizer, a comma or the sentence start, the first definite. */
function subjectBefore(tokens: readonly Token[], i: number, body: string): string {
  let j = i;
  while (j > 0 && tokens[j - 1]!.word && !isComplementizer(tokens[j - 1]!.norm) && i - j < 5) j--;
  const boundary = j === 0 || isComplementizer(tokens[j - 1]!.norm) || isComma(tokens[j - 1]);
  if (!boundary || j === i || i - j > 4 || !tokens[j]!.norm.startsWith('ال')) return '';
  return textOf(tokens, j, i, body);
}

export function arabicAttributions(tokens: readonly Token[], body: string, context: SourceContext): Attribution[] {
  const cues = findCues(tokens);
  const found: Attribution[] = [];
  let regionEnd = 0;
  let consumedUntil = -1;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const i = cue.index;
    if (i <= consumedUntil) continue;
    const next = cues.find((n) => n.index > i && n.index > consumedUntil);
    const nextIndex = (after: number) => cues.find((n) => n.index >= after)?.index ?? tokens.length;
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
      const atStart = tokens.slice(regionEnd, i).every((t) => !t.word);
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
      if (cue.complement === 'relay') {
        const agency = arabicPhraseAfter(tokens, i + 1, false);
        if (tokens[agency.end]?.norm !== 'عن') continue;
        const relayed = arabicPhraseAfter(tokens, agency.end + 1, false);
        source = textOf(tokens, agency.end + 1, relayed.end, body);
        resume = relayed.resume;
      } else if (cue.type === 'verb') {
        const phrase = arabicPhraseAfter(tokens, i + 1, cue.complement === 'object');
        subjectEnd = phrase.end;
        resume = phrase.resume;
        source = textOf(tokens, i + 1, phrase.end, body) || subjectBefore(tokens, i, body);
        if (source && phrase.end > i + 1) context.lastSource = source;
      }
      if (!source) source = context.lastSource;
      const stopAt = next?.index ?? tokens.length;
      if (cue.complement === 'object') start = subjectEnd > i + 1 && !isArabicStop(tokens[subjectEnd] ?? tokens[i]!) ? subjectEnd : -1;
      else start = contentStart(tokens, resume, cue, stopAt);
      if (start >= 0) end = nextIndex(start);
    }
    if (start < 0 || start >= end) continue;
    const span = trimContent(tokens, start, end, LINKING);
    if (!span) continue;
    if (source) context.lastSource = source;
    found.push({ contentStart: span.start, contentEnd: span.end, source, cueStart: i, cueEnd: i + 1 });
    regionEnd = Math.max(regionEnd, span.end, consumedUntil + 1);
  }
  return found;
}
