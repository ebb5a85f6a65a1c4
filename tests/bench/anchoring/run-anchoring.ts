import { readFileSync } from 'node:fs';
import { SEED_BODY_PARAGRAPHS } from '../../../shared/anchoring/fixtures/seed-body.ts';
import { bodyText } from '../../../shared/domain/article.ts';
import { prng } from '../bench-article.ts';
import { pickClaims } from './claims.ts';
import { DEFAULT_ROUND, editRound, vocabularyOf, type RoundPlan } from './edits.ts';
import { ExactOnlyMethod, HypothesisMethod, IsnadMethod, type AnchoringMethod } from './methods.ts';
import { TrackedText } from './tracked-text.ts';
import { truthOf, verdictOf, type Span, type Verdict } from './verdict.ts';

/**
 * Runs the anchoring-through-revisions benchmark: for every seed and
 * article, claims are made, then `rounds` rounds of edits are applied one
 * after the other; after each round every method re-anchors its claims in
 * the new text and each claim's placement is judged against the truth.
 */

export interface BenchArticle {
  name: string;
  lang: string;
  text: string;
}

const own = (file: string) => readFileSync(new URL(`./articles/${file}`, import.meta.url), 'utf8').trim();
export const ARTICLES: BenchArticle[] = [
  { name: 'seed (ar)', lang: 'ar', text: bodyText(SEED_BODY_PARAGRAPHS) },
  { name: 'water (ar)', lang: 'ar', text: own('ar-water.txt') },
  { name: 'council (en)', lang: 'en', text: own('en-council.txt') },
];

export interface AnchoringConfig {
  seeds: number[];
  articles: BenchArticle[];
  claims: number;
  rounds: number;
  plan: RoundPlan;
}
export const DEFAULT_CONFIG: AnchoringConfig = { seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], articles: ARTICLES, claims: 60, rounds: 5, plan: DEFAULT_ROUND };
export const METHOD_NAMES = ['Isnad', 'Hypothesis', 'Exact match only'] as const;
export const VERDICTS: Verdict[] = ['placed right', 'orphaned right', 'wrong place', 'needless orphan'];
/** The tag of a claim-round that no edit came near (its method may still be carrying an earlier mistake). */
export const UNTOUCHED = 'no edit near it this round';

export type Counts = Record<Verdict, number>;
const zero = (): Counts => ({ 'placed right': 0, 'orphaned right': 0, 'wrong place': 0, 'needless orphan': 0 });

export interface Example {
  verdict: 'wrong place' | 'needless orphan';
  article: string;
  seed: number;
  round: number;
  quote: string;
  /** Where it was placed; empty for an orphan. */
  placedOn: string;
  /** The claim's surviving words and their surroundings, placement marked with [ ], truth with { }. */
  where: string;
  kinds: string[];
}

export interface MethodResult {
  name: string;
  total: Counts;
  bySeed: Map<number, Counts>;
  byArticle: Map<string, Counts>;
  /** Wrong places and needless orphans by the kinds of edit that touched the claim in that round. */
  wrongByKind: Map<string, number>;
  needlessByKind: Map<string, number>;
  /** Wrong places by what they were put on (see wrongKind). */
  wrongOn: Map<string, number>;
  examples: Example[];
  ms: number;
}

export interface AnchoringResults {
  config: AnchoringConfig;
  methods: MethodResult[];
  claimRounds: number;
  /** Claim-rounds touched by each kind of edit, and claim-rounds whose words were gone. */
  touchedByKind: Map<string, number>;
  gone: number;
}

export const WRONG_ON = ['other words', 'partly its words', 'what is left of words that are gone'] as const;

/**
 * What a wrong placement covers: none of the claim's characters (a copy,
 * a lookalike: the dangerous case), some of them but not enough or too
 * much else, or the remnant of a claim whose words are mostly deleted.
 */
function wrongKind(text: TrackedText, claim: Span, gone: boolean, placed: Span): (typeof WRONG_ON)[number] {
  let own = 0;
  for (let i = placed.start; i < Math.min(placed.end, text.length); i++) {
    const o = text.origin(i);
    if (o >= claim.start && o < claim.end) own++;
  }
  if (own === 0) return 'other words';
  return gone ? 'what is left of words that are gone' : 'partly its words';
}

