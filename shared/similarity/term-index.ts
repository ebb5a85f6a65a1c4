import { chooseTerms, scoreClaims, topClaims, type ClaimRankRequest, type Posting } from './rank.ts';

/**
 * An inverted index of live claims: term → the claims holding it. The
 * embedded store keeps one, changed with every claim it puts (a claim's
 * terms are replaced when its text changes, dropped when it is deleted, put
 * back when it is restored); a database keeps the same postings in a table.
 * A lookup costs its terms' posting lists, capped (rank.ts), never the
 * workspace.
 */
export class ClaimTermIndex {
  private readonly postings = new Map<string, Map<string, Posting>>();
  private readonly claims = new Map<string, { articleId: string; terms: readonly string[] }>();

  /** Live claims indexed. */
  get size(): number {
    return this.claims.size;
  }

  /** Puts a claim's terms in place of those it had; null takes it out (deleted). */
  set(claimId: string, articleId: string, terms: readonly string[] | null): void {
    const before = this.claims.get(claimId);
    if (before) {
      for (const term of before.terms) {
        const list = this.postings.get(term)!;
        list.delete(claimId);
        if (list.size === 0) this.postings.delete(term);
      }
      this.claims.delete(claimId);
    }
    if (terms === null) return;
    this.claims.set(claimId, { articleId, terms });
    const posting: Posting = { claimId, terms: terms.length };
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Map()));
      list.set(claimId, posting);
    }
  }

  /** The terms a claim is indexed by (undefined when it is not: deleted, or never seen). */
  termsOf(claimId: string): readonly string[] | undefined {
    return this.claims.get(claimId)?.terms;
  }

  df(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** The claims ranked for a request, best first. */
  rank(request: ClaimRankRequest): Array<{ claimId: string; score: number }> {
    const chosen = chooseTerms(
      request.terms.map((term) => ({ term, df: this.df(term) })),
      this.size,
    );
    const scores = scoreClaims(chosen, (term) => this.postings.get(term)?.values() ?? [], request.terms.length);
    const excluded = request.excludeArticleId;
    return topClaims(scores, request.limit, request.minScore, excluded === undefined ? undefined : (id) => this.claims.get(id)?.articleId !== excluded);
  }
}
