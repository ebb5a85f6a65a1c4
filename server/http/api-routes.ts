import { Router } from 'express';
import { PROTOCOL_VERSION } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';
import { articleActivity, presentArticle, presentArticleSummary } from './presenters.ts';

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

  router.get('/articles/:id/activity', read, (req, res) => {
    const id = String(req.params.id);
    if (!Object.hasOwn(store.state.articles, id)) return sendError(res, 'not_found');
    const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 500);
    res.json({ activity: articleActivity(store.state, id, limit) });
  });

  router.get('/claims/:id/history', read, (req, res) => {
    const id = String(req.params.id);
    if (!Object.hasOwn(store.state.claims, id)) return sendError(res, 'not_found');
    res.json({ history: Object.hasOwn(store.state.history, id) ? store.state.history[id] : [] });
  });

  /** Everyone's name and role (not email), for assignees and @mentions. */
  router.get('/people', read, (_req, res) => {
    res.json({ people: Object.values(store.state.users).map(({ id, name, role, active }) => ({ id, name, role, active })) });
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