/** The text around a placement and the truth, with both marked, for reading a mistake. */
function marked(text: TrackedText, placed: Span | null, truth: Span | null): string {
  const marks = [
    ...(placed ? [{ at: placed.start, s: '[' }, { at: placed.end, s: ']' }] : []),
    ...(truth ? [{ at: truth.start, s: '{' }, { at: truth.end, s: '}' }] : []),
  ].sort((a, b) => a.at - b.at);
  if (!marks.length) return '';
  const from = Math.max(0, marks[0]!.at - 20);
  const to = Math.min(text.length, marks[marks.length - 1]!.at + 20);
  let out = '';
  let at = from;
  for (const m of marks) {
    out += text.slice(at, m.at) + m.s;
    at = m.at;
  }
  return out + text.slice(at, to);
}

const bump = <K,>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function runAnchoring(config: AnchoringConfig, log: (s: string) => void = () => {}): AnchoringResults {
  const methods: MethodResult[] = METHOD_NAMES.map((name) => ({
    name, total: zero(), bySeed: new Map(), byArticle: new Map(), wrongByKind: new Map(), needlessByKind: new Map(), wrongOn: new Map(), examples: [], ms: 0,
  }));
  const touchedByKind = new Map<string, number>();
  let claimRounds = 0;
  let gone = 0;

  for (const seed of config.seeds) {
    config.articles.forEach((article, a) => {
      const rand = prng(seed * 7919 + a);
      const text = TrackedText.original(article.text);
      const original = text.clone();
      const claims = pickClaims(text, config.claims, rand);
      const isnad = new IsnadMethod(article.text, claims, article.lang);
      const run: AnchoringMethod[] = [isnad, new HypothesisMethod(article.text, claims), new ExactOnlyMethod(isnad.targets())];
      const ctx = { rand, claims, originalLength: text.length, vocabulary: vocabularyOf(text) };

      for (let round = 1; round <= config.rounds; round++) {
        const tags = editRound(text, ctx, config.plan);
        const body = text.text;
        const positions = text.positions(ctx.originalLength);
        const truths = claims.map((c) => truthOf(positions, c));
        claimRounds += claims.length;
        truths.forEach((t, i) => {
          if (t.gone) gone++;
          for (const k of tags[i]!.size ? tags[i]! : [UNTOUCHED]) bump(touchedByKind, k);
        });
        run.forEach((method, m) => {
          const r = methods[m]!;
          const t0 = performance.now();
          method.revise(body);
          r.ms += performance.now() - t0;
          claims.forEach((claim, i) => {
            const placed = method.placement(i);
            const v = verdictOf(text, claim, truths[i]!, placed);
            r.total[v]++;
            r.bySeed.set(seed, r.bySeed.get(seed) ?? zero()).get(seed)![v]++;
            r.byArticle.set(article.name, r.byArticle.get(article.name) ?? zero()).get(article.name)![v]++;
            const kinds: string[] = tags[i]!.size ? [...tags[i]!] : [UNTOUCHED];
            if (v === 'wrong place') {
              for (const k of kinds) bump(r.wrongByKind, k);
              bump(r.wrongOn, wrongKind(text, claim, truths[i]!.gone, placed!));
            }
            if (v === 'needless orphan') for (const k of kinds) bump(r.needlessByKind, k);
            if (v === 'wrong place' || v === 'needless orphan') {
              const truth = truths[i]!.gone ? null : truths[i]!.hull;
              r.examples.push({ verdict: v, article: article.name, seed, round, quote: original.slice(claim.start, claim.end), placedOn: placed ? text.slice(placed.start, placed.end) : '', where: marked(text, placed, truth), kinds });
            }
          });
        });
      }
      log(`seed ${seed}, ${article.name}: ${config.rounds} rounds done`);
    });
  }
  return { config, methods, claimRounds, touchedByKind, gone };
}

