import type { Claim } from '../../../shared/domain/schemas.ts';
import { ClaimTermIndex } from '../../../shared/similarity/term-index.ts';
import { claimTerms, sameIndexedText } from '../../../shared/similarity/terms.ts';
import type { ClaimRankRequest } from '../../../shared/similarity/rank.ts';

/**
 * The embedded store's term index of live claims, kept with every claim put
 * (at run time, on replay and on load: all go through WorkspaceMemory.apply).
 * A change that leaves the quote, summary and source alone (a status, a
 * note, evidence) does not work the terms out again.
 */
export class MemoryClaimTerms {
  readonly index = new ClaimTermIndex();

  /** Moves the index from `before` to `after` (either may be absent: a new claim, an undone one). */
  put(before: Claim | undefined, after: Claim | undefined): void {
    const claim = after ?? before;
    if (!claim) return;
    const live = after !== undefined && after.deleted === null;
    if (!live) return this.index.set(claim.id, claim.articleId, null);
    const wasLive = before !== undefined && before.deleted === null && this.index.termsOf(claim.id) !== undefined;
    if (wasLive && sameIndexedText(before, after)) return;
    this.index.set(after.id, after.articleId, claimTerms(after));
  }

  async rank(request: ClaimRankRequest, claimOf: (id: string) => Claim | undefined): Promise<Array<{ claim: Claim; score: number }>> {
    return (await this.index.rank(request)).map(({ claimId, score }) => ({ claim: claimOf(claimId)!, score }));
  }
}
