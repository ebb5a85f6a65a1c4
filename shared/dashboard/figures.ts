import { sourceKey } from '../sources/source-key.ts';
import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';
import { mergePartials } from './merge.ts';
import { articlePartial } from './partial.ts';
import { NOTHING_LIVE, type LiveClaimIds, type SignOffCounts, type SignOffStage } from './sign-off.ts';

/**
 * The claim-status dashboard as one pure function, so the server's
 * `GET /api/dashboard` and the tests compute exactly the same figures. It is
 * built from one partial result per article (partial.ts), merged
 * (merge.ts): the server keeps each article's partial until that article
 * changes, so a dashboard of a large workspace costs what its articles
 * changed, plus one cheap merge.
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
  /** Per article id, the claim ids of its live publication (sign-off.ts); absent means none live. */
  live?: Readonly<Record<string, LiveClaimIds>>;
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
  /** Keeps the claims at this sign-off stage (sign-off.ts). */
  signOff?: SignOffStage;
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
  signOff: SignOffCounts;
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
  /** Claims ready, approved, and in their article's live publication. */
  signOff: SignOffCounts;
}

/** Code unit order: the same in every browser and in Node, unlike localeCompare. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sources are grouped by this: the source's key (shared/sources/source-key.ts), find's Arabic-aware matching form, case-folded, so the dashboard and the Sources view agree on what one source is. */
export function normalizeSource(source: string): string {
  return sourceKey(source);
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function progressOf(counts: StatusCounts): Progress {
  const total = CLAIM_STATUSES.reduce((n, s) => n + counts[s], 0);
  const reviewed = total - counts.unreviewed;
  return { reviewed, total, share: total ? reviewed / total : null };
}

export function dashboardFigures(input: DashboardInput, filters: DashboardFilters, now: string): DashboardFigures {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of Object.values(input.claims)) {
    const list = byArticle.get(claim.articleId);
    if (list) list.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  const partials = Object.values(input.articles)
    .filter((a) => filters.articleId === undefined || a.id === filters.articleId)
    .map((a) => articlePartial(a, byArticle.get(a.id) ?? [], input.history, filters, undefined, input.live?.[a.id] ?? NOTHING_LIVE));
  return mergePartials(partials, filters, now);
}
