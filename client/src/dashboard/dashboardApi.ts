import type { Drill, DrilledClaim } from '../../../shared/dashboard/drilldown.ts';
import type { DashboardFigures } from '../../../shared/dashboard/figures.ts';
import type { Article } from '../../../shared/domain/schemas.ts';
import { toDashboardFilters, type FilterForm } from './filters.ts';

/**
 * The server's dashboard routes as the page asks them: the figures
 * (`GET /api/dashboard`) and the claims behind one figure
 * (`GET /api/dashboard/claims`), both under the filters of the form.
 * Parameters come in a fixed order, so one query is always one URL: the
 * page compares URLs to know whether an answer is for what it shows now.
 */

/** The choices the filter form offers: the chosen article's (or the workspace's) sources and reviewers, whatever the other filters say. */
export interface DashboardOptions {
  sources: Array<{ key: string; name: string }>;
  reviewers: Array<{ reviewerId: string | null; name: string }>;
}

export interface DashboardAnswer {
  dashboard: DashboardFigures;
  options: DashboardOptions;
}

/** An article as a drill-down names it. */
export type ArticleLabel = Pick<Article, 'id' | 'title' | 'lang' | 'dir'>;

export interface DrillAnswer {
  claims: DrilledClaim[];
  /** The articles of the claims listed, for their titles and writing direction. */
  articles: ArticleLabel[];
  /** More claims match than were sent. */
  truncated: boolean;
}

/** How many claims a drill-down lists at most. */
export const DRILL_LIMIT = 200;

function filterParams(form: FilterForm): URLSearchParams {
  const f = toDashboardFilters(form);
  const params = new URLSearchParams();
  // Absent is "all"; the server reads an empty parameter the same way.
  for (const [key, value] of [
    ['articleId', f.articleId],
    ['status', f.status],
    ['source', f.source],
    ['reviewer', f.reviewer],
    ['from', f.from],
    ['to', f.to],
    ['signOff', f.signOff],
  ] as const) {
    if (value !== undefined) params.set(key, value);
  }
  params.set('staleDays', String(f.staleDays));
  return params;
}

export function dashboardUrl(form: FilterForm): string {
  return `/api/dashboard?${filterParams(form)}`;
}

/** A figure's drill-down as query parameters of `GET /api/dashboard/claims`. */
export function drillParams(drill: Drill): Array<[string, string]> {
  const inArticle = (articleId: string | undefined): Array<[string, string]> => (articleId === undefined ? [] : [['drillArticle', articleId]]);
  switch (drill.kind) {
    case 'all':
    case 'reviewed':
    case 'orphaned':
    case 'stale':
      return [['kind', drill.kind], ...inArticle(drill.articleId)];
    case 'status':
      return [['kind', 'status'], ['drillStatus', drill.status], ...inArticle(drill.articleId)];
    case 'source':
      return [['kind', 'source'], ['key', drill.key], ...(drill.disputed ? [['disputed', 'true'] as [string, string]] : [])];
    case 'unattributed':
      return [['kind', 'unattributed']];
    case 'reviewer':
      return [['kind', 'reviewer'], ['key', drill.key]];
    case 'signOff':
      return [['kind', 'signOff'], ['stage', drill.stage], ...inArticle(drill.articleId)];
  }
}

export function dashboardClaimsUrl(form: FilterForm, drill: Drill, limit = DRILL_LIMIT): string {
  const params = filterParams(form);
  for (const [key, value] of drillParams(drill)) params.set(key, value);
  params.set('limit', String(limit));
  return `/api/dashboard/claims?${params}`;
}
