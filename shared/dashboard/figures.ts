import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';
import { decisionsOf, own, type Decision } from './decisions.ts';

/**
 * The claim-status dashboard as one pure function, so the server's
 * `GET /api/dashboard` and the client (from its live state) compute exactly
 * the same figures.
 *
 * Filters, and what each narrows:
 * - `articleId`, `status`, `source`, `reviewer` choose the claims every
 *   figure is about. `source` matches the normalized source (see
 *   normalizeSource); `reviewer` (an account id, or a display name for
 *   changes made before accounts existed) keeps the claims that person has
 *   decided on or is assigned to.
 * - `from` / `to` (inclusive instants) are a time window: the claims counted
 *   are those captured in it, and the decisions counted (per reviewer,
 *   recent) those made in it. A decision made this week on an older claim
 *   still counts as this week's work.
 * - `reviewer` also narrows the decisions to that person's.
 * Deleted claims, and their history, are left out everywhere.
 */

export interface DashboardInput {
  articles: Readonly<Record<string, Article>>;
  claims: Readonly<Record<string, Claim>>;
  /** Every change per claim id, in order; claims without any contribute no decisions. */
  history: Readonly<Record<string, readonly HistoryEntry[]>>;
}

export interface DashboardFilters {
  articleId?: string;
  status?: ClaimStatus;
  source?: string;
  reviewer?: string;
  from?: string;
  to?: string;
  /** A claim still unreviewed this many days after capture (or its last status change) is stale. */
  staleDays?: number;
  /** How many recent decisions to list. */
  recentLimit?: number;
}

export const DASHBOARD_DEFAULTS = { staleDays: 7, recentLimit: 10 } as const;
/** Longest list of stale claims returned; `stale.count` always has the full number. */
export const STALE_LIST_LIMIT = 50;
/** Quotes in lists are cut to this many code points. */
export const LIST_QUOTE_LENGTH = 160;

export type StatusCounts = Record<ClaimStatus, number>;

export interface Progress {
  /** Claims no longer unreviewed. */
  reviewed: number;
  total: number;
  /** reviewed / total, 0..1; null when there are no claims. */
  share: number | null;
}

export interface ReviewerFigures {
  /** Account id; null for changes made before accounts existed. */
  reviewerId: string | null;
  /** The name on their most recent decision. */
  name: string;
  decisions: number;
  /** Decisions by the status they set. */
  to: StatusCounts;
  lastAt: string;
}

export interface SourceFigures {
  /** The normalized source the group is keyed by. */
  key: string;
  /** Its most common spelling. */
  name: string;
  claims: number;
  disputed: number;
  byStatus: StatusCounts;
}

export interface ClaimRef {
  claimId: string;
  articleId: string;
  quote: string;
  summary: string;
}

export interface RecentDecision extends ClaimRef {
  from: ClaimStatus | null;
  to: ClaimStatus;
  by: string;
  byId: string | null;
  at: string;
}

export interface StaleClaim extends ClaimRef {
  /** When it was captured, or last moved back to unreviewed. */
  unreviewedSince: string;
  ageDays: number;
  assigneeId: string | null;
}

export interface ArticleFigures {
  articleId: string;
  title: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  revision: number;
  total: number;
  byStatus: StatusCounts;
  progress: Progress;
  orphaned: number;
  stale: number;
  lastDecisionAt: string | null;
}

export interface DashboardFigures {
  generatedAt: string;
  filters: DashboardFilters & { staleDays: number; recentLimit: number };
  total: number;
  byStatus: StatusCounts;
  progress: Progress;
  orphaned: number;
  decisionsPerReviewer: ReviewerFigures[];
  sources: SourceFigures[];
  /** Claims with no source given. */
  unattributed: number;
  recentDecisions: RecentDecision[];
  stale: { days: number; count: number; claims: StaleClaim[] };
  articles: ArticleFigures[];
}

const DAY_MS = 86_400_000;

