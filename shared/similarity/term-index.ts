import { rankByTerms, type ClaimRankRequest, type Posting, type PostingSource } from './rank.ts';

/**
 * An inverted index of live claims: term → the claims holding it. The
 * embedded store keeps one, changed with every claim it puts (a claim's
 * terms are replaced when its text changes, dropped when it is deleted, put
 * back when it is restored); a database keeps the same postings in a table.
 * A lookup costs its terms' capped posting lists (rank.ts), never the
 * workspace.
 */
export class ClaimTermIndex implements PostingSource {
  private readonly postingLists = new Map<string, Map<string, Posting>>();
  /** Each claim's one posting (shared by its terms' lists) and the terms it is in. */
  private readonly claims = new Map<string, { posting: Posting; terms: readonly string[] }>();

  /** Live claims indexed. */
  get size(): number {
    return this.claims.size;
  }

  /**
   * Puts a claim's terms in place of those it had; null takes it out
   * (deleted). Only the terms that came or went are touched: a reworded
   * summary keeps most of a claim's words, and the lists of common words
   * hold thousands of claims.
   */
  set(claimId: string, articleId: string, terms: readonly string[] | null): void {
    const before = this.claims.get(claimId);
    if (terms === null) {
      if (!before) return;
      for (const term of before.terms) this.unpost(term, claimId);
      this.claims.delete(claimId);
      return;
    }
    if (!before) {
      const posting: Posting = { claimId, articleId, terms: terms.length };
      this.claims.set(claimId, { posting, terms });
      for (const term of terms) this.post(term, posting);
      return;
    }
    const now = new Set(terms);
    const had = new Set(before.terms);
    for (const term of before.terms) if (!now.has(term)) this.unpost(term, claimId);
    // The posting is shared by every list the claim is in, so its length changes everywhere at once.
    before.posting.terms = terms.length;
    for (const term of terms) if (!had.has(term)) this.post(term, before.posting);
    this.claims.set(claimId, { posting: before.posting, terms });
  }

  private post(term: string, posting: Posting): void {
    let list = this.postingLists.get(term);
    if (!list) this.postingLists.set(term, (list = new Map()));
    list.set(posting.claimId, posting);
  }

  private unpost(term: string, claimId: string): void {
    const list = this.postingLists.get(term)!;
    list.delete(claimId);
    if (list.size === 0) this.postingLists.delete(term);
  }

  /** The terms a claim is indexed by (undefined when it is not: deleted, or never seen). */
  termsOf(claimId: string): readonly string[] | undefined {
    return this.claims.get(claimId)?.terms;
  }

  df(term: string): number {
    return this.postingLists.get(term)?.size ?? 0;
  }

  async stats(terms: readonly string[]) {
    return { stats: terms.map((term) => ({ term, df: this.df(term) })), total: this.size };
  }

  async postings(terms: readonly string[]) {
    const out = new Map<string, Iterable<Posting>>();
    for (const term of terms) {
      const list = this.postingLists.get(term);
      if (list) out.set(term, list.values());
    }
    return out;
  }

  async firstPostings(term: string, limit: number) {
    const out: Posting[] = [];
    for (const p of this.postingLists.get(term)?.values() ?? []) {
      if (out.length === limit) break;
      out.push(p);
    }
    return out;
  }

  async held(terms: readonly string[], claimIds: readonly string[]) {
    const out: Array<{ term: string; claimId: string }> = [];
    for (const term of terms) {
      const list = this.postingLists.get(term);
      if (list) for (const claimId of claimIds) if (list.has(claimId)) out.push({ term, claimId });
    }
    return out;
  }

  /** The claims ranked for a request, best first. */
  rank(request: ClaimRankRequest): Promise<Array<{ claimId: string; score: number }>> {
    return rankByTerms(this, request);
  }
}
