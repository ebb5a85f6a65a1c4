import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dashboardFigures, normalizeSource, type DashboardFilters, type DashboardInput } from './figures.ts';
import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';
import { drillClaims, reviewerKey, type Drill } from './drilldown.ts';
import { NOW, testWorkspace } from './fixtures/test-workspace.ts';

const ids = (input: DashboardInput, filters: DashboardFilters, drill: Drill) => drillClaims(input, filters, NOW, drill).map((d) => d.claim.id);

describe('drillClaims on the hand-counted workspace', () => {
  const input = testWorkspace();
  it('lists the claims behind each figure, in article and reading order', () => {
    expect(ids(input, {}, { kind: 'all' })).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(ids(input, {}, { kind: 'status', status: 'unreviewed' })).toEqual(['c3', 'c5']);
    expect(ids(input, {}, { kind: 'reviewed' })).toEqual(['c1', 'c2', 'c4', 'c6']);
    expect(ids(input, {}, { kind: 'orphaned' })).toEqual(['c6']);
    expect(ids(input, {}, { kind: 'stale' })).toEqual(['c3']);
    expect(ids(input, { staleDays: 1 }, { kind: 'stale' })).toEqual(['c3', 'c5']);
    expect(ids(input, {}, { kind: 'source', key: normalizeSource('البنتاغون') })).toEqual(['c1', 'c2']);
    expect(ids(input, {}, { kind: 'source', key: normalizeSource('الكرملين'), disputed: true })).toEqual(['c6']);
    expect(ids(input, {}, { kind: 'unattributed' })).toEqual(['c3']);
    expect(ids(input, {}, { kind: 'reviewer', key: 'u2' })).toEqual(['c1', 'c6']);
    expect(ids(input, {}, { kind: 'status', status: 'disputed', articleId: 'A2' })).toEqual(['c6']);
  });
  it('a reviewer\'s claims carry that person\'s decisions', () => {
    const [c1] = drillClaims(input, {}, NOW, { kind: 'reviewer', key: 'u2' });
    expect(c1!.decisions.map((d) => [d.by, d.from, d.to])).toEqual([['Omar', 'unreviewed', 'verified']]);
  });
});

/** Random small workspaces: each list must be exactly as long as the figure it stands behind. */
const people = [
  ['Layla', 'u1'],
  ['Omar', 'u2'],
  ['Sara', null],
] as const;
const day = (d: number, h = 0) => new Date(Date.UTC(2024, 6, d, h)).toISOString();

const claimArb = fc.record({
  article: fc.constantFrom('A1', 'A2'),
  status: fc.constantFrom(...CLAIM_STATUSES),
  source: fc.constantFrom('', 'Kremlin', ' kremlin ', 'البنتاغون', 'Washington'),
  created: fc.integer({ min: 1, max: 10 }),
  orphaned: fc.boolean(),
  deleted: fc.boolean(),
  assignee: fc.constantFrom(null, 'u1', 'u2'),
  moves: fc.array(fc.record({ who: fc.integer({ min: 0, max: 2 }), day: fc.integer({ min: 1, max: 10 }), to: fc.constantFrom(...CLAIM_STATUSES) }), { maxLength: 3 }),
});

