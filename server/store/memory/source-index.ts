import type { Claim } from '../../../shared/domain/schemas.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import { sourceKey, sourceSpelling } from '../../../shared/sources/source-key.ts';
import { cmp, emptyTally, type SourceTally } from '../../../shared/sources/tally.ts';
import type { SourceClaimsPage, SourceReader } from '../source-store.ts';

/**
 * The embedded store's sources: tallies and the key → live claim ids index,
 * changed by WorkspaceMemory on every claim put (so replaying the journal
 * and loading a snapshot build them too), and the merges. A claim put costs
 * one key computation and a few map updates, whatever the workspace holds.
 */
export class SourceIndex {
  readonly tallies = new Map<string, SourceTally>();
  readonly claimIds = new Map<string, Set<string>>();
  readonly merges = new Map<string, SourceMerge>();

  /** Puts `next` in place of `previous` (either may be absent); returns the undo. */
  setClaim(previous: Claim | undefined, next: Claim | undefined): () => void {
    if (previous) this.count(previous, -1);
    if (next) this.count(next, +1);
    return () => {
      if (next) this.count(next, -1);
      if (previous) this.count(previous, +1);
    };
  }

  putMerge(alias: string, merge: SourceMerge | null): () => void {
    const before = this.merges.get(alias);
    const set = (m: SourceMerge | null | undefined) => void (m ? this.merges.set(alias, m) : this.merges.delete(alias));
    set(merge);
    return () => set(before);
  }

  private count(claim: Claim, by: 1 | -1): void {
    if (claim.deleted) return;
    const key = sourceKey(claim.attributedTo);
    if (key === '') return;
    let tally = this.tallies.get(key);
    if (!tally) this.tallies.set(key, (tally = emptyTally(key)));
    tally.claims += by;
    tally.byStatus[claim.status] += by;
    const spelling = sourceSpelling(claim.attributedTo);
    const n = (tally.spellings[spelling] ?? 0) + by;
    if (n > 0) tally.spellings[spelling] = n;
    else delete tally.spellings[spelling];
    let ids = this.claimIds.get(key);
    if (!ids) this.claimIds.set(key, (ids = new Set()));
    if (by > 0) ids.add(claim.id);
    else ids.delete(claim.id);
    if (tally.claims === 0) {
      this.tallies.delete(key);
      this.claimIds.delete(key);
    }
  }
}

/** The reads of SourceReader over a SourceIndex (copies: tallies change in place). */
export function readSources(index: SourceIndex, claim: (id: string) => Claim | undefined): SourceReader {
  return {
    async sourceTallies() {
      return [...index.tallies.values()].map((t) => ({ ...t, byStatus: { ...t.byStatus }, spellings: { ...t.spellings } }));
    },
    async sourceMerges() {
      return new Map(index.merges);
    },
    async sourceClaims(keys: readonly string[], page: SourceClaimsPage) {
      const ids: string[] = [];
      for (const key of new Set(keys)) for (const id of index.claimIds.get(key) ?? []) if (page.after === undefined || id > page.after) ids.push(id);
      ids.sort(cmp);
      const items = ids.slice(0, page.limit).map((id) => claim(id)!);
      return { items, next: ids.length > page.limit ? items.at(-1)!.id : null };
    },
  };
}
