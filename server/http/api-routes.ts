import { Router, type Request } from 'express';
import type { Article } from '../../shared/domain/schemas.ts';
import { searchText } from '../../shared/anchoring/search.ts';
import { bodyText } from '../../shared/domain/article.ts';
import { ArticleCreateSchema, ArticleExtractSchema } from '../../shared/protocol/payloads.ts';
import { createArticle } from '../commands/article-commands.ts';
import { ExtractRefused, extractArticle } from '../import/extract-text.ts';
import { authOf, parseBody } from './guards.ts';
import type { PageRequest, WorkspaceStore } from '../store/store.ts';
import type { Logger } from '../logger.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';
import { presentArticle } from './presenters.ts';

/** `?limit=` (1..max, default `fallback`) and `?before=` (a cursor from the previous page's `next`). */
export function pageOf(req: Request, fallback: number, max: number): PageRequest {
  const limit = Math.min(Math.max(Math.trunc(Number(req.query.limit)) || fallback, 1), max);
  const before = typeof req.query.before === 'string' && req.query.before.length <= 200 ? req.query.before : undefined;
  return before === undefined ? { limit } : { limit, before };
}

/** Articles over REST for integrations: thin handlers that authorize, read the store and present. */
export function articleRoutes(store: WorkspaceStore, logger: Logger, announce: (article: Article) => void = () => {}): Router {
  const router = Router();
  const read = requireAction('article:read', logger);
  const importer = requireAction('article:import', logger);

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
    try {
      res.json(extractArticle(input.format, input.content));
    } catch (error) {
      if (error instanceof ExtractRefused) return sendError(res, 'invalid_payload', 'content');
      throw error;
    }
  });

  /** Arabic-aware find in an article: positions in code points over the original text. */
  router.get('/articles/:id/search', read, async (req, res) => {
    const article = await store.article(String(req.params.id));
    if (!article) return sendError(res, 'not_found');
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 500) : '';
    res.json({ matches: searchText(bodyText(article.body), q, { limit: 1000 }) });
  });

  /** Revisions with their text, newest first, a page at a time (bodies can be long). */
  router.get('/articles/:id/revisions', read, async (req, res) => {
    const id = String(req.params.id);
    if (!(await store.article(id))) return sendError(res, 'not_found');
    const page = await store.revisions(id, pageOf(req, 20, 100));
    res.json({ revisions: page.items, next: page.next });
  });

  /** Every article with its status counts, kept up to date by the store (no claim is read). */
  router.get('/articles', read, async (_req, res) => {
    res.json({ articles: await store.articleSummaries() });
  });

  router.get('/articles/:id/activity', read, async (req, res) => {
    const id = String(req.params.id);
    if (!(await store.article(id))) return sendError(res, 'not_found');
    const page = await store.articleActivity(id, pageOf(req, 50, 500));
    res.json({ activity: page.items, next: page.next });
  });

  router.get('/claims/:id/history', read, async (req, res) => {
    const id = String(req.params.id);
    if (!(await store.claim(id))) return sendError(res, 'not_found');
    res.json({ history: await store.claimHistory(id) });
  });

  /** Everyone's name and role (not email), for assignees and @mentions. */
  router.get('/people', read, async (_req, res) => {
    res.json({ people: (await store.users()).map(({ id, name, role, active }) => ({ id, name, role, active })) });
  });

  router.get('/articles/:id', read, async (req, res) => {
    await store.settled();
    const article = await store.article(String(req.params.id));
    if (!article) return sendError(res, 'not_found');
    res.json(presentArticle(article, await store.claimsOfArticle(article.id)));
  });

  return router;
}
