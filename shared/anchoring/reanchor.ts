import { LIMITS } from '../limits.ts';
import { cpLength, OffsetIndex } from '../text/codepoints.ts';
import { normalizeForMatching, normalizedString, PARAGRAPH_BREAK, type NormalizedText } from '../text/normalize.ts';
import { exactOccurrences, findBracket, fuzzyMatches, GramIndex, matchesWithin, snapToWords, type Candidate } from './candidates.ts';
import { decide, scoreAll, MIN_FUZZY_QUOTE_LENGTH, MIN_QUOTE_SIMILARITY, type Query, type Scored } from './scoring.ts';
import { digitSignature } from './similarity.ts';

export { SCORE_WEIGHTS, MIN_SCORE, MIN_QUOTE_SIMILARITY, MIN_FUZZY_QUOTE_LENGTH, MIN_MARGIN, NO_CONTEXT_SIMILARITY } from './scoring.ts';
export { INTACT_CONTEXT, SHIFTED_CONTEXT_CREDIT } from './similarity.ts';
export { reanchorExactOnly, reanchorBestFuzzy } from './baselines.ts';

/**
 * Re-finds a claim in a corrected article. A claim is either on its own
 * words or openly orphaned, never on the wrong words:
 * 1. the stored position still holds the exact text: keep it ("unchanged");
 * 2. the claim's old surroundings are found intact (its stored prefix's end
 *    followed by its suffix's start, at one place only): the words are
 *    between them or they are gone (deleted or replaced: orphaned);
 * 3. otherwise exact search of the normalized quote, occurrences ranked by
 *    context agreement and nearness;
 * 4. otherwise fuzzy search (approx-string-match, filtered by exact pieces).
 * Whatever is found must pass the checks in scoring.ts (same figures, any
 * difference a typo, MIN_SCORE, one side of its context intact, MIN_MARGIN
 * over any other place), or the claim is orphaned. Matching runs on the
 * Arabic-aware normalized text (text/normalize.ts); positions in and out
 * are code points of the original text.
 *
 * Known limit: when a claim's sentence is deleted with its surroundings
 * and the same words remain in a restatement whose context on one side is
 * intact (or only pushed away by a few inserted words), that looks exactly
 * like an edit of the claim's own sentence, and the claim follows it.
 */

export interface AnchorTarget {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
}

export interface ReanchorResult {
  status: 'unchanged' | 'moved' | 'orphaned';
  /** Code points in the new text; absent when orphaned. */
  position?: { start: number; end: number };
  method: 'position' | 'exact' | 'fuzzy' | 'none';
  /** Score of the place chosen, or of the best place refused. */
  score?: number;
}

/** Stored context compared by edit distance per side, nearest the quote first. */
const CONTEXT_COMPARED = 128;
/** UTF-16 units of context checked beside a short quote found at its old position. */
const POSITION_CONTEXT_CHECK = 16;
/** Context matched exactly to find a claim's old surroundings (findBracket). */
const BRACKET = { tail: 24, minContext: 12 };
/** Short quotes (normalized) of at least this many characters may be matched with one edit, inside their intact surroundings. */
const SHORT_FUZZY_FROM = 4;
/** Places considered per claim: a two-word quote can occur hundreds of times. */
const CANDIDATE_LIMIT = 256;

export interface PreparedText {
  text: string;
  index: OffsetIndex;
  normalized: NormalizedText;
  /** Built on the first fuzzy search, then kept with the text. */
  grams?: GramIndex;
}

/** Normalizes and indexes a text once, for re-anchoring many claims in it. */
export function prepareText(text: string): PreparedText {
  return { text, index: new OffsetIndex(text), normalized: normalizeForMatching(text) };
}

let lastPrepared: PreparedText | null = null;
function prepared(text: string): PreparedText {
  if (lastPrepared?.text !== text) lastPrepared = prepareText(text);
  return lastPrepared;
}

function placed(c: Scored, target: AnchorTarget, doc: PreparedText): ReanchorResult {
  const range = doc.normalized.toOriginalRange(c.start, c.end);
  const position = { start: doc.index.toCodePoint(range.start), end: doc.index.toCodePoint(range.end) };
  const same = position.start === target.position.start && position.end === target.position.end;
  return { status: same ? 'unchanged' : 'moved', position, method: c.errors === 0 ? 'exact' : 'fuzzy', score: c.score };
}

const orphaned = (best?: Scored): ReanchorResult =>
  best ? { status: 'orphaned', method: 'none', score: best.score } : { status: 'orphaned', method: 'none' };

function queryFor(target: AnchorTarget, doc: PreparedText): Query {
  const quote = normalizedString(target.quote.exact);
  const fullPrefix = normalizedString(target.quote.prefix);
  const fullSuffix = normalizedString(target.quote.suffix);
  const cp = Math.min(Math.max(0, Math.trunc(target.position.start) || 0), doc.index.length);
  // Context is compared within the claim's paragraph: the break is kept (it must still be there), what lies beyond it is not.
  const atBreak = fullPrefix.lastIndexOf(PARAGRAPH_BREAK);
  const breakAfter = fullSuffix.indexOf(PARAGRAPH_BREAK);
  const short = quote.length < MIN_FUZZY_QUOTE_LENGTH;
  return {
    quote,
    prefix: (atBreak > 0 ? fullPrefix.slice(atBreak) : fullPrefix).slice(-CONTEXT_COMPARED),
    suffix: (breakAfter > 0 ? fullSuffix.slice(0, breakAfter + 1) : fullSuffix).slice(0, CONTEXT_COMPARED),
    fullPrefix,
    fullSuffix,
    hint: doc.normalized.toNormalized(doc.index.toUtf16(cp)),
    digits: digitSignature(quote),
    // A short quote may differ by one letter, but only where its surroundings are found intact (the bracket, step 2).
    maxErrors: short ? (quote.length >= SHORT_FUZZY_FROM ? 1 : 0) : Math.min(256, Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY))),
    short,
  };
}

