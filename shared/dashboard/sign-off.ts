import type { Claim } from '../domain/schemas.ts';

/**
 * Sign-off on the dashboard (issue 12): how many claims are ready, approved
 * and published, and a filter by stage. "Published" is not a field of the
 * claim: it is being in the article's live publication (its latest version,
 * not unpublished), so the figures take that publication's claim ids.
 */
export const SIGN_OFF_STAGES = ['none', 'ready', 'approved', 'published'] as const;
export type SignOffStage = (typeof SIGN_OFF_STAGES)[number];
/** The stages the dashboard counts ("none" is only a filter). */
export type CountedStage = Exclude<SignOffStage, 'none'>;
export const COUNTED_STAGES = ['ready', 'approved', 'published'] as const satisfies readonly CountedStage[];

export type SignOffCounts = Record<CountedStage, number>;

export const emptySignOff = (): SignOffCounts => ({ ready: 0, approved: 0, published: 0 });

export function isSignOffStage(value: unknown): value is SignOffStage {
  return typeof value === 'string' && (SIGN_OFF_STAGES as readonly string[]).includes(value);
}

/** Claim ids in an article's live publication; empty when never published or unpublished. */
export type LiveClaimIds = ReadonlySet<string>;
export const NOTHING_LIVE: LiveClaimIds = new Set();

/** The live claim ids of a publication as the stores keep it (shared/publish/publication.ts). */
export function liveClaimIds(latest: { unpublished: unknown; report: { claims: ReadonlyArray<{ claimId: string }> } } | undefined): LiveClaimIds {
  if (!latest || latest.unpublished) return NOTHING_LIVE;
  return new Set(latest.report.claims.map((c) => c.claimId));
}

/**
 * Whether a claim is at a stage. A published claim is usually also approved:
 * the stages are not exclusive, as an editor asks "what is approved" and
 * "what is out" separately.
 */
export function atStage(claim: Pick<Claim, 'id' | 'review'>, stage: SignOffStage, live: LiveClaimIds): boolean {
  switch (stage) {
    case 'none':
      return claim.review === 'none';
    case 'ready':
      return claim.review === 'ready';
    case 'approved':
      return claim.review === 'approved';
    case 'published':
      return live.has(claim.id);
  }
}