/** Code unit order: the same in every browser and in Node, unlike localeCompare. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sources are grouped by this: trimmed, inner white space collapsed, compatibility-normalized and case-folded. */
export function normalizeSource(source: string): string {
  return source.normalize('NFKC').trim().replace(/\s+/gu, ' ').toUpperCase().toLowerCase();
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function progressOf(counts: StatusCounts): Progress {
  const total = CLAIM_STATUSES.reduce((n, s) => n + counts[s], 0);
  const reviewed = total - counts.unreviewed;
  return { reviewed, total, share: total ? reviewed / total : null };
}

function cut(text: string, max = LIST_QUOTE_LENGTH): string {
  const cps = Array.from(text);
  return cps.length <= max ? text : `${cps.slice(0, max - 1).join('')}…`;
}

const refOf = (c: Claim): ClaimRef => ({ claimId: c.id, articleId: c.articleId, quote: cut(c.target.quote.exact), summary: c.summary });

function timeOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

export function dashboardFigures(input: DashboardInput, filters: DashboardFilters, now: string): DashboardFigures {
  const staleDays = filters.staleDays ?? DASHBOARD_DEFAULTS.staleDays;
  const recentLimit = filters.recentLimit ?? DASHBOARD_DEFAULTS.recentLimit;
  const nowMs = Date.parse(now);
  const fromMs = timeOf(filters.from) ?? -Infinity;
  const toMs = timeOf(filters.to) ?? Infinity;
  const inWindow = (iso: string) => {
    const t = Date.parse(iso);
    return t >= fromMs && t <= toMs;
  };
  const sourceKey = filters.source === undefined ? undefined : normalizeSource(filters.source);
  const byReviewer = (d: Decision) => filters.reviewer === undefined || d.byId === filters.reviewer || d.by === filters.reviewer;

  const articles = Object.values(input.articles)
    .filter((a) => filters.articleId === undefined || a.id === filters.articleId)
    .sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  const inScope = new Set(articles.map((a) => a.id));

  // The claims chosen by the non-time filters, each with its decisions.
  const chosen: Array<{ claim: Claim; decisions: Decision[] }> = [];
  for (const claim of Object.values(input.claims)) {
    if (claim.deleted || !inScope.has(claim.articleId)) continue;
    if (filters.status !== undefined && claim.status !== filters.status) continue;
    if (sourceKey !== undefined && normalizeSource(claim.attributedTo) !== sourceKey) continue;
    const decisions = decisionsOf(own(input.history, claim.id));
    if (filters.reviewer !== undefined && claim.assigneeId !== filters.reviewer && !decisions.some(byReviewer)) continue;
    chosen.push({ claim, decisions });
  }
  chosen.sort(
    (a, b) =>
      cmp(a.claim.articleId, b.claim.articleId) ||
      a.claim.target.position.start - b.claim.target.position.start ||
      cmp(a.claim.id, b.claim.id),
  );
  const counted = chosen.filter(({ claim }) => inWindow(claim.createdAt));
  const decisions = chosen.flatMap(({ decisions: ds }) => ds.filter((d) => inWindow(d.at) && byReviewer(d)));

  const byStatus = emptyCounts();
  let orphaned = 0;
  let unattributed = 0;
  const sources = new Map<string, SourceFigures & { spellings: Map<string, number> }>();
  const staleList: StaleClaim[] = [];
  const perArticle = new Map(articles.map((a) => [a.id, { counts: emptyCounts(), orphaned: 0, stale: 0 }]));

  for (const { claim, decisions: ds } of counted) {
    const row = perArticle.get(claim.articleId)!;
    byStatus[claim.status]++;
    row.counts[claim.status]++;
    if (claim.orphaned) {
      orphaned++;
      row.orphaned++;
    }
    const name = claim.attributedTo.trim();
    if (name === '') unattributed++;
    else {
      const key = normalizeSource(name);
      let group = sources.get(key);
      if (!group) sources.set(key, (group = { key, name, claims: 0, disputed: 0, byStatus: emptyCounts(), spellings: new Map() }));
      group.claims++;
      group.byStatus[claim.status]++;
      if (claim.status === 'disputed') group.disputed++;
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
    if (claim.status === 'unreviewed') {
      // Unreviewed since capture, or since the verdict was last withdrawn.
      const since = ds.length ? ds[ds.length - 1]!.at : claim.createdAt;
      const age = nowMs - Date.parse(since);
      if (age > staleDays * DAY_MS) {
        row.stale++;
        staleList.push({ ...refOf(claim), unreviewedSince: since, ageDays: Math.floor(age / DAY_MS), assigneeId: claim.assigneeId });
      }
    }
  }

  const reviewers = new Map<string, ReviewerFigures>();
  for (const d of decisions) {
    const key = d.byId ?? `name:${d.by}`;
    let r = reviewers.get(key);
    if (!r) reviewers.set(key, (r = { reviewerId: d.byId, name: d.by, decisions: 0, to: emptyCounts(), lastAt: d.at }));
    r.decisions++;
    r.to[d.to]++;
    if (d.at >= r.lastAt) {
      r.lastAt = d.at;
      r.name = d.by;
    }
  }

  const claimById = new Map(chosen.map(({ claim }) => [claim.id, claim]));
  const newestFirst = [...decisions].sort((a, b) => cmp(b.at, a.at) || cmp(b.entryId, a.entryId));
  const lastDecisionAt = new Map<string, string>();
  for (const d of newestFirst) if (!lastDecisionAt.has(d.articleId)) lastDecisionAt.set(d.articleId, d.at);

  return {
    generatedAt: now,
    filters: { ...filters, staleDays, recentLimit },
    total: counted.length,
    byStatus,
    progress: progressOf(byStatus),
    orphaned,
    decisionsPerReviewer: [...reviewers.values()].sort((a, b) => b.decisions - a.decisions || cmp(a.name, b.name)),
    sources: [...sources.values()]
      .map(({ spellings, ...group }) => ({ ...group, name: mostCommon(spellings) }))
      .sort((a, b) => b.claims - a.claims || cmp(a.key, b.key)),
    unattributed,
    recentDecisions: newestFirst.slice(0, recentLimit).map((d) => ({
      ...refOf(claimById.get(d.claimId)!),
      from: d.from,
      to: d.to,
      by: d.by,
      byId: d.byId,
      at: d.at,
    })),
    stale: {
      days: staleDays,
      count: staleList.length,
      claims: staleList.sort((a, b) => cmp(a.unreviewedSince, b.unreviewedSince) || cmp(a.claimId, b.claimId)).slice(0, STALE_LIST_LIMIT),
    },
    articles: articles.map((a) => {
      const row = perArticle.get(a.id)!;
      return {
        articleId: a.id,
        title: a.title,
        lang: a.lang,
        dir: a.dir,
        revision: a.revision,
        total: progressOf(row.counts).total,
        byStatus: row.counts,
        progress: progressOf(row.counts),
        orphaned: row.orphaned,
        stale: row.stale,
        lastDecisionAt: lastDecisionAt.get(a.id) ?? null,
      };
    }),
  };
}

/** The most frequent spelling; ties go to the alphabetically first, so the answer never depends on order. */
function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}
