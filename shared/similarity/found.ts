import type { Claim } from '../domain/schemas.ts';

/**
 * A claim found elsewhere in the workspace (`GET /api/claims/:id/similar`,
 * `GET /api/claims/search`), with the article it is in and how close it is
 * (0–1, shared/similarity/rank.ts).
 */
export interface FoundClaim {
  claim: Claim;
  articleId: string;
  articleTitle: string;
  score: number;
}
