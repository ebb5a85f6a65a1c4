/**
 * Suggested claims: spans of an article the engine proposes for capture.
 * Positions are code points over the body text (the paragraphs joined by a
 * blank line), exactly like a claim's target, so a suggestion can be
 * captured as it is.
 */
export type SuggestionKind = 'attributed' | 'factual';

export interface Suggestion {
  start: number;
  end: number;
  /** The body text between start and end. */
  quote: string;
  /** Who makes the claim, as the article names them; '' for factual statements. */
  source: string;
  /** The words that mark the attribution ("وتزعم", "بحسب", "according to"); '' for factual statements. */
  cue: string;
  kind: SuggestionKind;
  /** How check-worthy, 0..1: attributed claims start at 0.6 and gain with figures, dates, comparisons. */
  score: number;
}

export interface SuggestOptions {
  /** Spans (code points) already captured as claims: no suggestion overlaps one. */
  exclude?: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * A word or a punctuation mark of one sentence. Offsets are UTF-16 over the
 * whole body text (converted to code points only at the end); `norm` is the
 * matching form (shared/text/normalize.ts, lower-cased).
 */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
  word: boolean;
}

/** An attribution found in one sentence, in token indexes (end exclusive). */
export interface Attribution {
  contentStart: number;
  contentEnd: number;
  source: string;
  /** Token range of the cue, for its text. */
  cueStart: number;
  cueEnd: number;
  /** A participle after a comma (", saying", "، مؤكدا"): the clause before it is a statement of its own. */
  participle?: boolean;
}

/** The last source named, carried across sentences for dropped subjects and pronouns ("وقالت إن", "she said"). */
export interface SourceContext {
  lastSource: string;
}
