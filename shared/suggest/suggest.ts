import { PARAGRAPH_SEPARATOR } from '../domain/article.ts';
import { OffsetIndex } from '../text/codepoints.ts';
import { arabicAttributions } from './arabic-attribution.ts';
import { englishAttributions } from './english-attribution.ts';
import { FACTUAL_THRESHOLD, factualScore } from './factual.ts';
import { sentencesOf, type Sentence } from './segment.ts';
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
    for (const sentence of sentencesOf(paragraph, offset, arabic ? 'ar' : lang)) {
      const { tokens } = sentence;
      const attributions = arabic ? arabicAttributions(tokens, body, context) : englishAttributions(tokens, body, context);
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
      if (attributions.length > 0) continue;
      const { score } = factualScore(tokens);
      if (score < FACTUAL_THRESHOLD) continue;
      // The sentence without its closing punctuation.
      let last = tokens.length;
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
    if (overlaps || start < lastEnd) continue;
    suggestions.push({ start, end, quote: body.slice(f.from, f.to), source: f.source, cue: f.cue, kind: f.kind, score: f.score });
    lastEnd = end;
  }
  return suggestions;
}
