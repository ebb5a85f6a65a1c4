import { describe, expect, it } from 'vitest';
import type { Article, Claim, HistoryEntry } from '../domain/schemas.ts';
import type { ClaimStatus } from '../domain/status.ts';
import { lastDecision } from './decisions.ts';
import { dashboardFigures, normalizeSource, type DashboardInput } from './figures.ts';

/**
 * A small workspace whose figures were counted by hand (see the comments).
 * Now is 10 July, 12:00 UTC.
 */
const NOW = '2024-07-10T12:00:00.000Z';

const article = (id: string, createdAt: string): Article => ({
  id,
  title: `Article ${id}`,
  byline: '',
  dateline: '',
  lang: 'en',
  dir: 'ltr',
  body: ['text'],
  revision: 1,
  createdAt,
  updatedAt: createdAt,
});

const claim = (id: string, articleId: string, start: number, status: ClaimStatus, attributedTo: string, createdAt: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  articleId,
  target: { quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 5 } },
  status,
  summary: `summary ${id}`,
  attributedTo,
  note: '',
  assigneeId: null,
  evidence: [],
  orphaned: false,
  createdBy: 'x',
  createdById: null,
  createdAt,
  updatedBy: 'x',
  updatedById: null,
  updatedAt: createdAt,
  version: 1,
  fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 },
  deleted: null,
  explanation: '',
  rating: null,
  review: 'none',
  approval: null,
  ...extra,
});

const PEOPLE = { layla: ['Layla', 'u1'], omar: ['Omar', 'u2'], mona: ['Mona', 'u3'], sara: ['Sara', null] } as const;
type Who = keyof typeof PEOPLE;

/** A claim's history: its creation (with the status it was captured as), then status changes. */
function history(claimId: string, articleId: string, created: [Who, string, ClaimStatus], ...moves: Array<[Who, string, ClaimStatus, ClaimStatus]>): HistoryEntry[] {
  const entry = (n: number, action: 'created' | 'updated', [who, at]: [Who, string], from: string | null, to: string): HistoryEntry => ({
    id: `${claimId}@${n}`,
    articleId,
    claimId,
    action,
    changes: [{ field: 'status', from, to }],
    by: PEOPLE[who][0],
    byId: PEOPLE[who][1],
    at,
  });
  return [entry(1, 'created', [created[0], created[1]], null, created[2]), ...moves.map(([who, at, from, to], i) => entry(i + 2, 'updated', [who, at], from, to))];
}

const input: DashboardInput = {
  articles: { A1: article('A1', '2024-01-01T00:00:00.000Z'), A2: article('A2', '2024-01-02T00:00:00.000Z') },
  claims: {
    a1: claim('a1', 'A1', 0, 'verified', 'The Pentagon', '2024-07-01T08:00:00.000Z'),
    a2: claim('a2', 'A1', 10, 'disputed', ' the pentagon ', '2024-07-01T09:00:00.000Z'),
    a3: claim('a3', 'A1', 20, 'attributed', 'Kremlin', '2024-07-03T10:00:00.000Z'),
    a4: claim('a4', 'A1', 30, 'unreviewed', '', '2024-07-01T10:00:00.000Z', { assigneeId: 'u3' }),
    a5: claim('a5', 'A2', 0, 'unreviewed', 'Kremlin', '2024-07-08T00:00:00.000Z'),
    a6: claim('a6', 'A2', 10, 'unreviewed', 'Washington', '2024-07-01T00:00:00.000Z'),
    a7: claim('a7', 'A2', 20, 'verified', 'Kremlin', '2024-07-01T00:00:00.000Z', { deleted: { by: 'Layla', at: '2024-07-02T00:00:00.000Z' } }),
    a8: claim('a8', 'A2', 30, 'disputed', 'kremlin', '2024-07-02T00:00:00.000Z', { orphaned: true }),
    a9: claim('a9', 'A2', 40, 'attributed', 'KREMLIN', '2024-07-02T00:00:00.000Z'),
  },
  history: {
    a1: history('a1', 'A1', ['layla', '2024-07-01T08:00:00.000Z', 'unreviewed'], ['omar', '2024-07-02T09:00:00.000Z', 'unreviewed', 'verified']),
    a2: history('a2', 'A1', ['layla', '2024-07-01T09:00:00.000Z', 'disputed']),
    a3: history(
      'a3',
      'A1',
      ['omar', '2024-07-03T10:00:00.000Z', 'unreviewed'],
      ['omar', '2024-07-04T10:00:00.000Z', 'unreviewed', 'disputed'],
      ['mona', '2024-07-05T10:00:00.000Z', 'disputed', 'attributed'],
    ),
    a4: history('a4', 'A1', ['layla', '2024-07-01T10:00:00.000Z', 'unreviewed']),
    a5: history('a5', 'A2', ['omar', '2024-07-08T00:00:00.000Z', 'unreviewed']),
    a6: history(
      'a6',
      'A2',
      ['layla', '2024-07-01T00:00:00.000Z', 'unreviewed'],
      ['omar', '2024-07-02T00:00:00.000Z', 'unreviewed', 'verified'],
      ['omar', '2024-07-06T12:00:00.000Z', 'verified', 'unreviewed'],
    ),
    a7: history('a7', 'A2', ['layla', '2024-07-01T00:00:00.000Z', 'verified']),
    a8: history('a8', 'A2', ['mona', '2024-07-02T00:00:00.000Z', 'unreviewed'], ['layla', '2024-07-03T00:00:00.000Z', 'unreviewed', 'disputed']),
    a9: history('a9', 'A2', ['sara', '2024-07-02T00:00:00.000Z', 'unreviewed'], ['sara', '2024-07-02T01:00:00.000Z', 'unreviewed', 'attributed']),
  },
};

