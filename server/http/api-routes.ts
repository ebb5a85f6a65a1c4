import { Router } from 'express';
import type { Article } from '../../shared/domain/schemas.ts';
import { searchText } from '../../shared/anchoring/search.ts';
import { bodyText } from '../../shared/domain/article.ts';
import { ArticleCreateSchema, ArticleExtractSchema } from '../../shared/protocol/payloads.ts';
import { createArticle } from '../commands/article-commands.ts';
import { extractArticle } from '../import/extract-text.ts';
import { authOf, parseBody } from './guards.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';
import { articleActivity, presentArticle, presentArticleSummary } from './presenters.ts';

/** Articles over REST for integrations: thin handlers that authorize, read the store and present. */
export function articleRoutes(store: WorkspaceStore, logger: Logger, announce: (article: Article) => void = () => {}): Router {
  const router = Router();
  const read = requireAction('article:read', logger);
  const importer = requireAction('article:import', logger);
  const articleOr404 = (id: unknown) => {
    const key = String(id);
    return Object.hasOwn(store.state.articles, key) ? store.state.articles[key]! : undefined;
  };

  /** Editors: a new article from text (paragraphs separated by blank lines). */
  router.post('/articles', importer, async (req, res) => {
    const input = parseBody(req, res, ArticleCreateSchema);
    if (!input) return;
    const user = authOf(res).user!;
    const article = await createArticle(store, input, user);
    logger.info({ userId: user.id, articleId: article.id }, 'article imported');
    announce(article);
    res.status(201).json({ article });
  });

  /** Editors: reduces an uploaded .txt, .md or .html file to title, paragraphs, language and direction. */
  router.post('/articles/extract', importer, (req, res) => {
    const input = parseBody(req, res, ArticleExtractSchema);
    if (!input) return;
    res.json(extractArticle(input.format, input.content));
  });

  /** Arabic-aware find in an article: positions in code points over the original text. */
  router.get('/articles/:id/search', read, (req, res) => {
    const article = articleOr404(req.params.id);
    if (!article) return sendError(res, 'not_found');
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 500) : '';
    res.json({ matches: searchText(bodyText(article.body), q, { limit: 1000 }) });
  });

  router.get('/articles/:id/revisions', read, (req, res) => {
    const article = articleOr404(req.params.id);
    if (!article) return sendError(res, 'not_found');
    const list = Object.hasOwn(store.state.revisions, article.id) ? store.state.revisions[article.id]! : [];
    res.json({ revisions: list.length ? list : [{ revision: article.revision, body: article.body, by: 'original', byId: null, at: article.updatedAt }] });
  });

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
