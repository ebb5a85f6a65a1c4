import { Router } from 'express';
import type { Logger } from '../logger.ts';
import type { ArticleSuggestions } from '../suggest/article-suggestions.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';

/** Suggested claims: whoever may read an article may see what is proposed in it. */
export function suggestionRoutes(suggestions: ArticleSuggestions, logger: Logger): Router {
  const router = Router();
  const read = requireAction('article:read', logger);

  router.get('/articles/:id/suggestions', read, async (req, res) => {
    const found = await suggestions.of(String(req.params.id));
    if (!found) return sendError(res, 'not_found');
    res.json({ suggestions: found });
  });

  return router;
}
