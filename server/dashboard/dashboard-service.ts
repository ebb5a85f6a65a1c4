import { drillClaims, type Drill, type DrilledClaim } from '../../shared/dashboard/drilldown.ts';
import { cmp, normalizeSource, type DashboardFigures, type DashboardFilters } from '../../shared/dashboard/figures.ts';
import { canonicalKey, keysOf, type SourceMerges } from '../../shared/sources/merges.ts';
import { mergePartials } from '../../shared/dashboard/merge.ts';
import { articlePartial, type ArticlePartial } from '../../shared/dashboard/partial.ts';
import type { Article } from '../../shared/domain/schemas.ts';
import type { WorkspaceReader } from '../store/store.ts';
import { liveClaimIds } from '../../shared/dashboard/sign-off.ts';

/** Partials kept across requests; each is a few kilobytes. */
const CACHE_LIMIT = 5000;

/** The choices the dashboard's filter form offers: the sources and reviewers of the article chosen (or the workspace). */
export interface DashboardOptions {
  sources: Array<{ key: string; name: string }>;
  reviewers: Array<{ reviewerId: string | null; name: string }>;
}

export interface DrillAnswer {
  claims: DrilledClaim[];
  /** Articles the listed claims belong to, for their titles and direction. */
  articles: Array<Pick<Article, 'id' | 'title' | 'lang' | 'dir'>>;
  /** True when there were more than `limit`. */
  truncated: boolean;
}

/**
 * The dashboard over the stored workspace, from per-article partials
 * (shared/dashboard/partial.ts) kept until their article's sequence number
 * moves: a dashboard of a hundred articles recomputes only the ones that
 * changed since it was last asked, then merges (shared/dashboard/merge.ts).
 */
export class DashboardService {
  private readonly cache = new Map<string, { seq: number; published: number; partial: ArticlePartial }>();
  /**
   * Per article, how often it was published or unpublished here: that does
   * not move the article's seq, yet changes what counts as published.
   */
  private readonly publishings = new Map<string, number>();

  constructor(private readonly store: WorkspaceReader) {}

  /** The article was published or unpublished: its cached partials are stale. */
  publicationChanged(articleId: string): void {
    this.publishings.set(articleId, (this.publishings.get(articleId) ?? 0) + 1);
  }

  /** Undefined when `filters.articleId` names no article. */
  async figures(filters: DashboardFilters, now: string): Promise<{ figures: DashboardFigures; options: DashboardOptions } | undefined> {
    const ids = await this.scope(filters.articleId);
    if (!ids) return undefined;
    const merges = await this.store.sourceMerges();
    const partials = await this.partials(ids, filters, merges);
    const figures = mergePartials(partials, filters, now, merges);
    // The form's choices ignore every filter but the article.
    const scoped = filters.articleId === undefined ? {} : { articleId: filters.articleId };
    const all = sameFilters(filters, scoped) ? figures : mergePartials(await this.partials(ids, scoped, merges), scoped, now, merges);
    return {
      figures,
      options: {
        sources: all.sources.map((s) => ({ key: s.key, name: s.name })),
        reviewers: all.decisionsPerReviewer.map((r) => ({ reviewerId: r.reviewerId, name: r.name })),
      },
    };
  }

