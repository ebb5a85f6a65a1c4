import { describe, expect, it } from 'vitest';
import { SEED_BODY_PARAGRAPHS } from '../anchoring/fixtures/seed-body.ts';
import { bodyText } from '../domain/article.ts';
import type { Article } from '../domain/schemas.ts';
import { cpLength } from '../text/codepoints.ts';
import { applyOperation, type OpContext, type WorkspaceState } from './apply.ts';
import { applyRevision } from './article-ops.ts';

const AT = '2024-07-04T04:32:00.000Z';
const ARTICLE: Article = { id: 'a', title: 'T', byline: '', dateline: '', lang: 'ar', dir: 'rtl', body: [...SEED_BODY_PARAGRAPHS], revision: 1, createdAt: AT, updatedAt: AT };
const ctx: OpContext = { actor: 'Mona', actorId: 'u-mona', now: '2024-07-05T10:00:00.000Z' };

/** A state with one claim on each phrase (ids c0, c1, …). */
function withClaims(phrases: string[]): WorkspaceState {
  let state: WorkspaceState = { articles: { a: ARTICLE }, claims: {}, comments: {} };
  const text = bodyText(ARTICLE.body);
  phrases.forEach((phrase, i) => {
    const at = text.indexOf(phrase);
    const start = cpLength(text.slice(0, at));
    const r = applyOperation(state, { type: 'claim:create', id: `c${i}`, input: { articleId: 'a', target: { start, end: start + cpLength(phrase) } } }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    state = r.state;
  });
  return state;
}

describe('a revision moves claims with the edit around them', () => {
  const phrases = ['لحظات من التودد والاحترام', 'الأولى منذ 24 عاما', 'وثائق مهمة ومهمة للغاية'];

  it('an insertion before them (with an emoji: two UTF-16 units, one code point) shifts later claims onto their very words', () => {
    const state = withClaims(phrases);
    const inserted = 'تصحيح 📌: فقرة جديدة.';
    const body = [SEED_BODY_PARAGRAPHS[0], inserted, ...SEED_BODY_PARAGRAPHS.slice(1)].join('\n\n');
    const r = applyRevision(state, { articleId: 'a', body, baseRevision: 1 }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.result).toEqual({ unchanged: ['c0'], moved: ['c1', 'c2'], orphaned: [] });
    const text = bodyText(r.article.body);
    for (const claim of r.claims) {
      const { start, end } = claim.target.position;
      expect([...text].slice(start, end).join('')).toBe(claim.target.quote.exact);
      expect(start - state.claims[claim.id]!.target.position.start).toBe(cpLength(inserted) + 2);
    }
    // The context stored is the new text's around the words.
    const c1 = r.claims.find((c) => c.id === 'c1')!;
    expect(c1.target.quote.prefix).toBe([...text].slice(c1.target.position.start - 32, c1.target.position.start).join(''));
  });

  it('a claim the edit touches is searched for: found when its words survive, orphaned when they are gone', () => {
    const state = withClaims(phrases);
    const touched = SEED_BODY_PARAGRAPHS.map((p) => p.replace('هي الأولى منذ 24 عاما', 'الأولى منذ 24 عاما تقريبا'));
    const r = applyRevision(state, { articleId: 'a', body: touched.join('\n\n'), baseRevision: 1 }, ctx);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.result.moved).toEqual(['c1', 'c2']);
    const gone = SEED_BODY_PARAGRAPHS.map((p) => p.replace('وتعد هذه الزيارة هي الأولى منذ 24 عاما، ', ''));
    const r2 = applyRevision(state, { articleId: 'a', body: gone.join('\n\n'), baseRevision: 1 }, ctx);
    if (!r2.ok) throw new Error(r2.error.code);
    expect(r2.result).toEqual({ unchanged: ['c0'], moved: ['c2'], orphaned: ['c1'] });
  });
});
