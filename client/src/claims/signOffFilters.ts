import type { Claim } from '../../../shared/domain/schemas.ts';

/**
 * The sign-off stages the claims panel counts and filters by. A list, so
 * a later stage (published) is one more entry: the panel and its tests
 * iterate over it and name no stage themselves.
 */
export interface SignOffFilter {
  id: string;
  /** Shared words of the sign-off, in both interface languages. */
  label: { en: string; ar: string };
  /** `live`: the claim ids of the article's live publication. */
  matches(claim: Pick<Claim, 'id' | 'review'>, live: ReadonlySet<string>): boolean;
}

const NONE_LIVE: ReadonlySet<string> = new Set();

export const SIGNOFF_FILTERS: SignOffFilter[] = [
  { id: 'ready', label: { en: 'Ready', ar: 'جاهز' }, matches: (c) => c.review === 'ready' },
  { id: 'approved', label: { en: 'Approved', ar: 'مُعتمَد' }, matches: (c) => c.review === 'approved' },
  // In the live version: an approved claim edited since is still published until the next version.
  { id: 'published', label: { en: 'Published', ar: 'منشور' }, matches: (c, live) => live.has(c.id) },
];

/** The claims a filter keeps; all of them for no filter (or one that no longer exists). */
export function bySignOff<C extends Pick<Claim, 'id' | 'review'>>(claims: readonly C[], filterId: string | null, live: ReadonlySet<string> = NONE_LIVE): readonly C[] {
  const filter = SIGNOFF_FILTERS.find((f) => f.id === filterId);
  return filter ? claims.filter((c) => filter.matches(c, live)) : claims;
}
