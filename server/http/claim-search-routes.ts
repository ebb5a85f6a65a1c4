import { Router, type Request } from 'express';
import type { Claim } from '../../shared/domain/schemas.ts';
import type { FoundClaim } from '../../shared/similarity/found.ts';
import { CLAIM_SEARCH_QUERY_MAX } from '../../shared/limits.ts';
import { SEARCH_LIMIT, SIMILAR_LIMIT, SIMILAR_MIN_SCORE } from '../../shared/similarity/rank.ts';
import { claimTerms, termsOfText } from '../../shared/similarity/terms.ts';
import type { Logger } from '../logger.ts';
import type { WorkspaceReader } from '../store/store.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';


function limitOf(req: Request, max: number): number {
  return Math.min(Math.max(Math.trunc(Number(req.query.limit)) || max, 1), max);
}

/** Adds each claim's article title: one read per article in the answer, not a list of every article. */
async function withTitles(store: WorkspaceReader, ranked: Array<{ claim: Claim; score: number }>): Promise<FoundClaim[]> {
  const ids = [...new Set(ranked.map((r) => r.claim.articleId))];
  const titles = new Map(await Promise.all(ids.map(async (id) => [id, (await store.article(id))?.title ?? ''] as const)));
  return ranked.map(({ claim, score }) => ({ claim, articleId: claim.articleId, articleTitle: titles.get(claim.articleId) ?? '', score }));
}

/**
 * "Checked before" and claim search: whoever may read articles may use both.
 * Both rank live claims by shared terms (shared/similarity) through the
 * store's term index, so they cost what their terms' postings cost.
 */
export function claimSearchRoutes(store: WorkspaceReader, logger: Logger): Router {
  const router = Router();
  const read = requireAction('article:read', logger);

  /** Claims of the whole workspace matching words, best first (claims, never article text). */
  router.get('/claims/search', read, async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    if (q === '' || [...q].length > CLAIM_SEARCH_QUERY_MAX) return sendError(res, 'invalid_payload', 'q');
    const ranked = await store.rankClaims({ terms: termsOfText(q), limit: limitOf(req, SEARCH_LIMIT), minScore: 0 });
    res.json({ claims: await withTitles(store, ranked) });
  });

  /** Claims of other articles like this one, with their verdicts and evidence, best first. */
  router.get('/claims/:id/similar', read, async (req, res) => {
    const claim = await store.claim(String(req.params.id));
    if (!claim || claim.deleted !== null) return sendError(res, 'not_found');
    const ranked = await store.rankClaims({ terms: claimTerms(claim), limit: limitOf(req, SIMILAR_LIMIT), minScore: SIMILAR_MIN_SCORE, excludeArticleId: claim.articleId });
    res.json({ similar: await withTitles(store, ranked) });
  });

  return router;
}
