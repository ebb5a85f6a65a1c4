import { describe, expect, it } from 'vitest';
import { drillClaims, type Drill } from './drilldown.ts';
import { dashboardFigures, type DashboardFilters, type DashboardInput } from './figures.ts';
import { NOW, testWorkspace } from './fixtures/test-workspace.ts';
import { liveClaimIds } from './sign-off.ts';

/**
 * The hand-counted workspace with sign-off: c1 and c2 approved (and c1
 * published in A1's live version), c4 and c5 ready, c6 approved and once
 * published in A2's version that was then unpublished.
 */
function signedOff(): DashboardInput {
  const input = testWorkspace();
  const review = { c1: 'approved', c2: 'approved', c4: 'ready', c5: 'ready', c6: 'approved' } as const;
  const claims = Object.fromEntries(Object.entries(input.claims).map(([id, c]) => [id, { ...c, review: review[id as keyof typeof review] ?? 'none' }]));
  const a1Live = { unpublished: null, report: { claims: [{ claimId: 'c1' }] } };
  const a2Down = { unpublished: { by: 'Layla', byId: 'u1', at: NOW }, report: { claims: [{ claimId: 'c6' }] } };
  return { ...input, claims, live: { A1: liveClaimIds(a1Live), A2: liveClaimIds(a2Down) } };
}

const ids = (input: DashboardInput, filters: DashboardFilters, drill: Drill) => drillClaims(input, filters, NOW, drill).map((d) => d.claim.id);

describe('sign-off figures', () => {
  const input = signedOff();

  it('counts ready, approved and published (only what the live version holds), in total and per article', () => {
    const f = dashboardFigures(input, {}, NOW);
    expect(f.signOff).toEqual({ ready: 2, approved: 3, published: 1 });
    expect(f.articles.map((a) => [a.articleId, a.signOff])).toEqual([
      ['A1', { ready: 1, approved: 2, published: 1 }],
      ['A2', { ready: 1, approved: 1, published: 0 }],
    ]);
  });

  it('an article never published, or without live ids given, has nothing published', () => {
    const { live: _live, ...unpublished } = input;
    expect(dashboardFigures(unpublished, {}, NOW).signOff.published).toBe(0);
    expect(liveClaimIds(undefined).size).toBe(0);
  });

  it('filters by stage: every figure is then about those claims', () => {
    expect(dashboardFigures(input, { signOff: 'published' }, NOW).total).toBe(1);
    expect(dashboardFigures(input, { signOff: 'approved' }, NOW).byStatus).toEqual({ unreviewed: 0, attributed: 0, verified: 1, disputed: 2 });
    expect(dashboardFigures(input, { signOff: 'ready' }, NOW).total).toBe(2);
    // c3 is the only claim nobody has signed off.
    expect(dashboardFigures(input, { signOff: 'none' }, NOW).total).toBe(1);
    expect(ids(input, { signOff: 'none' }, { kind: 'all' })).toEqual(['c3']);
  });

  it('drills down to the claims behind each number, as many as the number says', () => {
    expect(ids(input, {}, { kind: 'signOff', stage: 'ready' })).toEqual(['c4', 'c5']);
    expect(ids(input, {}, { kind: 'signOff', stage: 'approved' })).toEqual(['c1', 'c2', 'c6']);
    expect(ids(input, {}, { kind: 'signOff', stage: 'published' })).toEqual(['c1']);
    expect(ids(input, {}, { kind: 'signOff', stage: 'approved', articleId: 'A2' })).toEqual(['c6']);
    expect(ids(input, { status: 'disputed' }, { kind: 'signOff', stage: 'approved' })).toEqual(['c2', 'c6']);
  });

  it('a deleted claim still listed in the live version is not counted', () => {
    const c1 = input.claims.c1!;
    const withDeleted = { ...input, claims: { ...input.claims, c1: { ...c1, deleted: { by: 'Layla', at: NOW } } } };
    expect(dashboardFigures(withDeleted, {}, NOW).signOff.published).toBe(0);
  });
});
