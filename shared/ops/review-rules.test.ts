import { describe, expect, it } from 'vitest';
import { applyOperation, type ApplyResult, type OpContext, type Operation, type WorkspaceState } from './apply.ts';
import { applyRevision } from './article-ops.ts';
import { bodyText } from '../domain/article.ts';
import { DEFAULT_RATING_SCALE } from '../domain/ratings.ts';
import type { Role } from '../domain/roles.ts';
import type { Article, Claim } from '../domain/schemas.ts';
import type { ClaimChanges } from '../protocol/payloads.ts';

/**
 * Sign-off as the apply function enforces it, on server and client alike:
 * who may move a claim's review state, and an approval undone by any later
 * change to what the approval was of (status, rating, explanation, quote).
 */

const P1 = 'وبحسب الكرملين، سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة.';
const P2 = 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا.';
const ARTICLE: Article = {
  id: 'a1',
  title: 'زيارة',
  byline: '',
  dateline: '',
  lang: 'ar',
  dir: 'rtl',
  body: [P1, P2],
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
};
const QUOTE = 'وثائق مهمة للغاية';

let minute = 0;
const as = (role: Role | undefined, name = role ?? 'nobody'): OpContext => {
  const ctx: OpContext = { actor: name, actorId: `u-${name}`, now: new Date(Date.UTC(2024, 6, 4, 10, ++minute)).toISOString(), ratings: DEFAULT_RATING_SCALE };
  if (role) ctx.role = role;
  return ctx;
};
const reviewer = () => as('reviewer', 'Layla');
const editor = () => as('editor', 'Omar');

