import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyText } from '../../../shared/domain/article.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';
import { normalizedString } from '../../../shared/text/normalize.ts';
import type { Suggestion, SuggestionKind } from '../../../shared/suggest/suggest.ts';

/**
 * How good the suggestions are against a labelled set
 * (tests/fixtures/suggestions/, see its README). A suggestion is right when
 * it is of the label's kind and overlaps the labelled span by at least half
 * of the shorter of the two; each label and each suggestion count once
 * (best overlap first). A source is right when, normalised (Arabic folding,
 * case, punctuation), one names the other: equal, or one is a run of whole
 * words of the other ("أوشاكوف" in "يوري أوشاكوف، المستشار الدبلوماسي").
 */

export interface Label {
  quote: string;
  source: string;
  sourceAlso?: string[];
  kind: SuggestionKind;
}

export interface LabelledSet {
  name: string;
  lang: string;
  origin: string;
  paragraphs: string[];
  labels: Label[];
}

export interface LocatedLabel extends Label {
  start: number;
  end: number;
}

export interface KindFigures {
  labels: number;
  suggested: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface SetFigures {
  name: string;
  lang: string;
  words: number;
  attributed: KindFigures;
  factual: KindFigures;
  /** Among matched attributed claims: how many name the right source. */
  sourceRight: number;
  sourceAccuracy: number;
  missed: LocatedLabel[];
  wrong: Suggestion[];
  wrongSource: Array<{ label: LocatedLabel; suggestion: Suggestion }>;
}

export const FIXTURES = fileURLToPath(new URL('../../fixtures/suggestions/', import.meta.url));

export function loadSets(dir = FIXTURES): LabelledSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledSet);
}

/** Code point spans of the labels; a label whose quote is not exactly once in the body is an error in the set. */
export function locate(set: LabelledSet): LocatedLabel[] {
  const body = bodyText(set.paragraphs);
  return set.labels.map((l) => {
    const at = body.indexOf(l.quote);
    if (at < 0 || body.indexOf(l.quote, at + 1) >= 0) throw new Error(`${set.name}: label quote must occur exactly once: ${l.quote}`);
    const start = cpLength(body.slice(0, at));
    return { ...l, start, end: start + cpLength(l.quote) };
  });
}

export function overlapsEnough(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

function sourceWords(s: string): string[] {
  return normalizedString(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'the');
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

export function sourceMatches(label: Label, suggested: string): boolean {
  const got = sourceWords(suggested);
  return [label.source, ...(label.sourceAlso ?? [])].some((s) => {
    const want = sourceWords(s);
    return containsRun(got, want) || containsRun(want, got);
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function evaluate(set: LabelledSet, suggestions: readonly Suggestion[]): SetFigures {
  const labels = locate(set);
  const pairs: Array<{ label: LocatedLabel; suggestion: Suggestion }> = [];
  const usedLabels = new Set<LocatedLabel>();
  const usedSuggestions = new Set<Suggestion>();
  const candidates = labels
    .flatMap((label) => suggestions.filter((s) => s.kind === label.kind && overlapsEnough(label, s)).map((s) => ({ label, s, overlap: Math.min(label.end, s.end) - Math.max(label.start, s.start) })))
    .sort((a, b) => b.overlap - a.overlap);
  for (const c of candidates) {
    if (usedLabels.has(c.label) || usedSuggestions.has(c.s)) continue;
    usedLabels.add(c.label);
    usedSuggestions.add(c.s);
    pairs.push({ label: c.label, suggestion: c.s });
  }
  const figures = (kind: SuggestionKind): KindFigures => {
    const l = labels.filter((x) => x.kind === kind).length;
    const s = suggestions.filter((x) => x.kind === kind).length;
    const m = pairs.filter((p) => p.label.kind === kind).length;
    return { labels: l, suggested: s, matched: m, precision: ratio(m, s), recall: ratio(m, l) };
  };
  const attributedPairs = pairs.filter((p) => p.label.kind === 'attributed');
  const wrongSource = attributedPairs.filter((p) => !sourceMatches(p.label, p.suggestion.source));
  return {
    name: set.name,
    lang: set.lang,
    words: bodyText(set.paragraphs).split(/\s+/).length,
    attributed: figures('attributed'),
    factual: figures('factual'),
    sourceRight: attributedPairs.length - wrongSource.length,
    sourceAccuracy: ratio(attributedPairs.length - wrongSource.length, attributedPairs.length),
    missed: labels.filter((l) => !usedLabels.has(l)),
    wrong: suggestions.filter((s) => !usedSuggestions.has(s)),
    wrongSource,
  };
}
