import { Router } from 'express';
import { PROTOCOL_VERSION } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';
import { presentArticle, presentArticleSummary } from './presenters.ts';

/** Articles over REST for integrations: thin handlers that authorize, read the store and present. */
export function articleRoutes(store: WorkspaceStore, logger: Logger): Router {
  const router = Router();
  const read = requireAction('article:read', logger);

  router.get('/health', (_req, res) => {
    res.json({ ok: true, status: 'ok', protocolVersion: PROTOCOL_VERSION });
  });

  router.get('/articles', read, (_req, res) => {
    const { articles, claims } = store.state;
    const all = Object.values(claims);
    res.json({ articles: Object.values(articles).map((a) => presentArticleSummary(a, all)) });
  });

  router.get('/articles/:id', read, (req, res) => {
    const { articles, claims } = store.state;
    const id = String(req.params.id);
    const article = Object.hasOwn(articles, id) ? articles[id] : undefined;
    if (!article) return sendError(res, 'not_found');
    res.json(presentArticle(article, Object.values(claims)));
  });

  return router;
}