type Spec = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): DashboardInput {
  const article = (id: string, d: number): Article => ({ id, title: id, byline: '', dateline: '', lang: 'en', dir: 'ltr', body: ['x'], revision: 1, createdAt: day(d), updatedAt: day(d) });
  const claims: Record<string, Claim> = {};
  const history: Record<string, HistoryEntry[]> = {};
  specs.forEach((s, i) => {
    const id = `c${i}`;
    const moves = [...s.moves].sort((a, b) => a.day - b.day).map((m) => ({ ...m, day: Math.max(m.day, s.created) }));
    const status: ClaimStatus = moves.length ? moves[moves.length - 1]!.to : s.status;
    claims[id] = {
      id,
      articleId: s.article,
      target: { quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: i, end: i + 1 } },
      status,
      summary: '',
      attributedTo: s.source,
      note: '',
      assigneeId: s.assignee,
      evidence: [],
      orphaned: s.orphaned,
      createdBy: 'Layla',
      createdById: 'u1',
      createdAt: day(s.created, i % 24),
      updatedBy: 'Layla',
      updatedById: 'u1',
      updatedAt: day(s.created),
      version: 1,
      fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 },
      deleted: s.deleted ? { by: 'Layla', at: day(10) } : null,
      explanation: '',
      rating: null,
      review: 'none',
      approval: null,
    };
    let from: ClaimStatus = s.status;
    const entry = (n: number, who: number, at: string, f: ClaimStatus | null, to: ClaimStatus): HistoryEntry => ({
      id: `${id}@${n}`,
      articleId: s.article,
      claimId: id,
      action: f === null ? 'created' : 'updated',
      changes: [{ field: 'status', from: f, to }],
      by: people[who]![0],
      byId: people[who]![1],
      at,
    });
    history[id] = [entry(0, 0, claims[id]!.createdAt, null, s.status), ...moves.map((m, k) => {
      const e = entry(k + 1, m.who, day(m.day, 12 + k), from, m.to);
      from = m.to;
      return e;
    })];
  });
  return { articles: { A1: article('A1', 1), A2: article('A2', 2) }, claims, history };
}

const filtersArb: fc.Arbitrary<DashboardFilters> = fc.record(
  {
    articleId: fc.constantFrom('A1', 'A2'),
    status: fc.constantFrom(...CLAIM_STATUSES),
    source: fc.constantFrom('kremlin', 'البنتاغون'),
    reviewer: fc.constantFrom('u1', 'u2', 'Sara'),
    from: fc.integer({ min: 1, max: 10 }).map((d) => day(d)),
    to: fc.integer({ min: 1, max: 10 }).map((d) => day(d, 23)),
    staleDays: fc.integer({ min: 0, max: 9 }),
  },
  { requiredKeys: [] },
);

describe('drillClaims agrees with dashboardFigures', () => {
  it('for every figure, on random workspaces and filters', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 14 }), filtersArb, (specs, filters) => {
        const input = build(specs);
        const f = dashboardFigures(input, filters, NOW);
        const count = (drill: Drill) => drillClaims(input, filters, NOW, drill).length;
        expect(count({ kind: 'all' })).toBe(f.total);
        for (const s of CLAIM_STATUSES) expect(count({ kind: 'status', status: s })).toBe(f.byStatus[s]);
        expect(count({ kind: 'reviewed' })).toBe(f.progress.reviewed);
        expect(count({ kind: 'orphaned' })).toBe(f.orphaned);
        expect(count({ kind: 'stale' })).toBe(f.stale.count);
        expect(count({ kind: 'unattributed' })).toBe(f.unattributed);
        for (const src of f.sources) {
          expect(count({ kind: 'source', key: src.key })).toBe(src.claims);
          expect(count({ kind: 'source', key: src.key, disputed: true })).toBe(src.disputed);
        }
        for (const r of f.decisionsPerReviewer) {
          const drilled = drillClaims(input, filters, NOW, { kind: 'reviewer', key: reviewerKey(r) });
          expect(drilled.reduce((n, d) => n + d.decisions.length, 0)).toBe(r.decisions);
        }
        for (const a of f.articles) {
          expect(count({ kind: 'all', articleId: a.articleId })).toBe(a.total);
          expect(count({ kind: 'stale', articleId: a.articleId })).toBe(a.stale);
          expect(count({ kind: 'orphaned', articleId: a.articleId })).toBe(a.orphaned);
          for (const s of CLAIM_STATUSES) expect(count({ kind: 'status', status: s, articleId: a.articleId })).toBe(a.byStatus[s]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