function ok(r: ApplyResult<WorkspaceState>): Extract<ApplyResult<WorkspaceState>, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${r.error.code}`);
  return r;
}

function update(state: WorkspaceState, changes: ClaimChanges, ctx: OpContext, extra: Partial<Extract<Operation, { type: 'claim:update' }>> = {}) {
  return applyOperation(state, { type: 'claim:update', input: { id: 'c1', changes }, ...extra }, ctx);
}

/** A claim on QUOTE, verified, with an explanation, then taken to `review`. */
function claimAt(review: 'none' | 'ready' | 'approved'): WorkspaceState {
  const start = [...P1].length - [...P1.slice(P1.indexOf(QUOTE))].length;
  let state: WorkspaceState = { articles: { a1: ARTICLE }, claims: {}, comments: {} };
  state = ok(applyOperation(state, { type: 'claim:create', id: 'c1', input: { articleId: 'a1', target: { start, end: start + [...QUOTE].length }, status: 'verified' } }, reviewer())).state;
  state = ok(update(state, { explanation: 'The Kremlin said so on 18 June.' }, reviewer())).state;
  if (review !== 'none') state = ok(update(state, { review: 'ready' }, reviewer())).state;
  if (review === 'approved') state = ok(update(state, { review: 'approved' }, editor())).state;
  return state;
}
const c1 = (s: WorkspaceState): Claim => s.claims['c1']!;

describe('sign-off: who may move a claim', () => {
  it('a reviewer marks a claim ready; the history records it', () => {
    const r = ok(update(claimAt('none'), { review: 'ready' }, reviewer()));
    expect(r.claim.review).toBe('ready');
    expect(r.claim.approval).toBeNull();
    expect(r.history?.changes).toEqual([{ field: 'review', from: 'none', to: 'ready' }]);
  });

  it('an editor approves: who and when are kept, and the history records it', () => {
    const ctx = editor();
    const r = ok(update(claimAt('ready'), { review: 'approved' }, ctx));
    expect(r.claim.review).toBe('approved');
    expect(r.claim.approval).toEqual({ by: 'Omar', byId: 'u-Omar', at: ctx.now });
    expect(r.claim.fieldVersions.review).toBe(r.claim.version);
    expect(r.history).toMatchObject({ action: 'updated', by: 'Omar', changes: [{ field: 'review', from: 'ready', to: 'approved' }] });
  });

  it.each([
    ['a reviewer approving', 'ready', 'approved', 'reviewer'],
    ['a reviewer sending back a ready claim', 'ready', 'none', 'reviewer'],
    ['a reviewer withdrawing an approval', 'approved', 'ready', 'reviewer'],
    ['a viewer marking ready', 'none', 'ready', 'viewer'],
    ['a change with no role given', 'none', 'ready', undefined],
  ] as const)('refuses %s, changing nothing', (_what, from, to, role) => {
    const state = claimAt(from);
    const r = update(state, { review: to }, as(role));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('an editor sends a claim back with a comment, made in the same operation and recorded', () => {
    const ctx = editor();
    const r = ok(update(claimAt('approved'), { review: 'none', reviewComment: 'المصدر غير كاف' }, ctx, { commentId: 'k1', mentions: ['u-Layla'] }));
    expect(r.claim).toMatchObject({ review: 'none', approval: null });
    expect(r.comment).toEqual({ id: 'k1', claimId: 'c1', articleId: 'a1', text: 'المصدر غير كاف', mentions: ['u-Layla'], createdBy: 'Omar', createdById: 'u-Omar', createdAt: ctx.now });
    expect(r.state.comments['k1']).toBe(r.comment);
    expect(r.history?.changes).toEqual([
      { field: 'review', from: 'approved', to: 'none' },
      { field: 'comment', from: null, to: 'المصدر غير كاف' },
    ]);
  });

  it('refuses a review comment that does not go with sending the claim back', () => {
    expect(update(claimAt('ready'), { review: 'approved', reviewComment: 'ok' }, editor(), { commentId: 'k1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'changes.reviewComment' },
    });
    expect(update(claimAt('ready'), { summary: 'x', reviewComment: 'ok' }, editor(), { commentId: 'k1' })).toMatchObject({ ok: false });
  });

  it('a stale approval conflicts with a send-back made since', () => {
    const ready = claimAt('ready');
    const seen = c1(ready).version;
    const sentBack = ok(update(ready, { review: 'none' }, editor())).state;
    const r = applyOperation(sentBack, { type: 'claim:update', input: { id: 'c1', baseVersion: seen, changes: { review: 'approved' } } }, as('editor', 'Mona'));
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('sign-off: an approval holds only for what was approved', () => {
  it.each([
    ['the status', { status: 'disputed' }],
    ['the rating', { rating: 'misleading' }],
    ['the explanation', { explanation: 'Confirmed by the joint statement.' }],
  ] as const)('a change to %s puts an approved claim back to ready in the same operation', (_what, changes) => {
    const state = claimAt('approved');
    const r = ok(update(state, changes, reviewer()));
    expect(r.claim).toMatchObject({ review: 'ready', approval: null, version: c1(state).version + 1 });
    expect(r.claim.fieldVersions.review).toBe(r.claim.version);
    expect(r.history?.changes).toContainEqual({ field: 'review', from: 'approved', to: 'ready' });
  });

  it('a change to anything else keeps the approval', () => {
    const state = claimAt('approved');
    const r = ok(update(state, { summary: 'Kremlin: documents to be signed', note: 'internal', attributedTo: 'الكرملين' }, reviewer()));
    expect(r.claim.review).toBe('approved');
    expect(r.claim.approval).toEqual(c1(state).approval);
  });

  it('asking for what already is changes nothing and keeps the approval', () => {
    const state = claimAt('approved');
    const { explanation, status } = c1(state);
    const r = ok(update(state, { explanation, status, rating: null, review: 'approved' }, editor()));
    expect(r.changed).toBe(false);
    expect(r.history).toBeNull();
    expect(r.state).toBe(state);
  });

  it('an editor changing the explanation and approving in one operation approves the new text', () => {
    const ctx = editor();
    const r = ok(update(claimAt('approved'), { explanation: 'New wording.', review: 'approved' }, ctx));
    expect(r.claim).toMatchObject({ review: 'approved', approval: { by: 'Omar', at: ctx.now }, explanation: 'New wording.' });
  });

  it('re-attaching the claim to other words withdraws its approval', () => {
    const state = claimAt('approved');
    const start = [...P1].length + 2 + 6;
    const r = ok(applyOperation(state, { type: 'claim:reattach', input: { id: 'c1', target: { start, end: start + 10 } } }, reviewer()));
    expect(r.claim).toMatchObject({ review: 'ready', approval: null });
    expect(r.history?.changes).toContainEqual({ field: 'review', from: 'approved', to: 'ready' });
  });

  it('a revision that edits its words withdraws the approval; one that only moves them keeps it', () => {
    const state = claimAt('approved');
    const moved = applyRevision(state, { articleId: 'a1', baseRevision: 1, body: `سطر جديد في البداية.\n\n${P1}\n\n${P2}` }, editor());
    if (!moved.ok) throw new Error('refused');
    expect(moved.claims[0]).toMatchObject({ review: 'approved' });
    const edited = applyRevision(state, { articleId: 'a1', baseRevision: 1, body: `${P1.replace('مهمة للغاية', 'مهمة جدا للغاية')}\n\n${P2}` }, editor());
    if (!edited.ok) throw new Error('refused');
    expect(edited.claims[0]).toMatchObject({ review: 'ready', approval: null });
    expect(edited.history[0]!.changes).toContainEqual({ field: 'review', from: 'approved', to: 'ready' });
  });

  it('a revision that orphans the claim withdraws the approval', () => {
    const r = applyRevision(claimAt('approved'), { articleId: 'a1', baseRevision: 1, body: P2 }, editor());
    if (!r.ok) throw new Error('refused');
    expect(r.claims[0]).toMatchObject({ orphaned: true, review: 'ready', approval: null });
  });
});

describe('public rating and explanation', () => {
  it('a rating must name a label of the scale; null goes back to the status label', () => {
    const state = claimAt('none');
    expect(update(state, { rating: 'pants-on-fire' }, reviewer())).toMatchObject({ ok: false, error: { code: 'unknown_rating', field: 'changes.rating' } });
    const rated = ok(update(state, { rating: 'misleading' }, reviewer()));
    expect(rated.claim.rating).toBe('misleading');
    expect(rated.history?.changes).toEqual([{ field: 'rating', from: null, to: 'misleading' }]);
    expect(ok(update(rated.state, { rating: null }, reviewer())).claim.rating).toBeNull();
  });

  it('the explanation is its own field with its own version, apart from the note', () => {
    const state = claimAt('none');
    const r = ok(update(state, { explanation: 'شرح للعامة' }, reviewer()));
    expect(r.claim).toMatchObject({ explanation: 'شرح للعامة', note: '' });
    expect(r.claim.fieldVersions.explanation).toBe(r.claim.version);
    expect(r.history?.changes).toEqual([{ field: 'explanation', from: 'The Kremlin said so on 18 June.', to: 'شرح للعامة' }]);
    // Someone editing the explanation from an older version conflicts; the note does not.
    const stale = c1(state).version;
    const base = { type: 'claim:update' as const, input: { id: 'c1', baseVersion: stale, changes: {} } };
    expect(applyOperation(r.state, { ...base, input: { ...base.input, changes: { explanation: 'x' } } }, editor())).toMatchObject({ error: { code: 'conflict' } });
    expect(applyOperation(r.state, { ...base, input: { ...base.input, changes: { note: 'x' } } }, editor())).toMatchObject({ ok: true });
  });

  it('the article text is what the claim quotes', () => {
    expect(bodyText(ARTICLE.body)).toContain(QUOTE);
    expect(c1(claimAt('none')).target.quote.exact).toBe(QUOTE);
  });
});
