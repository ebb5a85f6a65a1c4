import type { Claim } from '../../../shared/domain/schemas.ts';

/**
 * The sign-off stages the claims panel counts and filters by. A list, so
 * a later stage (published) is one more entry: the panel and its tests
 * iterate over it and name no stage themselves.
 */
export interface SignOffFilter {
  id: string;
  label: string;
  matches(claim: Pick<Claim, 'review'>): boolean;
}

export const SIGNOFF_FILTERS: SignOffFilter[] = [
  { id: 'ready', label: 'Ready', matches: (c) => c.review === 'ready' },
  { id: 'approved', label: 'Approved', matches: (c) => c.review === 'approved' },
];

/** The claims a filter keeps; all of them for no filter (or one that no longer exists). */
export function bySignOff<C extends Pick<Claim, 'review'>>(claims: readonly C[], filterId: string | null): readonly C[] {
  const filter = SIGNOFF_FILTERS.find((f) => f.id === filterId);
  return filter ? claims.filter((c) => filter.matches(c)) : claims;
}
