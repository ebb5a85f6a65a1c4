import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';

/**
 * A small workspace for the dashboard's tests, counted by hand:
 * now is 10 July 2024, 12:00 UTC.
 *
 * | claim | article | status     | source      | captured     | decisions                          |
 * | c1    | A1      | verified   | البنتاغون    | 1 Jul 08:00  | Omar → verified, 2 Jul             |
 * | c2    | A1      | disputed   | البنتاغون_   | 1 Jul 09:00  | Layla captured as disputed         |
 * | c3    | A1      | unreviewed | (none)      | 1 Jul 10:00  | none; assigned to Mona (stale: 9d) |
 * | c4    | A1      | attributed | الكرملين     | 5 Jul 10:00  | Mona → attributed, 6 Jul           |
 * | c5    | A2      | unreviewed | الكرملين     | 8 Jul 00:00  | none (2.5 days)                    |
 * | c6    | A2      | disputed   | الكرملين     | 2 Jul 00:00  | Omar → disputed, 3 Jul; orphaned   |
 * | c7    | A2      | verified   | الكرملين     | deleted: left out everywhere       |
 *
 * Figures: 6 claims; unreviewed 2, attributed 1, verified 1, disputed 2;
 * 4 of 6 reviewed; decisions Omar 2, Layla 1, Mona 1; sources الكرملين 3
 * (1 disputed), البنتاغون 2 (1 disputed), 1 without a source; stale after
 * 7 days: c3 only.
 */
export const NOW = '2024-07-10T12:00:00.000Z';

const article = (id: string, title: string, lang: string, dir: 'rtl' | 'ltr', createdAt: string): Article => ({
  id,
  title,
  byline: '',
  dateline: '',
  lang,
  dir,
  body: ['نص المقال'],
  revision: 1,
  createdAt,
  updatedAt: createdAt,
});

export const QUOTES: Record<string, string> = {
  c1: 'استخدمت موسكو صواريخ باليستية كورية شمالية',
  c2: 'زودت روسيا بكميات كبيرة من الذخائر',
  c3: 'أول زيارة منذ 24 عامًا',
  c4: 'وثائق مهمة للغاية',
  c5: 'the first visit in 24 years',
  c6: 'nine months after Kim visited Russia',
  c7: 'deleted words',
};

function claim(id: string, articleId: string, start: number, status: ClaimStatus, attributedTo: string, createdAt: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId,
    target: { quote: { type: 'TextQuoteSelector', exact: QUOTES[id]!, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 5 } },
    status,
    summary: `summary ${id}`,
    attributedTo,
    note: '',
    assigneeId: null,
    evidence: [],
    orphaned: false,
    createdBy: 'Layla',
    createdById: 'u1',
    createdAt,
    updatedBy: 'Layla',
    updatedById: 'u1',
    updatedAt: createdAt,
    version: 1,
    fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1 },
    deleted: null,
    ...extra,
  };
}

export const PEOPLE = [
  { id: 'u1', name: 'Layla', role: 'reviewer' as const, active: true },
  { id: 'u2', name: 'Omar', role: 'reviewer' as const, active: true },
  { id: 'u3', name: 'Mona', role: 'editor' as const, active: true },
];
const who = (id: string) => PEOPLE.find((p) => p.id === id)!;

let n = 0;
export function statusEntry(c: Pick<Claim, 'id' | 'articleId'>, byId: string, at: string, from: ClaimStatus | null, to: ClaimStatus): HistoryEntry {
  return {
    id: `h${++n}-${c.id}`,
    articleId: c.articleId,
    claimId: c.id,
    action: from === null ? 'created' : 'updated',
    changes: [{ field: 'status', from, to }],
    by: who(byId).name,
    byId,
    at,
  };
}

export function testWorkspace(): DashboardInput {
  const claims = {
    c1: claim('c1', 'A1', 0, 'verified', 'البنتاغون', '2024-07-01T08:00:00.000Z'),
    c2: claim('c2', 'A1', 10, 'disputed', 'البنتاغون ', '2024-07-01T09:00:00.000Z'),
    c3: claim('c3', 'A1', 20, 'unreviewed', '', '2024-07-01T10:00:00.000Z', { assigneeId: 'u3' }),
    c4: claim('c4', 'A1', 30, 'attributed', 'الكرملين', '2024-07-05T10:00:00.000Z'),
    c5: claim('c5', 'A2', 0, 'unreviewed', 'الكرملين', '2024-07-08T00:00:00.000Z'),
    c6: claim('c6', 'A2', 10, 'disputed', 'الكرملين', '2024-07-02T00:00:00.000Z', { orphaned: true }),
    c7: claim('c7', 'A2', 20, 'verified', 'الكرملين', '2024-07-02T00:00:00.000Z', { deleted: { by: 'Layla', at: '2024-07-03T00:00:00.000Z' } }),
  };
  const { c1, c2, c3, c4, c5, c6, c7 } = claims;
  return {
    articles: {
      A1: article('A1', 'بوتين في بيونج يانج', 'ar', 'rtl', '2024-07-01T00:00:00.000Z'),
      A2: article('A2', 'A second article', 'en', 'ltr', '2024-07-02T00:00:00.000Z'),
    },
    claims,
    history: {
      c1: [statusEntry(c1, 'u1', c1.createdAt, null, 'unreviewed'), statusEntry(c1, 'u2', '2024-07-02T09:00:00.000Z', 'unreviewed', 'verified')],
      c2: [statusEntry(c2, 'u1', c2.createdAt, null, 'disputed')],
      c3: [statusEntry(c3, 'u1', c3.createdAt, null, 'unreviewed')],
      c4: [statusEntry(c4, 'u2', c4.createdAt, null, 'unreviewed'), statusEntry(c4, 'u3', '2024-07-06T10:00:00.000Z', 'unreviewed', 'attributed')],
      c5: [statusEntry(c5, 'u1', c5.createdAt, null, 'unreviewed')],
      c6: [statusEntry(c6, 'u1', c6.createdAt, null, 'unreviewed'), statusEntry(c6, 'u2', '2024-07-03T00:00:00.000Z', 'unreviewed', 'disputed')],
      c7: [statusEntry(c7, 'u1', c7.createdAt, null, 'verified')],
    },
  };
}