const counts = (unreviewed: number, attributed: number, verified: number, disputed: number) => ({ unreviewed, attributed, verified, disputed });

describe('dashboardFigures, counted by hand', () => {
  const all = dashboardFigures(input, {}, NOW);

  it('counts claims by status and the review progress (the deleted a7 left out)', () => {
    expect(all.total).toBe(8);
    expect(all.byStatus).toEqual(counts(3, 2, 1, 2));
    expect(all.progress).toEqual({ reviewed: 5, total: 8, share: 0.625 });
    expect(all.orphaned).toBe(1);
  });

  it('counts decisions (status changes) per reviewer; capturing as unreviewed is none, withdrawing a verdict is one', () => {
    expect(all.decisionsPerReviewer).toEqual([
      { reviewerId: 'u2', name: 'Omar', decisions: 4, to: counts(1, 0, 2, 1), lastAt: '2024-07-06T12:00:00.000Z' },
      { reviewerId: 'u1', name: 'Layla', decisions: 2, to: counts(0, 0, 0, 2), lastAt: '2024-07-03T00:00:00.000Z' },
      { reviewerId: 'u3', name: 'Mona', decisions: 1, to: counts(0, 1, 0, 0), lastAt: '2024-07-05T10:00:00.000Z' },
      { reviewerId: null, name: 'Sara', decisions: 1, to: counts(0, 1, 0, 0), lastAt: '2024-07-02T01:00:00.000Z' },
    ]);
  });

  it('groups claims by normalized source, with how many are disputed', () => {
    expect(all.sources).toEqual([
      { key: 'kremlin', name: 'Kremlin', claims: 4, disputed: 1, byStatus: counts(1, 2, 0, 1) },
      { key: 'the pentagon', name: 'The Pentagon', claims: 2, disputed: 1, byStatus: counts(0, 0, 1, 1) },
      { key: 'washington', name: 'Washington', claims: 1, disputed: 0, byStatus: counts(1, 0, 0, 0) },
    ]);
    expect(all.unattributed).toBe(1);
    expect(normalizeSource('  The\u00A0 PENTAGON ')).toBe('the pentagon');
  });

  it('lists recent decisions, newest first', () => {
    expect(all.recentDecisions.map((d) => [d.claimId, d.by, d.from, d.to, d.at.slice(5, 13)])).toEqual([
      ['a6', 'Omar', 'verified', 'unreviewed', '07-06T12'],
      ['a3', 'Mona', 'disputed', 'attributed', '07-05T10'],
      ['a3', 'Omar', 'unreviewed', 'disputed', '07-04T10'],
      ['a8', 'Layla', 'unreviewed', 'disputed', '07-03T00'],
      ['a1', 'Omar', 'unreviewed', 'verified', '07-02T09'],
      ['a9', 'Sara', 'unreviewed', 'attributed', '07-02T01'],
      ['a6', 'Omar', 'unreviewed', 'verified', '07-02T00'],
      ['a2', 'Layla', null, 'disputed', '07-01T09'],
    ]);
    expect(all.recentDecisions[0]).toMatchObject({ articleId: 'A2', quote: 'quote a6', summary: 'summary a6', byId: 'u2' });
    expect(dashboardFigures(input, { recentLimit: 2 }, NOW).recentDecisions.map((d) => d.claimId)).toEqual(['a6', 'a3']);
  });

  it('finds stale claims: unreviewed for more than N days since capture or since a verdict was withdrawn', () => {
    expect(all.stale).toEqual({
      days: 7,
      count: 1,
      claims: [{ claimId: 'a4', articleId: 'A1', quote: 'quote a4', summary: 'summary a4', unreviewedSince: '2024-07-01T10:00:00.000Z', ageDays: 9, assigneeId: 'u3' }],
    });
    const three = dashboardFigures(input, { staleDays: 3 }, NOW).stale;
    expect(three.claims.map((c) => [c.claimId, c.ageDays])).toEqual([
      ['a4', 9],
      ['a6', 4],
    ]);
  });

  it('has a row per article', () => {
    expect(all.articles).toEqual([
      {
        articleId: 'A1',
        title: 'Article A1',
        lang: 'en',
        dir: 'ltr',
        revision: 1,
        total: 4,
        byStatus: counts(1, 1, 1, 1),
        progress: { reviewed: 3, total: 4, share: 0.75 },
        orphaned: 0,
        stale: 1,
        lastDecisionAt: '2024-07-05T10:00:00.000Z',
        signOff: { ready: 0, approved: 0, published: 0 },
      },
      {
        articleId: 'A2',
        title: 'Article A2',
        lang: 'en',
        dir: 'ltr',
        revision: 1,
        total: 4,
        byStatus: counts(2, 1, 0, 1),
        progress: { reviewed: 2, total: 4, share: 0.5 },
        orphaned: 1,
        stale: 0,
        lastDecisionAt: '2024-07-06T12:00:00.000Z',
        signOff: { ready: 0, approved: 0, published: 0 },
      },
    ]);
  });
});

