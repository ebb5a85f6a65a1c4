import type { Claim } from '../../shared/domain/schemas.ts';
import type { SourceMerge } from '../../shared/sources/merges.ts';
import type { SourceTally } from '../../shared/sources/tally.ts';

/**
 * What the stores keep about sources (shared/sources/): per source key, its
 * live claims by status and its spellings, kept up to date on every claim
 * put in the same transaction (never counted per request); an index from
 * key to live claim ids; and the merges editors made, durable records of
 * the workspace. Both stores implement it (memory/source-index.ts,
 * pg/pg-sources.ts).
 */
export interface SourceReader {
  /** Every key with live claims: the answer is the list of sources, not the claims. */
  sourceTallies(): Promise<SourceTally[]>;
  /** Alias key → merge. */
  sourceMerges(): Promise<Map<string, SourceMerge>>;
  /** Live claims whose key is one of `keys`, in id order, after the claim id `after`; costs what the page and these sources cost. */
  sourceClaims(keys: readonly string[], page: SourceClaimsPage): Promise<{ items: Claim[]; next: string | null }>;
}

export interface SourceClaimsPage {
  limit: number;
  /** A claim id from an earlier page's `next`. */
  after?: string | undefined;
}

export interface SourceWriter {
  /** Sets (or with null, removes) the merge of an alias key. */
  putSourceMerge(alias: string, merge: SourceMerge | null): void;
}
