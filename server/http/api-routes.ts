import { Router, type Response } from 'express';
import type { ErrorCode } from '../../shared/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { presentArticle, presentArticleSummary } from './presenters.ts';

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ ok: false, error: { code, message } });
}

/** REST for integrations: thin handlers that read the store and present. */
export function apiRoutes(store: WorkspaceStore): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ ok: true, status: 'ok', protocolVersion: PROTOCOL_VERSION });
  });

  router.get('/articles', (_req, res) => {
    const { articles, claims } = store.state;
    const all = Object.values(claims);
    res.json({ articles: Object.values(articles).map((a) => presentArticleSummary(a, all)) });
  });

  router.get('/articles/:id', (req, res) => {
    const { articles, claims } = store.state;
    const article = Object.hasOwn(articles, req.params.id) ? articles[req.params.id] : undefined;
    if (!article) return sendError(res, 404, 'not_found', `no article "${req.params.id}"`);
    res.json(presentArticle(article, Object.values(claims)));
  });

  router.use((_req, res) => sendError(res, 404, 'not_found', 'no such API route'));
  return router;
}
