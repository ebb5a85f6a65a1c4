import { Router, type Response } from 'express';
import { LRUCache } from 'lru-cache';
import { SLUG_PATTERN } from '../../shared/publish/slug.ts';
import { noticePage, publicPage, PUBLIC_PAGE_CSP } from '../publish/public-page.ts';
import type { WorkspaceReader } from '../store/store.ts';

/**
 * GET /p/:slug, the published fact-check, for anyone, without signing in.
 * Only the latest published version is ever served; a withdrawn one
 * answers 410 with a short notice, an unknown address 404, and neither says
 * anything of the article. Caches may keep a page a minute (it changes only
 * when an editor republishes or unpublishes) and must then ask again; the
 * ETag makes asking cheap.
 *
 * A version never changes once published (unpublishing is checked before
 * the cache), so its page is built once per node and kept: building a
 * 300-claim page takes a good part of a second on a loaded 2-core machine
 * (escaping and judging the script of every text), serving it again costs
 * a map lookup.
 */
export function publicPageRoutes(store: WorkspaceReader): Router {
  const router = Router();
  const pages = new LRUCache<string, string>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (html) => html.length * 2 });
  router.get('/p/:slug', async (req, res) => {
    const slug = String(req.params.slug);
    const p = SLUG_PATTERN.test(slug) ? await store.publicationBySlug(slug) : undefined;
    if (!p) return send(res, 404, noticePage('not_found', 'en', 'ltr'), 'no-cache');
    if (p.unpublished) return send(res, 410, noticePage('unpublished', p.report.lang, p.report.dir), 'public, max-age=60');
    res.set('Content-Language', p.report.lang);
    const { reportBaseUrl } = await store.settings();
    // publishedAt too: a version whose write failed is undone, and its number may come again with other content.
    const key = `${p.articleId}\u0000${p.version}\u0000${p.publishedAt}\u0000${reportBaseUrl}`;
    let html = pages.get(key);
    if (html === undefined) pages.set(key, (html = publicPage(p, reportBaseUrl)));
    send(res, 200, html, 'public, max-age=60, must-revalidate');
  });
  return router;
}

function send(res: Response, status: number, html: string, cacheControl: string): void {
  res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PUBLIC_PAGE_CSP, 'Cache-Control': cacheControl }).send(html);
}
