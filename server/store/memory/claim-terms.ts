import type { Claim } from '../../../shared/domain/schemas.ts';
import { ClaimTermIndex } from '../../../shared/similarity/term-index.ts';
import { claimTerms, sameIndexedText } from '../../../shared/similarity/terms.ts';
import type { ClaimRankRequest } from '../../../shared/similarity/rank.ts';

/** How long one slice of catching up may hold the event loop (ms), and how soon after a change it starts. */
const SLICE_MS = 8;
const DELAY_MS = 50;

/**
 * The embedded store's term index of live claims. A claim put (at run time,
 * on replay and on load: all go through WorkspaceMemory.apply) only marks
 * the claim as changed; its terms are worked out later, in slices of a few
 * milliseconds between other work, and always before a ranking is answered.
 * So an acked write never waits on stemming, a claim changed ten times is
 * indexed once, and a restart listens before 50,000 claims are indexed.
 * A change that leaves the quote, summary and source alone (a status, a
 * note, evidence) marks nothing.
 */
export class MemoryClaimTerms {
  readonly index = new ClaimTermIndex();
  /** Claims put since they were last indexed. */
  private readonly changed = new Set<string>();
  private catchingUp: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly claimOf: (id: string) => Claim | undefined) {}

  /** Notes that a claim moved from `before` to `after` (either may be absent: a new claim, an undone one). */
  put(before: Claim | undefined, after: Claim | undefined): void {
    const claim = after ?? before;
    if (!claim) return;
    if (before && after && before.deleted === null && after.deleted === null && sameIndexedText(before, after)) return;
    this.changed.add(claim.id);
    if (this.timer) return;
    this.timer = setTimeout(() => void this.catchUp(), DELAY_MS);
    // Unref'd: a tool that only reads a workspace is not kept alive by an index it never asked for.
    this.timer.unref?.();
  }

  /** Claims waiting to be indexed. */
  get behind(): number {
    return this.changed.size;
  }

  /** Indexes every changed claim as it is now, in slices that yield to the event loop; callers share one pass. */
  catchUp(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.catchingUp ??= this.drain().finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  async rank(request: ClaimRankRequest): Promise<Array<{ claim: Claim; score: number }>> {
    if (this.changed.size > 0) await this.catchUp();
    return (await this.index.rank(request)).map(({ claimId, score }) => ({ claim: this.claimOf(claimId)!, score }));
  }

  private async drain(): Promise<void> {
    while (this.changed.size > 0) {
      const until = performance.now() + SLICE_MS;
      for (const id of this.changed) {
        this.changed.delete(id);
        const claim = this.claimOf(id);
        this.index.set(id, claim?.articleId ?? '', claim && claim.deleted === null ? claimTerms(claim) : null);
        if (performance.now() >= until) break;
      }
      if (this.changed.size > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