/**
 * Step 1: the stored position still holds the exact words. A short quote
 * ("25") can be found at its old offset by coincidence after edits shift
 * the text, so unless the quote is as long as the context we store, some
 * context next to it must agree too.
 */
function positionHolds(target: AnchorTarget, doc: PreparedText): boolean {
  const { start, end } = target.position;
  const { exact, prefix, suffix } = target.quote;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= doc.index.length)) return false;
  if (doc.index.slice(start, end) !== exact) return false;
  if (end - start >= LIMITS.quoteContext || (prefix === '' && suffix === '')) return true;
  const u = doc.index.toUtf16(start);
  const v = doc.index.toUtf16(end);
  const k = POSITION_CONTEXT_CHECK;
  return (prefix !== '' && doc.text.slice(Math.max(0, u - k), u) === prefix.slice(-k)) || (suffix !== '' && doc.text.slice(v, v + k) === suffix.slice(0, k));
}

export interface ReanchorOptions {
  /** The new text already prepared (reanchorAll does this once for all claims). */
  prepared?: PreparedText;
  /** Work shared by every claim of one revision; a claim met with none left is orphaned. */
  budget?: AnchorBudget;
}

/**
 * The searching one revision may do, in units of characters compared
 * (context by edit distance, text by the fuzzy search), so that no text
 * can hold the server for long: a revision of 175,000 characters of
 * repeated passages with 280 claims took 6 s of searching. A claim reached
 * once it is spent is orphaned, which is safe (never placed on the wrong
 * words; an editor puts it back), and the amount, not a clock, decides,
 * so the same revision always gives the same result. Real revisions use a
 * small part of it (docs/benchmarks.md, Re-anchoring).
 */
export class AnchorBudget {
  constructor(public left: number = REVISION_ANCHOR_BUDGET) {}
  get spent(): boolean {
    return this.left <= 0;
  }
  spend(units: number): void {
    this.left -= units;
  }
}

/** A third of a second or so of searching on the benchmark machine; a revision that moves every one of 280 claims in 175,000 characters uses a twelfth of it. */
export const REVISION_ANCHOR_BUDGET = 150_000_000;

/** What scoring `n` candidates costs: each fully scored one compares both contexts by edit distance. */
function scoringCost(n: number, q: Query): number {
  const full = Math.min(n, 64);
  return full * 2 * (q.prefix.length ** 2 + q.suffix.length ** 2) + n * (q.prefix.length + q.suffix.length + q.quote.length);
}

export function reanchor(target: AnchorTarget, newText: string, options: ReanchorOptions = {}): ReanchorResult {
  const doc = options.prepared ?? prepared(newText);
  if (positionHolds(target, doc)) {
    return { status: 'unchanged', position: { start: target.position.start, end: target.position.end }, method: 'position', score: 1 };
  }
  const budget = options.budget;
  if (budget?.spent) return orphaned();
  const q = queryFor(target, doc);
  if (q.quote.trim() === '') return orphaned();
  const text = doc.normalized.text;
  // Claims are selected as whole words: a fuzzy match that starts or ends
  // a letter or two inside a word is moved to the word's edge.
  const toWords = (cs: Candidate[]) => cs.map((c) => snapToWords(text, c, q));

  const bracket = findBracket(text, q.prefix, q.suffix, {
    ...BRACKET,
    maxGap: 2 * q.quote.length + 64,
    // describeSpan stores less context than LIMITS.quoteContext only where the text ended.
    prefixAtStart: cpLength(target.quote.prefix) < LIMITS.quoteContext,
    suffixAtEnd: cpLength(target.quote.suffix) < LIMITS.quoteContext,
  });
  if (bracket) {
    const within = toWords(matchesWithin(text, q.quote, q.maxErrors, bracket.start, bracket.end));
    budget?.spend(scoringCost(within.length, q) + (bracket.end - bracket.start) * Math.ceil(q.quote.length / 32));
    const { best, accepted } = decide(scoreAll(within, q, text));
    return best && accepted ? placed(best, target, doc) : orphaned(best);
  }

  const exact = exactOccurrences(text, q.quote, CANDIDATE_LIMIT);
  budget?.spend(scoringCost(exact.length, q));
  const exactScored = scoreAll(exact, q, text);
  const exactDecision = decide(exactScored);
  if (exactDecision.accepted && exactDecision.best) return placed(exactDecision.best, target, doc);
  if (q.maxErrors === 0 || q.short || budget?.spent) return orphaned(exactDecision.best);

  const isExact = new Set(exact.map((c) => c.start));
  const grams = (doc.grams ??= new GramIndex(text));
  const found = fuzzyMatches(text, q.quote, q.maxErrors, CANDIDATE_LIMIT, (piece, max) => grams.find(piece, max));
  const fuzzy = toWords(found.filter((c) => c.errors > 0 || !isExact.has(c.start)));
  budget?.spend(text.length * Math.ceil(q.quote.length / 32) + scoringCost(exact.length + fuzzy.length, q));
  const { best, accepted } = decide([...exactScored, ...scoreAll(fuzzy, q, text)]);
  return best && accepted ? placed(best, target, doc) : orphaned(best);
}

/** Re-anchors many claims in one new text, normalizing it once. */
export function reanchorAll(targets: readonly AnchorTarget[], newText: string): ReanchorResult[] {
  const doc = prepareText(newText);
  return targets.map((t) => reanchor(t, newText, { prepared: doc }));
}
