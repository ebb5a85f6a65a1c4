import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { decisionsOf, own, type Decision } from './decisions.ts';
import { canonicalKey, keysOf, type SourceMerges } from '../sources/merges.ts';
import { atStage, emptySignOff, NOTHING_LIVE, type LiveClaimIds, type SignOffCounts } from './sign-off.ts';

const NO_MERGES: SourceMerges = new Map();
import {
  cmp,
  emptyCounts,
  LIST_QUOTE_LENGTH,
  normalizeSource,
  STALE_LIST_LIMIT,
  type ClaimRef,
  type DashboardFilters,
  type RecentDecision,
  type ReviewerFigures,
  type StatusCounts,
} from './figures.ts';

/**
 * One article's share of the dashboard, for the filters given, in a form
 * that does not depend on the clock: what it counts, its sources and
 * reviewers, its newest decisions and its oldest unreviewed claims. The
 * stale figures need "now", so they are left to the merge, which finds
 * them by a binary search in `unreviewedSince`.
 */
export interface ArticlePartial {
  article: Pick<Article, 'id' | 'title' | 'lang' | 'dir' | 'revision' | 'createdAt'>;
  total: number;
  byStatus: StatusCounts;
  orphaned: number;
  unattributed: number;
  sources: Map<string, { claims: number; disputed: number; byStatus: StatusCounts; spellings: Map<string, number> }>;
  /** Keyed by account id, or `name:<display name>` for decisions from before accounts. */
  reviewers: Map<string, ReviewerFigures>;
  /** The newest decisions counted, newest first, at most RECENT_KEPT. */
  recent: Array<RecentDecision & { entryId: string }>;
  lastDecisionAt: string | null;
  /** When each unreviewed claim counted became unreviewed, in ms, oldest first. */
  unreviewedSince: number[];
  /** The oldest of them with what the stale list shows, at most STALE_LIST_LIMIT. */
  oldestUnreviewed: Array<ClaimRef & { unreviewedSince: string; assigneeId: string | null }>;
  signOff: SignOffCounts;
}

/** The most recent decisions any dashboard asks for (its `recent` parameter goes up to 100). */
export const RECENT_KEPT = 100;

function cut(text: string, max = LIST_QUOTE_LENGTH): string {
  const cps = Array.from(text);
  return cps.length <= max ? text : `${cps.slice(0, max - 1).join('')}…`;
}

export const refOf = (c: Claim): ClaimRef => ({ claimId: c.id, articleId: c.articleId, quote: cut(c.target.quote.exact), summary: c.summary });

