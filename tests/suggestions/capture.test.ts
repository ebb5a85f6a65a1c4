import { describe, expect, it } from 'vitest';
import { createClaim } from '../../shared/ops/claim-ops.ts';
import { LIMITS } from '../../shared/limits.ts';
import { suggestClaims } from '../../shared/suggest/suggest.ts';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';

/**
 * A suggestion is meant to be captured as it is: its span is a claim
 * target and its source the claim's attributedTo. Both go through the
 * product's own claim creation on the seed workspace.
 */
describe('capturing suggestions', () => {
  const ctx = { actor: 'Mona', actorId: 'u1', now: '2024-07-04T05:00:00.000Z' };

  it('every suggestion on the seed article becomes a claim on exactly its words', () => {
    const state = seedWorkspace();
    const article = state.articles[SEED_ARTICLE_ID]!;
    const suggestions = suggestClaims(article.body, article.lang);
    expect(suggestions.length).toBeGreaterThanOrEqual(10);
    suggestions.forEach((s, n) => {
      const result = createClaim(state, `c${n}`, { articleId: article.id, target: { start: s.start, end: s.end }, attributedTo: s.source || undefined }, ctx);
      expect(result.ok, s.quote).toBe(true);
      if (!result.ok) return;
      expect(result.claim!.target.quote.exact).toBe(s.quote);
      expect(result.claim!.attributedTo ?? '').toBe(s.source);
    });
  });

  it('once captured, a claim is not suggested again; the others still are', () => {
    const state = seedWorkspace();
    const article = state.articles[SEED_ARTICLE_ID]!;
    const all = suggestClaims(article.body, article.lang);
    const pentagon = all.find((s) => s.source === 'البنتاجون')!;
    const rest = suggestClaims(article.body, article.lang, { exclude: [{ start: pentagon.start, end: pentagon.end }] });
    expect(rest).toEqual(all.filter((s) => s !== pentagon));
  });

  it('never suggests a span longer than a claim may cover', () => {
    const runOn = `وقال الوزير إن ${Array.from({ length: 1500 }, () => 'الأسعار ارتفعت').join(' و')}.`;
    expect(runOn.length).toBeGreaterThan(LIMITS.quote);
    expect(suggestClaims([runOn], 'ar')).toEqual([]);
  });
});
