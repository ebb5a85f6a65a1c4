import { canonicalKey, type SourceMerges } from '../sources/merges.ts';
import { cmp, DASHBOARD_DEFAULTS, normalizeSource, type DashboardFilters, type DashboardInput } from './figures.ts';
import { decisionsOf, own, type Decision } from './decisions.ts';
import type { Claim } from '../domain/schemas.ts';
import type { ClaimStatus } from '../domain/status.ts';
import { atStage, NOTHING_LIVE, type CountedStage } from './sign-off.ts';

/**
 * "Clicking a number opens the matching claims": which claims stand behind
 * each figure of shared/dashboard/figures.ts. The selection follows that
 * function rule for rule (its tests and drilldown.test.ts check that the
 * lists are exactly as long as the figures say):
 * - the claims a figure counts were captured in the time window and pass
 *   the article, status, source and reviewer filters;
 * - a reviewer's decisions are counted over every claim passing those
 *   filters, whenever it was captured, but only decisions made in the window.
 */
export type Drill =
  | { kind: 'all'; articleId?: string }
  | { kind: 'status'; status: ClaimStatus; articleId?: string }
  | { kind: 'reviewed'; articleId?: string }
  | { kind: 'orphaned'; articleId?: string }
  | { kind: 'stale'; articleId?: string }
  | { kind: 'source'; key: string; disputed?: boolean }
  | { kind: 'unattributed' }
  /** `key`: the account id, or `name:<display name>` for decisions from before accounts. */
  | { kind: 'reviewer'; key: string }
  /** Claims ready, approved, or in their article's live publication. */
  | { kind: 'signOff'; stage: CountedStage; articleId?: string };

export interface DrilledClaim {
  claim: Claim;
  /** For `reviewer`: that person's decisions on the claim (in the window), oldest first. */
  decisions: Decision[];
}

const DAY_MS = 86_400_000;

function timeOf(iso: string | undefined, fallback: number): number {
  if (iso === undefined) return fallback;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? fallback : t;
}

export const reviewerKey = (r: { reviewerId: string | null; name: string }) => r.reviewerId ?? `name:${r.name}`;

/** `merges`: editors' source merges; a source filter or figure takes in every spelling merged with it. */
export function drillClaims(input: DashboardInput, filters: DashboardFilters, now: string, drill: Drill, merges: SourceMerges = new Map()): DrilledClaim[] {
  const staleDays = filters.staleDays ?? DASHBOARD_DEFAULTS.staleDays;
  const fromMs = timeOf(filters.from, -Infinity);
  const toMs = timeOf(filters.to, Infinity);
  const inWindow = (iso: string) => {
    const t = Date.parse(iso);
    return t >= fromMs && t <= toMs;
  };
  const sourceKey = filters.source === undefined ? undefined : canonicalKey(merges, normalizeSource(filters.source));
  const byReviewer = (d: Decision) => filters.reviewer === undefined || d.byId === filters.reviewer || d.by === filters.reviewer;
  const nowMs = Date.parse(now);

  const out: DrilledClaim[] = [];
  for (const claim of Object.values(input.claims)) {
    if (claim.deleted || !Object.hasOwn(input.articles, claim.articleId)) continue;
    if (filters.articleId !== undefined && claim.articleId !== filters.articleId) continue;
    if (filters.status !== undefined && claim.status !== filters.status) continue;
    const live = input.live?.[claim.articleId] ?? NOTHING_LIVE;
    if (filters.signOff !== undefined && !atStage(claim, filters.signOff, live)) continue;
    if (sourceKey !== undefined && canonicalKey(merges, normalizeSource(claim.attributedTo)) !== sourceKey) continue;
    const all = decisionsOf(own(input.history, claim.id));
    if (filters.reviewer !== undefined && claim.assigneeId !== filters.reviewer && !all.some(byReviewer)) continue;

    if (drill.kind === 'reviewer') {
      const mine = all.filter((d) => inWindow(d.at) && byReviewer(d) && (d.byId ?? `name:${d.by}`) === drill.key);
      if (mine.length) out.push({ claim, decisions: mine });
      continue;
    }
    if (!inWindow(claim.createdAt)) continue;
    if ('articleId' in drill && drill.articleId !== undefined && claim.articleId !== drill.articleId) continue;
    const name = claim.attributedTo.trim();
    let match: boolean;
    switch (drill.kind) {
      case 'all':
        match = true;
        break;
      case 'status':
        match = claim.status === drill.status;
        break;
      case 'reviewed':
        match = claim.status !== 'unreviewed';
        break;
      case 'orphaned':
        match = claim.orphaned;
        break;
      case 'stale': {
        const since = all.length ? all[all.length - 1]!.at : claim.createdAt;
        match = claim.status === 'unreviewed' && nowMs - Date.parse(since) > staleDays * DAY_MS;
        break;
      }
      case 'source':
        match = name !== '' && canonicalKey(merges, normalizeSource(name)) === drill.key && (!drill.disputed || claim.status === 'disputed');
        break;
      case 'unattributed':
        match = name === '';
        break;
      case 'signOff':
        match = atStage(claim, drill.stage, live);
        break;
    }
    if (match) out.push({ claim, decisions: [] });
  }
  // Articles oldest first (as the dashboard lists them), then reading order.
  const articleOrder = (id: string) => input.articles[id]!.createdAt;
  return out.sort(
    (a, b) =>
      cmp(articleOrder(a.claim.articleId), articleOrder(b.claim.articleId)) ||
      cmp(a.claim.articleId, b.claim.articleId) ||
      a.claim.target.position.start - b.claim.target.position.start ||
      cmp(a.claim.id, b.claim.id),
  );
}
