import { drillClaims, type Drill } from '../../../shared/dashboard/drilldown.ts';
import { dashboardFigures, type DashboardFilters, type DashboardInput } from '../../../shared/dashboard/figures.ts';
import { isClaimStatus, type ClaimStatus } from '../../../shared/domain/status.ts';
import { isSignOffStage, type SignOffStage } from '../../../shared/dashboard/sign-off.ts';
import type { StubAnswer } from './stubFetch.ts';

/**
 * `GET /api/dashboard` and `GET /api/dashboard/claims` in miniature, for
 * client tests: the query read as the server reads it (an empty parameter
 * is no filter; `from`/`to` a day or an instant; an unknown article 404),
 * answered by the same shared functions over a workspace the test holds and
 * may change between requests. Every query it answers is kept in `asked`.
 */
export class FakeDashboardApi {
  readonly asked: URLSearchParams[] = [];

  constructor(
    public workspace: DashboardInput,
    readonly now: string,
  ) {}

  /** For stubFetch. */
  answers(): Record<string, StubAnswer> {
    return {
      '/api/dashboard?': (url: URL) => this.figures(url.searchParams),
      '/api/dashboard/claims?': (url: URL) => this.claims(url.searchParams),
    };
  }

  private filters(q: URLSearchParams): DashboardFilters | Response {
    this.asked.push(q);
    const get = (key: string) => q.get(key) || undefined;
    const day = (v: string | undefined, end: boolean) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : v);
    const status = get('status');
    const articleId = get('articleId');
    if (status !== undefined && !isClaimStatus(status)) return error(400, 'invalid_payload');
    if (articleId !== undefined && !Object.hasOwn(this.workspace.articles, articleId)) return error(404, 'not_found');
    const found: DashboardFilters = {
      articleId,
      status: status as ClaimStatus | undefined,
      source: get('source'),
      reviewer: get('reviewer'),
      from: day(get('from'), false),
      to: day(get('to'), true),
      staleDays: get('staleDays') === undefined ? undefined : Number(get('staleDays')),
      recentLimit: Number(get('recent') ?? 10),
      signOff: isSignOffStage(get('signOff')) ? (get('signOff') as SignOffStage) : undefined,
    };
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
  }

  private figures(q: URLSearchParams): unknown {
    const filters = this.filters(q);
    if (filters instanceof Response) return filters;
    const scope = dashboardFigures(this.workspace, filters.articleId === undefined ? {} : { articleId: filters.articleId }, this.now);
    return {
      dashboard: dashboardFigures(this.workspace, filters, this.now),
      options: {
        sources: scope.sources.map((s) => ({ key: s.key, name: s.name })),
        reviewers: scope.decisionsPerReviewer.map((r) => ({ reviewerId: r.reviewerId, name: r.name })),
      },
    };
  }

  private claims(q: URLSearchParams): unknown {
    const filters = this.filters(q);
    if (filters instanceof Response) return filters;
    const drill = drillOf(q);
    if (!drill) return error(400, 'invalid_payload');
    const limit = Number(q.get('limit')) || 200;
    const found = drillClaims(this.workspace, filters, this.now, drill);
    const listed = found.slice(0, limit);
    const articleIds = [...new Set(listed.map((d) => d.claim.articleId))];
    return {
      claims: listed,
      articles: articleIds.map((id) => {
        const { title, lang, dir } = this.workspace.articles[id]!;
        return { id, title, lang, dir };
      }),
      truncated: found.length > limit,
    };
  }
}

function drillOf(q: URLSearchParams): Drill | null {
  const articleId = q.get('drillArticle') || undefined;
  const inArticle = articleId === undefined ? {} : { articleId };
  const kind = q.get('kind');
  switch (kind) {
    case 'status':
      return { kind, status: q.get('drillStatus') as ClaimStatus, ...inArticle };
    case 'source':
      return { kind, key: q.get('key') ?? '', ...(q.get('disputed') === 'true' ? { disputed: true } : {}) };
    case 'reviewer':
      return { kind, key: q.get('key') ?? '' };
    case 'unattributed':
      return { kind };
    case 'signOff': {
      const stage = q.get('stage');
      return stage === 'ready' || stage === 'approved' || stage === 'published' ? { kind, stage, ...inArticle } : null;
    }
    case 'all':
    case 'reviewed':
    case 'orphaned':
    case 'stale':
      return { kind, ...inArticle };
    default:
      return null;
  }
}

function error(status: number, code: string): Response {
  return new Response(JSON.stringify({ ok: false, error: { code, message: `${code} (fake)` } }), { status });
}
