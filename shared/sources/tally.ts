import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';

/** Live claims of one source key, by status, and how often each spelling of it is used: what the stores keep per key. */
export interface SourceTally {
  key: string;
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  /** Spelling → live claims written that way. */
  spellings: Record<string, number>;
}

export function emptyTally(key: string): SourceTally {
  return { key, claims: 0, byStatus: Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>, spellings: {} };
}

/** Code unit order: the same on every machine, unlike localeCompare. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The most used spelling; ties go to the first in code unit order, so the answer never depends on insertion order. */
export function mostUsedSpelling(spellings: Readonly<Record<string, number>>): string {
  let best = '';
  let bestN = -1;
  for (const [spelling, n] of Object.entries(spellings)) {
    if (n > bestN || (n === bestN && cmp(spelling, best) < 0)) {
      best = spelling;
      bestN = n;
    }
  }
  return best;
}
