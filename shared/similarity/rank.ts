/**
 * Ranking claims by the terms they share with a query (another claim's
 * terms, or a search), the same on every store: the store hands over each
 * term's document frequency and posting list, this decides which terms to
 * use and how much each match counts.
 *
 * The score is BM25 with binary term frequency (a claim holds a term or
 * not), divided by what the query would score against itself, so 1 is "the
 * same terms" and a score means the same in any workspace. Document length
 * is measured against a fixed typical claim length rather than the
 * workspace's average, which every node would otherwise have to keep.
 *
 * Cost: a term held by more than `maxDf` live claims is skipped (in a
 * newsroom's workspace those are words like "said", "Russia", "الرئيس":
 * they would walk tens of thousands of postings and barely move a score),
 * and at most `maxQueryTerms` of the rarest remaining terms are used. A
 * query thus reads at most maxQueryTerms × maxDf postings, whatever the
 * size of the workspace.
 */
export const RANKING = {
  maxDf: 1_000,
  maxQueryTerms: 32,
  k1: 1.2,
  b: 0.75,
  /** Terms of a typical claim (a sentence of quote, a summary, a source). */
  typicalTerms: 24,
} as const;

/** Most similar claims listed for a claim, and least score to be listed. */
export const SIMILAR_LIMIT = 10;
export const SIMILAR_MIN_SCORE = 0.2;
/** Most claims one search answers with. */
export const SEARCH_LIMIT = 50;

export interface TermStat {
  term: string;
  /** Live claims holding the term. */
  df: number;
}

export interface WeightedTerm {
  term: string;
  idf: number;
}

/** One claim holding a term, and how many terms that claim has. */
export interface Posting {
  claimId: string;
  terms: number;
}

/** BM25's inverse document frequency, never negative. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** The query terms worth looking up: present, not too common, the rarest first. */
export function chooseTerms(stats: readonly TermStat[], total: number): WeightedTerm[] {
  return stats
    .filter((s) => s.df > 0 && s.df <= RANKING.maxDf)
    .map((s) => ({ term: s.term, idf: idf(s.df, total) }))
    .sort((a, b) => b.idf - a.idf || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, RANKING.maxQueryTerms);
}

function lengthFactor(terms: number): number {
  const { k1, b, typicalTerms } = RANKING;
  return (k1 + 1) / (k1 * (1 - b + (b * terms) / typicalTerms) + 1);
}

/**
 * Scores the claims in the chosen terms' posting lists (0–1, rounded to
 * three places so every store ranks alike). `queryTerms` is how many terms
 * the whole query had, common ones included: a claim matching only a
 * query's rare words is not taken for the same claim.
 */
export function scoreClaims(chosen: readonly WeightedTerm[], postingsOf: (term: string) => Iterable<Posting>, queryTerms: number): Map<string, number> {
  const raw = new Map<string, number>();
  let best = 0;
  for (const { term, idf: weight } of chosen) {
    best += weight * lengthFactor(queryTerms);
    for (const p of postingsOf(term)) raw.set(p.claimId, (raw.get(p.claimId) ?? 0) + weight * lengthFactor(p.terms));
  }
  const scores = new Map<string, number>();
  if (best === 0) return scores;
  for (const [id, value] of raw) scores.set(id, Math.round(Math.min(1, value / best) * 1000) / 1000);
  return scores;
}

/** The best `limit` of the scored claims that pass `keep`, best first (ties by id, so every store answers the same). */
export function topClaims(scores: ReadonlyMap<string, number>, limit: number, minScore: number, keep: (claimId: string) => boolean = () => true): Array<{ claimId: string; score: number }> {
  const out: Array<{ claimId: string; score: number }> = [];
  for (const [claimId, score] of scores) if (score >= minScore && keep(claimId)) out.push({ claimId, score });
  out.sort((a, b) => b.score - a.score || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  return out.slice(0, limit);
}

/** What a store is asked: claims ranked by these terms. */
export interface ClaimRankRequest {
  terms: readonly string[];
  limit: number;
  minScore: number;
  /** Leave out this article's claims (a claim's own article, for "checked before"). */
  excludeArticleId?: string;
}
