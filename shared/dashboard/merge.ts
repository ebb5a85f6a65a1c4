import {
  cmp,
  DASHBOARD_DEFAULTS,
  emptyCounts,
  progressOf,
  STALE_LIST_LIMIT,
  type DashboardFigures,
  type DashboardFilters,
  type ReviewerFigures,
  type SourceFigures,
  type StaleClaim,
} from './figures.ts';
import type { ArticlePartial } from './partial.ts';
import { canonicalKey, type SourceMerges } from '../sources/merges.ts';
import { CLAIM_STATUSES } from '../domain/status.ts';
import { COUNTED_STAGES, emptySignOff } from './sign-off.ts';

const DAY_MS = 86_400_000;

/**
 * The dashboard from its articles' partials: sums, groups merged by key,
 * the newest decisions and the oldest unreviewed claims across articles.
 * Costs what the partials hold (a few entries per article), not what the
 * articles hold.
 */
/** `merges`: editors' source merges; merged spellings count as one source, shown by the name the editor chose. */
export function mergePartials(partials: readonly ArticlePartial[], filters: DashboardFilters, now: string, merges: SourceMerges = new Map()): DashboardFigures {
  const staleDays = filters.staleDays ?? DASHBOARD_DEFAULTS.staleDays;
  const recentLimit = filters.recentLimit ?? DASHBOARD_DEFAULTS.recentLimit;
  const cutoff = Date.parse(now) - staleDays * DAY_MS;
  // Groups merge in article id order, as one pass over the workspace would meet them.
  const byId = [...partials].sort((a, b) => cmp(a.article.id, b.article.id));

  const byStatus = emptyCounts();
  let orphaned = 0;
  const signOff = emptySignOff();
  let unattributed = 0;
  const sources = new Map<string, Omit<SourceFigures, 'name'> & { spellings: Map<string, number> }>();
  const reviewers = new Map<string, ReviewerFigures>();
  const staleCounts = new Map<string, number>();
  let staleCount = 0;
  const staleCandidates: StaleClaim[] = [];
  const recent: ArticlePartial['recent'] = [];
  const chosen = new Map([...merges.values()].map((m) => [m.into, m.name]));

  for (const p of byId) {
    for (const s of CLAIM_STATUSES) byStatus[s] += p.byStatus[s];
    orphaned += p.orphaned;
    for (const s of COUNTED_STAGES) signOff[s] += p.signOff[s];
    unattributed += p.unattributed;
    for (const [own, g] of p.sources) {
      const key = canonicalKey(merges, own);
      let group = sources.get(key);
      if (!group) sources.set(key, (group = { key, claims: 0, disputed: 0, byStatus: emptyCounts(), spellings: new Map() }));
      group.claims += g.claims;
      group.disputed += g.disputed;
      for (const s of CLAIM_STATUSES) group.byStatus[s] += g.byStatus[s];
      for (const [name, n] of g.spellings) group.spellings.set(name, (group.spellings.get(name) ?? 0) + n);
    }
    for (const [key, r] of p.reviewers) {
      const seen = reviewers.get(key);
      if (!seen) reviewers.set(key, { ...r, to: { ...r.to } });
      else {
        seen.decisions += r.decisions;
        for (const s of CLAIM_STATUSES) seen.to[s] += r.to[s];
        if (r.lastAt >= seen.lastAt) {
          seen.lastAt = r.lastAt;
          seen.name = r.name;
        }
      }
    }
    const stale = countBefore(p.unreviewedSince, cutoff);
    staleCounts.set(p.article.id, stale);
    staleCount += stale;
    for (const u of p.oldestUnreviewed.slice(0, stale)) {
      staleCandidates.push({ ...u, ageDays: Math.floor((Date.parse(now) - Date.parse(u.unreviewedSince)) / DAY_MS) });
    }
    recent.push(...p.recent);
  }
  recent.sort((a, b) => cmp(b.at, a.at) || cmp(b.entryId, a.entryId));
  const articles = [...partials].sort((a, b) => cmp(a.article.createdAt, b.article.createdAt) || cmp(a.article.id, b.article.id));

  return {
    generatedAt: now,
    filters: { ...filters, staleDays, recentLimit },
    total: progressOf(byStatus).total,
    byStatus,
    progress: progressOf(byStatus),
    orphaned,
    decisionsPerReviewer: [...reviewers.values()].sort((a, b) => b.decisions - a.decisions || cmp(a.name, b.name)),
    sources: [...sources.values()]
      .map(({ spellings, ...group }) => ({ ...group, name: chosenName(chosen, group.key, spellings) ?? mostCommon(spellings) }))
      .sort((a, b) => b.claims - a.claims || cmp(a.key, b.key)),
    unattributed,
    recentDecisions: recent.slice(0, recentLimit).map(({ entryId: _entryId, ...d }) => d),
    stale: {
      days: staleDays,
      count: staleCount,
      claims: staleCandidates.sort((a, b) => cmp(a.unreviewedSince, b.unreviewedSince) || cmp(a.claimId, b.claimId)).slice(0, STALE_LIST_LIMIT),
    },
    articles: articles.map((p) => ({
      articleId: p.article.id,
      title: p.article.title,
      lang: p.article.lang,
      dir: p.article.dir,
      revision: p.article.revision,
      total: p.total,
      byStatus: p.byStatus,
      progress: progressOf(p.byStatus),
      orphaned: p.orphaned,
      stale: staleCounts.get(p.article.id) ?? 0,
      lastDecisionAt: p.lastDecisionAt,
      signOff: p.signOff,
    })),
    signOff,
  };
}

/** How many of the ascending times are before `limit` (binary search). */
function countBefore(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The name an editor chose for a merged source, while some claim counted still spells it so. */
function chosenName(chosen: ReadonlyMap<string, string>, key: string, spellings: Map<string, number>): string | undefined {
  const name = chosen.get(key);
  return name !== undefined && spellings.has(name) ? name : undefined;
}

/** The most frequent spelling; ties go to the alphabetically first, so the answer never depends on order. */
function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}
