/**
 * Ranking claims by the terms they share with a query (another claim's
 * terms, or a search), the same on every store: the store answers a few
 * narrow questions (PostingSource) and this decides which terms to read
 * and how much each match counts.
 *
 * The score is BM25 with binary term frequency (a claim holds a term or
 * not), divided by what the query would score against itself, so 1 is "the
 * same terms" and a score means the same in any workspace. Document length
 * is measured against a fixed typical claim length rather than the
 * workspace's average, which every node would otherwise have to keep.
 *
 * Cost, whatever the size of the workspace: the posting lists of at most
 * `maxQueryTerms` rare terms (each held by at most `maxDf` live claims) are
 * read whole. A common term (held by more: "Russia", "الرئيس", a source
 * named in every other claim) is never walked; it only adds its small
 * weight to the best `maxChecked` candidates that hold it, looked up by
 * (term, claim). A query made only of common terms starts from the first
 * `maxDf` claims of the rarest of them, so it still answers.
 */
export const RANKING = {
  maxDf: 1_000,
  maxQueryTerms: 32,
  maxCommonTerms: 8,
  maxChecked: 500,
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

interface WeightedTerm extends TermStat {
  idf: number;
}

/** One claim holding a term: its article, and how many terms the claim has. */
export interface Posting {
  claimId: string;
  articleId: string;
  terms: number;
}

/** What a store answers for ranking; each answer costs what it returns. */
export interface PostingSource {
  /** Document frequencies of these terms (absent ones may be left out), and how many live claims there are. */
  stats(terms: readonly string[]): Promise<{ stats: TermStat[]; total: number }>;
  /** Every posting of these terms (each held by at most RANKING.maxDf claims), by term. */
  postings(terms: readonly string[]): Promise<ReadonlyMap<string, Iterable<Posting>>>;
  /** The first `limit` postings of one term, in a fixed order. */
  firstPostings(term: string, limit: number): Promise<Posting[]>;
  /** Which of these claims hold which of these terms. */
  held(terms: readonly string[], claimIds: readonly string[]): Promise<Array<{ term: string; claimId: string }>>;
}

/** What a store is asked: claims ranked by these terms. */
export interface ClaimRankRequest {
  terms: readonly string[];
  limit: number;
  minScore: number;
  /** Leave out this article's claims (a claim's own article, for "checked before"). */
  excludeArticleId?: string;
}

/** BM25's inverse document frequency, never negative. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

function lengthFactor(terms: number): number {
  const { k1, b, typicalTerms } = RANKING;
  return (k1 + 1) / (k1 * (1 - b + (b * terms) / typicalTerms) + 1);
}

const byIdf = (a: WeightedTerm, b: WeightedTerm) => b.idf - a.idf || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/** Rare terms to read whole and common ones to check, each list rarest first. */
export function planQuery(stats: readonly TermStat[], total: number): { rare: WeightedTerm[]; common: WeightedTerm[] } {
  const present = stats.filter((s) => s.df > 0).map((s) => ({ ...s, idf: idf(s.df, total) }));
  return {
    rare: present.filter((s) => s.df <= RANKING.maxDf).sort(byIdf).slice(0, RANKING.maxQueryTerms),
    common: present.filter((s) => s.df > RANKING.maxDf).sort(byIdf).slice(0, RANKING.maxCommonTerms),
  };
}

/** The best `request.limit` live claims for the request, best first, ties by id (so every store answers alike). */
export async function rankByTerms(source: PostingSource, request: ClaimRankRequest): Promise<Array<{ claimId: string; score: number }>> {
  const terms = [...new Set(request.terms)];
  if (terms.length === 0) return [];
  const { stats, total } = await source.stats(terms);
  const { rare, common } = planQuery(stats, total);
  const candidates = new Map<string, { raw: number; terms: number }>();
  const add = (weight: number, p: Posting) => {
    if (p.articleId === request.excludeArticleId) return;
    const c = candidates.get(p.claimId);
    if (c) c.raw += weight * lengthFactor(c.terms);
    else candidates.set(p.claimId, { raw: weight * lengthFactor(p.terms), terms: p.terms });
  };
  const weights = new Map([...rare, ...common].map((t) => [t.term, t.idf]));
  if (rare.length > 0) for (const [term, list] of await source.postings(rare.map((t) => t.term))) for (const p of list) add(weights.get(term)!, p);
  const toCheck = rare.length > 0 ? common : common.slice(1);
  if (rare.length === 0 && common.length > 0) for (const p of await source.firstPostings(common[0]!.term, RANKING.maxDf)) add(common[0]!.idf, p);
  if (toCheck.length > 0 && candidates.size > 0) {
    const best = [...candidates].sort((a, b) => b[1].raw - a[1].raw || (a[0] < b[0] ? -1 : 1)).slice(0, RANKING.maxChecked);
    for (const h of await source.held(toCheck.map((t) => t.term), best.map(([id]) => id))) {
      const c = candidates.get(h.claimId)!;
      c.raw += weights.get(h.term)! * lengthFactor(c.terms);
    }
  }
  let self = 0;
  for (const t of [...rare, ...common]) self += t.idf * lengthFactor(terms.length);
  const out: Array<{ claimId: string; score: number }> = [];
  for (const [claimId, c] of candidates) {
    // Rounded to three places so that float noise never orders two stores differently.
    const score = self === 0 ? 0 : Math.round(Math.min(1, c.raw / self) * 1000) / 1000;
    if (score >= request.minScore && score > 0) out.push({ claimId, score });
  }
  out.sort((a, b) => b.score - a.score || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  return out.slice(0, request.limit);
}
