import express, { Router, type Request, type Response } from 'express';
import { isExportFormat } from '../../shared/exports/formats.ts';
import { isReportLanguage } from '../../shared/exports/labels.ts';
import { parseImportDocument } from '../../shared/exports/import-document.ts';
import { articleUrl } from '../../shared/exports/urls.ts';
import { MAX_REQUEST_BYTES } from '../../shared/limits.ts';
import { hasPoisonedKeys } from '../../shared/protocol/poisoned-keys.ts';
import { importClaims } from '../commands/import-claims.ts';
import type { Broadcast } from '../commands/operation-runner.ts';
import { exportSourceOf } from '../exports/export-source.ts';
import { renderExport } from '../exports/render.ts';
import type { Logger } from '../logger.ts';
import { storeErrorCode, type WorkspaceStore } from '../store/store.ts';
import { sendError } from './errors.ts';
import { authOf, requireAction } from './guards.ts';

export interface ExportRouteDeps {
  store: WorkspaceStore;
  logger: Logger;
  /**
   * Sends a change to everyone who has the article open; app.ts passes
   * `(id, event, payload) => io.to(articleRoom(id)).emit(event, payload)`.
   */
  broadcast: (change: Broadcast) => void;
  /** The clock, for exportedAt (tests fix it). */
  now?: () => string;
}

/**
 * A report opened in the browser (not only saved) may use its own inline
 * style sheet and nothing else: no script, no request of any kind.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Exports (every role may export what it may read) and the import of an
 * export's claims (editors and admins):
 *   GET  /api/articles/:id/export?format=md|html|csv|json|claimreview|w3c[&lang=ar|en]
 *   GET  /api/export?format=…           the whole workspace
 *   POST /api/articles/:id/import       body: a json or w3c export
 */
export function exportRoutes(deps: ExportRouteDeps): Router {
  const { store, logger, broadcast } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const router = Router();
  const exporter = requireAction('article:export', logger);
  const importer = requireAction('article:import', logger);

  async function send(req: Request, res: Response, articleId?: string): Promise<void> {
    const format = req.query.format;
    if (!isExportFormat(format)) return sendError(res, 'invalid_payload', 'format');
    // The reports' own words: Arabic or English, the article's language when not chosen.
    const lang = req.query.lang;
    if (lang !== undefined && !isReportLanguage(lang)) return sendError(res, 'invalid_payload', 'lang');
    await store.settled();
    const source = await exportSourceOf(store, articleId);
    if (!source) return sendError(res, 'not_found');
    const rendered = renderExport(format, source, { articleId, exportedAt: now(), lang, digits: source.settings.digits });
    // The printable report may open in a tab (to read or "Save as PDF"); everything else downloads.
    const inline = format === 'html' && req.query.disposition === 'inline';
    res.set({
      'Content-Type': rendered.contentType,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${rendered.fileName}"`,
      // Workspace data: never kept by a shared cache.
      'Cache-Control': 'no-store',
    });
    if (format === 'html') res.set('Content-Security-Policy', REPORT_CSP);
    res.send(rendered.body);
  }

  router.get('/articles/:id/export', exporter, (req, res) => send(req, res, String(req.params.id)));

  router.get('/export', exporter, (req, res) => send(req, res));

  // JSON-LD documents arrive as application/ld+json; application/json is parsed by the API already.
  const jsonLd = express.json({ type: ['application/ld+json'], limit: MAX_REQUEST_BYTES });

  router.post('/articles/:id/import', importer, jsonLd, async (req, res) => {
    const id = String(req.params.id);
    if (!(await store.article(id))) return sendError(res, 'not_found');
    if (hasPoisonedKeys(req.body)) return sendError(res, 'invalid_payload');
    const parsed = parseImportDocument(req.body, { id, url: articleUrl((await store.settings()).reportBaseUrl, id) });
    if (!parsed.ok) return sendError(res, 'invalid_payload', parsed.field);
    const user = authOf(res).user!;
    let result;
    try {
      result = await importClaims(store, id, parsed.candidates, { id: user.id, name: user.name });
    } catch (error) {
      const code = storeErrorCode(error);
      if (code) return sendError(res, code);
      throw error;
    }
    if (!result.ok) return sendError(res, result.code);
    for (const b of result.broadcasts) broadcast(b);
    logger.info(
      { userId: user.id, articleId: id, format: parsed.format, imported: result.imported.length, restored: result.restored.length, skipped: result.skipped.length },
      'claims imported',
    );
    res.json({ imported: result.imported.length, restored: result.restored.length, skipped: result.skipped.length, orphaned: result.orphaned, claimIds: result.imported, restoredIds: result.restored });
  });

  return router;
}
