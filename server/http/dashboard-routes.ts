import { Router } from 'express';
import { z } from 'zod';
import { dashboardFigures, DASHBOARD_DEFAULTS } from '../../shared/dashboard/figures.ts';
import { IdSchema, StatusSchema } from '../../shared/domain/schemas.ts';
import { LIMITS } from '../../shared/limits.ts';
import { firstInvalidField } from '../../shared/protocol/payloads.ts';
import type { Logger } from '../logger.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { sendError } from './errors.ts';
import { requireAction } from './guards.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD, UTC) or an ISO instant; a day as `to` means up to its end. */
const instant = (endOfDay: boolean) =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]).transform((v) => {
    const iso = DAY.test(v) ? `${v}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : v;
    return new Date(iso).toISOString();
  });

/** An empty parameter (an untouched form field) is no filter. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const DashboardQuerySchema = z.object({
  articleId: optional(IdSchema),
  status: optional(StatusSchema),
  source: optional(z.string().max(LIMITS.attributedTo)),
  /** An account id, or a display name for changes made before accounts existed. */
  reviewer: optional(z.string().max(LIMITS.id)),
  from: optional(instant(false)),
  to: optional(instant(true)),
  staleDays: optional(z.coerce.number().int().min(0).max(3650)),
  /** How many recent decisions to list (default 10). */
  recent: optional(z.coerce.number().int().min(1).max(100)),
});

/**
 * `GET /api/dashboard?articleId=&status=&source=&reviewer=&from=&to=&staleDays=&recent=`:
 * the figures of shared/dashboard/figures.ts over the stored workspace, for
 * anyone who may read articles.
 */
export function dashboardRoutes(store: WorkspaceStore, logger: Logger, now: () => string = () => new Date().toISOString()): Router {
  const router = Router();
  router.get('/dashboard', requireAction('article:read', logger), (req, res) => {
    const parsed = DashboardQuerySchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, 'invalid_payload', firstInvalidField(parsed.error));
    const { recent, ...filters } = parsed.data;
    if (filters.articleId !== undefined && !Object.hasOwn(store.state.articles, filters.articleId)) return sendError(res, 'not_found');
    const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    res.json({ dashboard: dashboardFigures(store.state, { ...clean, recentLimit: recent ?? DASHBOARD_DEFAULTS.recentLimit }, now()) });
  });
  return router;
}
