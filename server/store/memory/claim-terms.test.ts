import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { applyOperation } from '../../../shared/ops/apply.ts';
import { termsOfText } from '../../../shared/similarity/terms.ts';
import { WorkspaceMemory } from './workspace-memory.ts';

const article: Article = {
  id: 'a1',
  title: 't',
  byline: '',
  dateline: '',
  lang: 'ar',
  dir: 'rtl',
  body: ['قال البنتاغون إن موسكو استخدمت صواريخ باليستية كورية شمالية في أوكرانيا.'],
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
};

function claim(): Claim {
  const r = applyOperation({ articles: { a1: article }, claims: {}, comments: {} }, { type: 'claim:create', id: 'c1', input: { articleId: 'a1', target: { start: 21, end: 44 } } }, { actor: 'L', actorId: 'u', now: article.createdAt });
  if (!r.ok) throw new Error(r.error.message);
  return r.claim;
}

const found = async (memory: WorkspaceMemory, q: string) => (await memory.claimTerms.rank({ terms: termsOfText(q), limit: 10, minScore: 0 })).map((r) => r.claim.id);

/** The embedded store's index moves with WorkspaceMemory.apply, and back with its undo (a write that failed). */
describe('the embedded store’s claim terms', () => {
  it('follow a claim put, and its undo', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    const c = claim();
    expect(c.target.quote.exact).toContain('صواريخ');
    const undoCreate = memory.apply({ k: 'claim', v: c });
    expect(await found(memory, 'الصواريخ')).toEqual(['c1']);

    const undoEdit = memory.apply({ k: 'claim', v: { ...c, summary: 'ballistic missiles', version: 2 } });
    expect(await found(memory, 'missile')).toEqual(['c1']);
    undoEdit();
    expect(await found(memory, 'missile')).toEqual([]);
    expect(await found(memory, 'الصواريخ')).toEqual(['c1']);

    const undoDelete = memory.apply({ k: 'claim', v: { ...c, deleted: { by: 'L', at: article.createdAt }, version: 2 } });
    expect(await found(memory, 'الصواريخ')).toEqual([]);
    undoDelete();
    expect(await found(memory, 'الصواريخ')).toEqual(['c1']);

    undoCreate();
    expect(await found(memory, 'الصواريخ')).toEqual([]);
    expect(memory.claimTerms.index.size).toBe(0);
  });

  it('works the terms out after the write, once per claim however often it changed, and before any ranking', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    const c = claim();
    memory.apply({ k: 'claim', v: c });
    for (let v = 2; v <= 10; v++) memory.apply({ k: 'claim', v: { ...c, summary: `ballistic missiles ${v}`, version: v } });
    // Nothing indexed yet: the writes only marked the claim.
    expect(memory.claimTerms.index.size).toBe(0);
    expect(memory.claimTerms.behind).toBe(1);
    expect(await found(memory, 'missile')).toEqual(['c1']);
    expect(memory.claimTerms.behind).toBe(0);
    // A status, a note or evidence leave the words alone: nothing to redo.
    memory.apply({ k: 'claim', v: { ...c, summary: 'ballistic missiles 10', status: 'disputed', note: 'checked', version: 11 } });
    expect(memory.claimTerms.behind).toBe(0);
  });

  it('catches up on a workspace just loaded in slices, answering other work in between', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    const c = claim();
    for (let n = 0; n < 5000; n++) memory.apply({ k: 'claim', v: { ...c, id: `c${n}`, summary: `claim number ${n}` } });
    expect(memory.claimTerms.behind).toBe(5000);
    let seenBetween = -1;
    setImmediate(() => (seenBetween = memory.claimTerms.behind));
    await memory.claimTerms.catchUp();
    // The event loop ran while the index was still being built: not all 5,000 in one go.
    expect(seenBetween).toBeGreaterThan(0);
    expect(seenBetween).toBeLessThan(5000);
    expect(memory.claimTerms.index.size).toBe(5000);
    expect(await found(memory, 'number 4321')).toContain('c4321');
  });
});