describe('dashboardFigures with filters', () => {
  it('one article', () => {
    const f = dashboardFigures(input, { articleId: 'A2' }, NOW);
    expect(f.total).toBe(4);
    expect(f.decisionsPerReviewer.map((r) => [r.name, r.decisions])).toEqual([
      ['Omar', 2],
      ['Layla', 1],
      ['Sara', 1],
    ]);
    expect(f.articles.map((a) => a.articleId)).toEqual(['A2']);
  });

  it('one status', () => {
    const f = dashboardFigures(input, { status: 'disputed' }, NOW);
    expect(f.byStatus).toEqual(counts(0, 0, 0, 2));
    expect(f.decisionsPerReviewer.map((r) => [r.name, r.decisions])).toEqual([['Layla', 2]]);
    expect(f.sources.map((s) => [s.key, s.claims, s.disputed])).toEqual([
      ['kremlin', 1, 1],
      ['the pentagon', 1, 1],
    ]);
  });

  it('one source, however it is spelled', () => {
    const f = dashboardFigures(input, { source: ' KREMLIN ' }, NOW);
    expect(f.total).toBe(4);
    expect(f.byStatus).toEqual(counts(1, 2, 0, 1));
  });

  it('one reviewer: the claims they decided or are assigned, and only their decisions', () => {
    const mona = dashboardFigures(input, { reviewer: 'u3' }, NOW);
    expect(mona.total).toBe(2); // a3 (decided), a4 (assigned)
    expect(mona.decisionsPerReviewer.map((r) => [r.name, r.decisions])).toEqual([['Mona', 1]]);
    expect(mona.recentDecisions.map((d) => d.claimId)).toEqual(['a3']);
    // Changes made before accounts existed are found by name.
    expect(dashboardFigures(input, { reviewer: 'Sara' }, NOW).total).toBe(1);
  });

  it('a time window: claims captured in it, decisions made in it (both ends inclusive)', () => {
    const f = dashboardFigures(input, { from: '2024-07-03T00:00:00.000Z', to: '2024-07-05T23:59:59.999Z' }, NOW);
    expect(f.total).toBe(1); // a3
    expect(f.byStatus).toEqual(counts(0, 1, 0, 0));
    expect(f.decisionsPerReviewer.map((r) => [r.name, r.decisions])).toEqual([
      ['Layla', 1],
      ['Mona', 1],
      ['Omar', 1],
    ]);
  });

  it('no claims: progress has no share rather than a made-up one', () => {
    expect(dashboardFigures(input, { source: 'nobody' }, NOW).progress).toEqual({ reviewed: 0, total: 0, share: null });
  });
});

describe('lastDecision', () => {
  it('is the latest status change, or null when nobody has decided', () => {
    expect(lastDecision(input.history.a3)).toMatchObject({ by: 'Mona', from: 'disputed', to: 'attributed' });
    expect(lastDecision(input.history.a2)).toMatchObject({ by: 'Layla', from: null, to: 'disputed' });
    expect(lastDecision(input.history.a4)).toBeNull();
    expect(lastDecision(undefined)).toBeNull();
  });
});
