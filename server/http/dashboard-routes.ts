import { Router } from 'express';
import { z } from 'zod';
import type { Drill } from '../../shared/dashboard/drilldown.ts';
import { DASHBOARD_DEFAULTS } from '../../shared/dashboard/figures.ts';
import { COUNTED_STAGES, SIGN_OFF_STAGES } from '../../shared/dashboard/sign-off.ts';
import { IdSchema, StatusSchema } from '../../shared/domain/schemas.ts';
import { LIMITS } from '../../shared/limits.ts';
import { firstInvalidField } from '../../shared/protocol/payloads.ts';
import type { DashboardService } from '../dashboard/dashboard-service.ts';
import type { Logger } from '../logger.ts';
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
const optional = <T extends z.core.$ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), z.optional(schema));

export const DashboardQuerySchema = z.object({
  articleId: optional(IdSchema),
  status: optional(StatusSchema),
  source: optional(z.string().max(LIMITS.attributedTo)),
  /** An account id, or a display name for changes made before accounts existed (names are counted in code points; this is room for any). */
  reviewer: optional(z.string().max(4 * LIMITS.displayName)),
  from: optional(instant(false)),
  to: optional(instant(true)),
  staleDays: optional(z.coerce.number().int().min(0).max(3650)),
  /** How many recent decisions to list (default 10). */
  recent: optional(z.coerce.number().int().min(1).max(100)),
  /** A sign-off stage: none, ready, approved or published (in the live publication). */
  signOff: optional(z.enum(SIGN_OFF_STAGES)),
});

/** Which figure's claims to list (`GET /api/dashboard/claims`), besides the dashboard's own filters. */
export const DrillQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all'), drillArticle: optional(IdSchema) }),
  z.object({ kind: z.literal('status'), drillStatus: StatusSchema, drillArticle: optional(IdSchema) }),
  z.object({ kind: z.literal('reviewed'), drillArticle: optional(IdSchema) }),
  z.object({ kind: z.literal('orphaned'), drillArticle: optional(IdSchema) }),
  z.object({ kind: z.literal('stale'), drillArticle: optional(IdSchema) }),
  z.object({ kind: z.literal('source'), key: z.string().max(LIMITS.attributedTo * 2), disputed: optional(z.enum(['true', 'false'])) }),
  z.object({ kind: z.literal('unattributed') }),
  z.object({ kind: z.literal('reviewer'), key: z.string().max(5 + 4 * LIMITS.displayName) }),
  z.object({ kind: z.literal('signOff'), stage: z.enum(COUNTED_STAGES), drillArticle: optional(IdSchema) }),
]);

function drillOf(q: z.infer<typeof DrillQuerySchema>): Drill {
  switch (q.kind) {
    case 'status':
      return { kind: 'status', status: q.drillStatus, ...(q.drillArticle ? { articleId: q.drillArticle } : {}) };
    case 'source':
      return { kind: 'source', key: q.key, ...(q.disputed === 'true' ? { disputed: true } : {}) };
    case 'reviewer':
      return { kind: 'reviewer', key: q.key };
    case 'unattributed':
      return { kind: 'unattributed' };
    case 'signOff':
      return { kind: 'signOff', stage: q.stage, ...(q.drillArticle ? { articleId: q.drillArticle } : {}) };
    default:
      return { kind: q.kind, ...(q.drillArticle ? { articleId: q.drillArticle } : {}) };
  }
}

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * `GET /api/dashboard?articleId=&status=&source=&reviewer=&from=&to=&staleDays=&recent=&signOff=`:
 * the figures of shared/dashboard/figures.ts over the stored workspace, and
 * the sources and reviewers the filter form offers.
 * `GET /api/dashboard/claims?<the same filters>&kind=&drillStatus=&drillArticle=&key=&disputed=&stage=&limit=`:
 * the claims behind one figure. Both for anyone who may read articles.
 */
export function dashboardRoutes(dashboard: DashboardService, logger: Logger, now: () => string = () => new Date().toISOString()): Router {
  const router = Router();
  const read = requireAction('article:read', logger);

  router.get('/dashboard', read, async (req, res) => {
    const parsed = DashboardQuerySchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, 'invalid_payload', firstInvalidField(parsed.error));
    const { recent, ...filters } = parsed.data;
    const answer = await dashboard.figures(clean({ ...filters, recentLimit: recent ?? DASHBOARD_DEFAULTS.recentLimit }), now());
    if (!answer) return sendError(res, 'not_found');
    res.json({ dashboard: answer.figures, options: answer.options });
  });

  router.get('/dashboard/claims', read, async (req, res) => {
    const filters = DashboardQuerySchema.safeParse(req.query);
    if (!filters.success) return sendError(res, 'invalid_payload', firstInvalidField(filters.error));
    const drill = DrillQuerySchema.safeParse(req.query);
    if (!drill.success) return sendError(res, 'invalid_payload', firstInvalidField(drill.error));
    const limit = Math.min(Math.max(Math.trunc(Number(req.query.limit)) || 200, 1), 1000);
    const { recent: _recent, ...rest } = filters.data;
    const answer = await dashboard.drill(clean(rest), drillOf(drill.data), now(), limit);
    if (!answer) return sendError(res, 'not_found');
    res.json(answer);
  });

  return router;
}