export function timeOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/** `claims` are the article's (others are ignored); `history` holds at least theirs. */
export function articlePartial(
  article: Article,
  claims: Iterable<Claim>,
  history: Readonly<Record<string, readonly HistoryEntry[]>>,
  filters: DashboardFilters,
  /** Editors' merges: a source filter takes in every spelling merged with it. */
  merges: SourceMerges = NO_MERGES,
  /** The claim ids of the article's live publication: what counts as published. */
  live: LiveClaimIds = NOTHING_LIVE,
): ArticlePartial {
  const fromMs = timeOf(filters.from) ?? -Infinity;
  const toMs = timeOf(filters.to) ?? Infinity;
  const inWindow = (iso: string) => {
    const t = Date.parse(iso);
    return t >= fromMs && t <= toMs;
  };
  const sourceKeys = filters.source === undefined ? undefined : new Set(keysOf(merges, canonicalKey(merges, normalizeSource(filters.source))));
  const byReviewer = (d: Decision) => filters.reviewer === undefined || d.byId === filters.reviewer || d.by === filters.reviewer;

  // The claims chosen by the non-time filters, each with its decisions, in reading order.
  const chosen: Array<{ claim: Claim; decisions: Decision[] }> = [];
  for (const claim of claims) {
    if (claim.deleted || claim.articleId !== article.id) continue;
    if (filters.status !== undefined && claim.status !== filters.status) continue;
    if (filters.signOff !== undefined && !atStage(claim, filters.signOff, live)) continue;
    if (sourceKeys !== undefined && !sourceKeys.has(normalizeSource(claim.attributedTo))) continue;
    const decisions = decisionsOf(own(history, claim.id));
    if (filters.reviewer !== undefined && claim.assigneeId !== filters.reviewer && !decisions.some(byReviewer)) continue;
    chosen.push({ claim, decisions });
  }
  chosen.sort((a, b) => a.claim.target.position.start - b.claim.target.position.start || cmp(a.claim.id, b.claim.id));

  const { id, title, lang, dir, revision, createdAt } = article;
  const partial: ArticlePartial = {
    article: { id, title, lang, dir, revision, createdAt },
    total: 0,
    byStatus: emptyCounts(),
    orphaned: 0,
    unattributed: 0,
    sources: new Map(),
    reviewers: new Map(),
    recent: [],
    lastDecisionAt: null,
    unreviewedSince: [],
    oldestUnreviewed: [],
    signOff: emptySignOff(),
  };
  const unreviewed: Array<{ since: string; sinceMs: number; claim: Claim }> = [];
  for (const { claim, decisions } of chosen) {
    if (!inWindow(claim.createdAt)) continue;
    partial.total++;
    partial.byStatus[claim.status]++;
    if (claim.orphaned) partial.orphaned++;
    if (claim.review === 'ready') partial.signOff.ready++;
    if (claim.review === 'approved') partial.signOff.approved++;
    if (live.has(claim.id)) partial.signOff.published++;
    const name = claim.attributedTo.trim();
    if (name === '') partial.unattributed++;
    else {
      const key = normalizeSource(name);
      let group = partial.sources.get(key);
      if (!group) partial.sources.set(key, (group = { claims: 0, disputed: 0, byStatus: emptyCounts(), spellings: new Map() }));
      group.claims++;
      group.byStatus[claim.status]++;
      if (claim.status === 'disputed') group.disputed++;
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
    if (claim.status === 'unreviewed') {
      // Unreviewed since capture, or since the verdict was last withdrawn.
      const since = decisions.length ? decisions[decisions.length - 1]!.at : claim.createdAt;
      unreviewed.push({ since, sinceMs: Date.parse(since), claim });
    }
  }
  // ISO instants in UTC sort as text in time order, so sinceMs ascends too (the merge searches it).
  unreviewed.sort((a, b) => cmp(a.since, b.since) || cmp(a.claim.id, b.claim.id));
  partial.unreviewedSince = unreviewed.map((u) => u.sinceMs);
  partial.oldestUnreviewed = unreviewed
    .slice(0, STALE_LIST_LIMIT)
    .map(({ since, claim }) => ({ ...refOf(claim), unreviewedSince: since, assigneeId: claim.assigneeId }));

  const decisions = chosen.flatMap(({ claim, decisions: ds }) => ds.filter((d) => inWindow(d.at) && byReviewer(d)).map((d) => ({ d, claim })));
  for (const { d } of decisions) {
    const key = d.byId ?? `name:${d.by}`;
    let r = partial.reviewers.get(key);
    if (!r) partial.reviewers.set(key, (r = { reviewerId: d.byId, name: d.by, decisions: 0, to: emptyCounts(), lastAt: d.at }));
    r.decisions++;
    r.to[d.to]++;
    if (d.at >= r.lastAt) {
      r.lastAt = d.at;
      r.name = d.by;
    }
  }
  const newestFirst = decisions.sort((a, b) => cmp(b.d.at, a.d.at) || cmp(b.d.entryId, a.d.entryId));
  partial.lastDecisionAt = newestFirst[0]?.d.at ?? null;
  partial.recent = newestFirst.slice(0, RECENT_KEPT).map(({ d, claim }) => ({
    ...refOf(claim),
    from: d.from,
    to: d.to,
    by: d.by,
    byId: d.byId,
    at: d.at,
    entryId: d.entryId,
  }));
  return partial;
}
