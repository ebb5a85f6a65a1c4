import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';
import { applyOperation } from '../../../shared/ops/apply.ts';

/** A short Arabic article (RTL, with an emoji to exercise code point offsets) and real claims made by the shared applyOperation. */
export const article: Article = {
  id: 'test-article',
  title: 'بوتين في بيونج يانج',
  byline: 'أحمد سعد قاسم',
  dateline: 'الخميس، 04 يوليو 2024',
  lang: 'ar',
  dir: 'rtl',
  body: [
    'قال البنتاغون إن موسكو استخدمت صواريخ باليستية كورية شمالية في أوكرانيا.',
    'وهذه أول زيارة منذ 24 عامًا 🚀 حسب الكرملين.',
  ],
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
};

let n = 0;
export function makeClaim(
  find: string,
  fields: { status?: ClaimStatus; summary?: string; attributedTo?: string; note?: string } = {},
): Claim {
  const body = article.body.join('\n\n');
  const u16 = body.indexOf(find);
  if (u16 < 0) throw new Error(`"${find}" is not in the fixture`);
  const start = [...body.slice(0, u16)].length;
  const end = start + [...find].length;
  const state = { articles: { [article.id]: article }, claims: {}, comments: {} };
  const result = applyOperation(
    state,
    { type: 'claim:create', id: `c${++n}`, input: { articleId: article.id, target: { start, end }, ...fields } },
    { actor: 'Layla', actorId: 'u-layla', now: new Date(Date.UTC(2024, 6, 4, 0, 0, n)).toISOString() },
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.claim;
}