  /** The claims behind one figure, in article then reading order, at most `limit`. */
  async drill(filters: DashboardFilters, drill: Drill, now: string, limit: number): Promise<DrillAnswer | undefined> {
    const ids = await this.scope(filters.articleId);
    if (!ids) return undefined;
    const merges = await this.store.sourceMerges();
    const partials = await this.partials(ids, filters, merges);
    const answer: DrillAnswer = { claims: [], articles: [], truncated: false };
    // Articles oldest first, as the dashboard lists them; only those whose partial says they hold a match are read.
    for (const p of partials.sort((a, b) => cmp(a.article.createdAt, b.article.createdAt) || cmp(a.article.id, b.article.id))) {
      if (!mayMatch(p, drill, merges)) continue;
      const records = await this.store.articleRecords(p.article.id);
      if (!records) continue;
      const live = { [records.article.id]: liveClaimIds(await this.store.latestPublication(records.article.id)) };
      const input = { articles: { [records.article.id]: records.article }, claims: Object.fromEntries(records.claims.map((c) => [c.id, c])), history: records.history, live };
      const found = drillClaims(input, filters, now, drill, merges);
      if (found.length === 0) continue;
      answer.articles.push({ id: records.article.id, title: records.article.title, lang: records.article.lang, dir: records.article.dir });
      // One more than asked, to know whether there are more.
      answer.claims.push(...found.slice(0, limit + 1 - answer.claims.length));
      if (answer.claims.length > limit) break;
    }
    answer.truncated = answer.claims.length > limit;
    answer.claims = answer.claims.slice(0, limit);
    // Only the articles of the claims listed (the one extra claim may have been another article's).
    const listed = new Set(answer.claims.map((c) => c.claim.articleId));
    answer.articles = answer.articles.filter((a) => listed.has(a.id));
    return answer;
  }

  private async scope(articleId: string | undefined): Promise<string[] | undefined> {
    if (articleId !== undefined) return (await this.store.article(articleId)) ? [articleId] : undefined;
    return (await this.store.articleSummaries()).map((a) => a.id);
  }

  private async partials(ids: string[], filters: DashboardFilters, merges: SourceMerges): Promise<ArticlePartial[]> {
    // A source filter takes in the spellings merged with it: a merge or unmerge makes it another filter.
    const group = filters.source === undefined ? [] : keysOf(merges, canonicalKey(merges, normalizeSource(filters.source)));
    const key = `${filterKey(filters)}\n${JSON.stringify(group)}`;
    const out: ArticlePartial[] = [];
    for (const id of ids) {
      const seq = await this.store.seq(id);
      const published = this.publishings.get(id) ?? 0;
      const cacheKey = `${id}\n${key}`;
      const hit = this.cache.get(cacheKey);
      if (hit && hit.seq === seq && hit.published === published) {
        // Most recently used last, so the oldest entries are the first to go.
        this.cache.delete(cacheKey);
        this.cache.set(cacheKey, hit);
        out.push(hit.partial);
        continue;
      }
      const records = await this.store.articleRecords(id);
      if (!records) continue;
      // One read of the article's latest version: what is live decides "published".
      const live = liveClaimIds(await this.store.latestPublication(id));
      const partial = articlePartial(records.article, records.claims, records.history, filters, merges, live);
      this.cache.delete(cacheKey);
      this.cache.set(cacheKey, { seq, published, partial });
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
      out.push(partial);
    }
    return out;
  }
}

/** What a partial depends on: every filter but the article, the clock and the list lengths. */
function filterKey(f: DashboardFilters): string {
  return JSON.stringify([f.status ?? null, f.source ?? null, f.reviewer ?? null, f.from ?? null, f.to ?? null, f.signOff ?? null]);
}

function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return filterKey(a) === filterKey(b);
}

/** Whether an article can hold a claim behind this figure, judging by its partial. */
function mayMatch(p: ArticlePartial, drill: Drill, merges: SourceMerges): boolean {
  if ('articleId' in drill && drill.articleId !== undefined && drill.articleId !== p.article.id) return false;
  switch (drill.kind) {
    case 'all':
      return p.total > 0;
    case 'status':
      return p.byStatus[drill.status] > 0;
    case 'reviewed':
      return p.total - p.byStatus.unreviewed > 0;
    case 'orphaned':
      return p.orphaned > 0;
    case 'stale':
      return p.byStatus.unreviewed > 0;
    case 'source':
      return keysOf(merges, drill.key).some((key) => p.sources.has(key));
    case 'unattributed':
      return p.unattributed > 0;
    case 'reviewer':
      return p.reviewers.has(drill.key);
    case 'signOff':
      return p.signOff[drill.stage] > 0;
  }
}

