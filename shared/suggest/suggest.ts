import { PARAGRAPH_SEPARATOR } from '../domain/article.ts';
import { LIMITS } from '../limits.ts';
import { OffsetIndex } from '../text/codepoints.ts';
import { arabicAttributions } from './arabic-attribution.ts';
import { englishAttributions } from './english-attribution.ts';
import { FACTUAL_THRESHOLD, factualScore } from './factual.ts';
import { CLOSING_QUOTES, isComma, OPENING_QUOTES, sentencesOf, type Sentence } from './segment.ts';
import { textOf } from './source-phrase.ts';
import type { Attribution, SourceContext, Suggestion, SuggestOptions } from './types.ts';

export type { Suggestion, SuggestOptions, SuggestionKind } from './types.ts';

/**
 * Proposes claims to capture in an article: attributed claims (what a named
 * source asserts, with who asserts it) and unattributed factual statements
 * worth checking, ordered by position, never overlapping each other or an
 * excluded span (a claim already captured).
 *
 * Positions are code points over bodyText(paragraphs), as claim targets are.
 * One pass over the text: each paragraph is segmented once, each sentence
 * scanned once, each word looked up in a Map; the cost grows with the
 * article's length, not with anything else in the workspace.
 *
 * The language picks the cue rules: Arabic ('ar', 'ar-EG', ...) or English
 * (anything else written in Latin script); both run on a text that mixes
 * them only in the language given.
 */

/** An attributed claim starts here; figures, dates and comparisons in its content raise it (up to 1). */
const ATTRIBUTED_BASE = 0.6;

function isArabic(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'ar';
}

/**
 * A sentence wholly in quotation marks right after an attributed one goes on
 * quoting the same person ("“...,” Mbeki told the crowd. “They are asking
 * to come home.”"): the quote, inside its marks.
 */
function continuedQuote(sentence: Sentence): Attribution | null {
  const t = sentence.tokens;
  let last = t.length - 1;
  while (last > 0 && !t[last]!.word && !CLOSING_QUOTES.has(t[last]!.text)) last--;
  if (!OPENING_QUOTES.has(t[0]?.text ?? '') || !CLOSING_QUOTES.has(t[last]?.text ?? '') || last < 3) return null;
  if (t.slice(1, last).some((x) => OPENING_QUOTES.has(x.text) && x.text !== '‘')) return null;
  return { contentStart: 1, contentEnd: last, source: '', cueStart: 0, cueEnd: 0 };
}

/**
 * The clause before an attribution joined to it by "، و" / ", and"
 * ("Inflation reached 9.1 percent, and economists fear that ..."): a
 * statement of its own, in tokens [0, end); 0 when there is none. An
 * adjunct before the attribution ("وخلال زيارته عام 2023، أعلن كيم") is not.
 * Nor is the clause before a participle ("Shares fell 31 percent, saying ...")
 * anything but a statement of its own.
 */
function leadingClauseEnd(sentence: Sentence, a: Attribution): number {
  const t = sentence.tokens;
  const before = Math.min(a.cueStart, a.contentStart);
  if (a.participle && isComma(t[a.cueStart - 1])) return a.cueStart - 1;
  for (let c = before - 1; c > 2; c--) {
    if (!isComma(t[c])) continue;
    const next = t[c + 1]!;
    if (['and', 'but', 'while'].includes(next.norm) || (c + 1 === a.cueStart && next.norm.startsWith('و'))) return c;
  }
  return 0;
}

function attributedScore(sentence: Sentence, a: Attribution): number {
  const { score } = factualScore(sentence.tokens, a.contentStart, a.contentEnd);
  return Math.round(Math.min(1, ATTRIBUTED_BASE + 0.4 * score) * 100) / 100;
}

export function suggestClaims(paragraphs: readonly string[], lang: string, options: SuggestOptions = {}): Suggestion[] {
  const body = paragraphs.join(PARAGRAPH_SEPARATOR);
  const index = new OffsetIndex(body);
  const arabic = isArabic(lang);
  const context: SourceContext = { lastSource: '' };
  // UTF-16 spans first; code points at the end, once per suggestion.
  const found: Array<Omit<Suggestion, 'start' | 'end' | 'quote'> & { from: number; to: number }> = [];

  let offset = 0;
  for (const paragraph of paragraphs) {
    let previousAttributed = false;
    for (const sentence of sentencesOf(paragraph, offset, arabic ? 'ar' : lang)) {
      const { tokens } = sentence;
      const attributions = arabic ? arabicAttributions(tokens, body, context) : englishAttributions(tokens, body, context);
      const continued = attributions.length === 0 && previousAttributed && context.lastSource ? continuedQuote(sentence) : null;
      if (continued) attributions.push({ ...continued, source: context.lastSource });
      previousAttributed = attributions.length > 0;
      for (const a of attributions) {
        found.push({
          from: tokens[a.contentStart]!.start,
          to: tokens[a.contentEnd - 1]!.end,
          source: a.source,
          cue: textOf(tokens, a.cueStart, a.cueEnd, body),
          kind: 'attributed',
          score: attributedScore(sentence, a),
        });
      }
      const leading = attributions.length > 0 ? leadingClauseEnd(sentence, attributions[0]!) : tokens.length;
      const { score } = factualScore(tokens, 0, leading);
      if (leading === 0 || score < FACTUAL_THRESHOLD) continue;
      // The statement without its closing punctuation.
      let last = leading;
      while (last > 0 && !tokens[last - 1]!.word && !/[”»"’)]/.test(tokens[last - 1]!.text)) last--;
      if (last > 0) found.push({ from: tokens[0]!.start, to: tokens[last - 1]!.end, source: '', cue: '', kind: 'factual', score });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }

  found.sort((a, b) => a.from - b.from);
  const exclude = [...(options.exclude ?? [])].sort((a, b) => a.start - b.start);
  const suggestions: Suggestion[] = [];
  let e = 0;
  let lastEnd = -1;
  for (const f of found) {
    const start = index.toCodePoint(f.from);
    const end = index.toCodePoint(f.to);
    // Both lists are in position order: one sweep finds the excluded spans that could overlap.
    while (e < exclude.length && exclude[e]!.end <= start) e++;
    let overlaps = false;
    for (let k = e; k < exclude.length && exclude[k]!.start < end; k++) if (exclude[k]!.end > start) overlaps = true;
    // What claim:create would refuse is not suggested: a span longer than a claim may be (a run-on paste).
    if (overlaps || start < lastEnd || end - start > LIMITS.quote) continue;
    // The source goes into the claim's attributedTo as it is: never longer than that field takes.
    const source = Array.from(f.source).slice(0, LIMITS.attributedTo).join('');
    suggestions.push({ start, end, quote: body.slice(f.from, f.to), source, cue: f.cue, kind: f.kind, score: f.score });
    lastEnd = end;
  }
  return suggestions;
}
