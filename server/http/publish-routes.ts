import { Router, type Response } from 'express';
import * as z from 'zod/mini';
import { HttpUrlInputSchema } from '../../shared/domain/schemas.ts';
import { factCheckApiPage } from '../../shared/publish/factcheck-api.ts';
import { publicPageUrl, summaryOf, type Publication } from '../../shared/publish/publication.ts';
import { embeddableJson } from '../../shared/exports/text.ts';
import { liveClaimIds } from '../../shared/dashboard/sign-off.ts';
import type { Logger } from '../logger.ts';
import type { ChangeBroadcast } from '../../shared/protocol/events.ts';
import { publishArticle, unpublishArticle } from '../publish/publish-commands.ts';
import { storeErrorCode, type WorkspaceStore } from '../store/store.ts';
import { sendError } from './errors.ts';
import { authOf, parseBody, requireAction } from './guards.ts';

/** `originalUrl`: where the article itself was published (ClaimReview `appearance`); null forgets it, absent keeps the last one. */
const PublishBodySchema = z.object({ originalUrl: z.optional(z.nullable(HttpUrlInputSchema)) });

/**
 * Editors publish and unpublish an article's report; anyone who may read
 * sees its versions; the Fact Check Tools export is of the live version only:
 *   POST   /api/articles/:id/publish        → 201 { url, version, publishedAt } (200 when nothing changed)
 *   DELETE /api/articles/:id/publish        → { url, version, unpublishedAt }
 *   GET    /api/articles/:id/publications   → { url, live, versions, liveClaimIds }
 *   GET    /api/articles/:id/export?format=factcheck-api
 */
export function publishRoutes(
  store: WorkspaceStore,
  logger: Logger,
  now: () => string = () => new Date().toISOString(),
  /** To the article's room: the Reports tab of everyone who has it open shows the new state. */
  broadcast: (change: ChangeBroadcast) => void = () => {},
  /** Called after a publish or unpublish changed what is live: the dashboard's published figures move. */
  liveChanged: (articleId: string) => void = () => {},
): Router {
  const router = Router();
  const publisher = requireAction('article:publish', logger);

  router.post('/articles/:id/publish', publisher, async (req, res) => {
    req.body ??= {};
    const body = parseBody(req, res, PublishBodySchema);
    if (!body) return;
    const user = authOf(res).user!;
    const result = await refusingStoreErrors(res, () => publishArticle(store, String(req.params.id), user, { originalUrl: body.originalUrl, now: now() }));
    if (!result) return;
    if (!result.ok) return sendError(res, result.code);
    const p = result.publication;
    if (result.broadcast) broadcast(result.broadcast);
    const url = await pageUrl(p);
    if (result.created) {
      logger.info({ userId: user.id, articleId: p.articleId, version: p.version, claims: p.report.claims.length }, 'report published');
      liveChanged(p.articleId);
    }
    res.status(result.created ? 201 : 200).json({ url, version: p.version, publishedAt: p.publishedAt });
  });

  router.delete('/articles/:id/publish', publisher, async (req, res) => {
    const user = authOf(res).user!;
    const result = await refusingStoreErrors(res, () => unpublishArticle(store, String(req.params.id), user, now()));
    if (!result) return;
    if (!result.ok) return sendError(res, result.code);
    const p = result.publication;
    if (result.broadcast) broadcast(result.broadcast);
    logger.info({ userId: user.id, articleId: p.articleId, version: p.version }, 'report unpublished');
    liveChanged(p.articleId);
    res.json({ url: await pageUrl(p), version: p.version, unpublishedAt: p.unpublished!.at });
  });

  router.get('/articles/:id/publications', requireAction('article:read', logger), async (req, res) => {
    const id = String(req.params.id);
    if (!(await store.article(id))) return sendError(res, 'not_found');
    const { reportBaseUrl } = await store.settings();
    const versions = await store.publications(id);
    const latest = versions.at(-1);
    res.json({
      url: latest ? publicPageUrl(reportBaseUrl, latest.slug) : null,
      live: latest ? latest.unpublished === null : false,
      versions: versions.map((p) => summaryOf(p, reportBaseUrl)).reverse(),
      // The claims the live version holds: what the claims panel counts as published.
      liveClaimIds: [...liveClaimIds(latest)],
    });
  });

  router.get('/articles/:id/export', requireAction('article:export', logger), async (req, res, next) => {
    if (req.query.format !== 'factcheck-api') return next();
    const id = String(req.params.id);
    if (!(await store.article(id))) return sendError(res, 'not_found');
    const latest = await store.latestPublication(id);
    if (!latest) return sendError(res, 'not_published');
    if (latest.unpublished) return sendError(res, 'unpublished');
    const body = factCheckApiPage(latest.report, await pageUrl(latest), latest.firstPublishedAt);
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="isnad-${id}-v${latest.version}.factcheck-api.json"`,
      'Cache-Control': 'no-store',
    });
    res.send(embeddableJson(body));
  });

  async function pageUrl(p: Publication): Promise<string> {
    return publicPageUrl((await store.settings()).reportBaseUrl, p.slug);
  }

  return router;
}

/** A store that refuses the write (a failing disk, a server stopping) answers with its code; nothing was kept. */
async function refusingStoreErrors<T>(res: Response, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const code = storeErrorCode(error);
    if (!code) throw error;
    sendError(res, code);
    return undefined;
  }
}

