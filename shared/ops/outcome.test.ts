import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/schemas.ts';
import { applyOperation, type OpContext, type Operation, type WorkspaceState } from './apply.ts';
import { applyRevision } from './article-ops.ts';
import { changeEventOf, operationAck, operationChange, opKey, refusedAck, revisionAck, revisionChange } from './outcome.ts';

const STAMP = '2024-07-04T01:32:00.000Z';
const article: Article = {
  id: 'putin-visit',
  title: 'زيارة بوتين',
  byline: 'أحمد سعد قاسم',
  dateline: 'الخميس، 04 يوليو 2024',
  lang: 'ar',
  dir: 'rtl',
  body: ['وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين.'],
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
};
const omar: OpContext = { actor: 'Omar', actorId: 'u-omar', now: '2024-07-04T10:00:00.000Z' };
const empty: WorkspaceState = { articles: { [article.id]: article }, claims: {}, comments: {} };

/** Applies an op that must succeed and change something; returns what it made and the state after. */
function made(state: WorkspaceState, op: Operation) {
  const r = applyOperation(state, op, omar);
  if (!r.ok || !r.history) throw new Error(`expected a change, got ${JSON.stringify(r)}`);
  return { state: r.state, made: { claim: r.claim, comment: r.comment, history: r.history } };
}

const create: Operation = { type: 'claim:create', id: 'c1', input: { articleId: article.id, target: { start: 0, end: 15 } } };

describe('the ack and the broadcast of an operation', () => {
  it('every change reaches the sender with its seq and history entry, and the others as the matching event', () => {
    const first = made(empty, create);
    expect(operationAck(create, first.made, 7)).toEqual({ ok: true, claim: first.made.claim, seq: 7, history: first.made.history });
    expect(operationChange(create, first.made, 7)).toEqual({
      articleId: article.id,
      event: 'claim:created',
      payload: { articleId: article.id, seq: 7, claim: first.made.claim, history: first.made.history },
    });

    const comment: Operation = { type: 'comment:create', id: 'm1', input: { claimId: 'c1', text: 'مصدر؟' }, mentions: [] };
    const commented = made(first.state, comment);
    expect(operationAck(comment, commented.made, 8)).toEqual({ ok: true, comment: commented.made.comment, seq: 8, history: commented.made.history });
    expect(operationChange(comment, commented.made, 8)).toMatchObject({ event: 'comment:created', payload: { seq: 8, comment: { text: 'مصدر؟' } } });

    const del: Operation = { type: 'claim:delete', input: { id: 'c1' } };
    const deleted = made(commented.state, del);
    // A delete's ack names no claim; its broadcast names only the id.
    expect(operationAck(del, deleted.made, 9)).toEqual({ ok: true, seq: 9, history: deleted.made.history });
    expect(operationChange(del, deleted.made, 9).payload).toEqual({ articleId: article.id, seq: 9, id: 'c1', history: deleted.made.history });

    const restore: Operation = { type: 'claim:restore', input: { id: 'c1' } };
    expect(changeEventOf(restore)).toBe('claim:restored');
    expect(changeEventOf({ type: 'evidence:remove', input: { claimId: 'c1', evidenceId: 'e1' } })).toBe('claim:updated');
  });

  it('an op that changed nothing is acked at the current seq with a null history, so the client counts no change of its own', () => {
    const { state, made: m } = made(empty, create);
    const same: Operation = { type: 'claim:update', input: { id: 'c1', changes: { status: m.claim.status } } };
    const r = applyOperation(state, same, omar);
    expect(r).toMatchObject({ ok: true, changed: false });
    expect(operationAck(same, { claim: m.claim, history: null }, 3)).toEqual({ ok: true, claim: m.claim, seq: 3, history: null });
  });

  it('a conflict is refused with the claim as it is now; other refusals carry only the error', () => {
    const { state } = made(made(empty, create).state, { type: 'claim:update', input: { id: 'c1', changes: { status: 'verified' } } });
    const stale = applyOperation(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'disputed' } } }, omar);
    if (stale.ok) throw new Error('a stale update must be refused');
    expect(refusedAck(stale)).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict' }), current: state.claims.c1 });
    const missing = applyOperation(state, { type: 'claim:delete', input: { id: 'nope' } }, omar);
    if (missing.ok) throw new Error('an unknown claim must be refused');
    expect(refusedAck(missing)).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) });
  });

  it('a revision is acked with what the others hear, less who made it', () => {
    const { state } = made(empty, create);
    const r = applyRevision(state, { articleId: article.id, body: `${article.body[0]}\n\nفقرة جديدة.`, baseRevision: 1 }, omar);
    if (!r.ok) throw new Error('the revision must apply');
    const change = revisionChange(r, 4, 'Omar');
    expect(change).toMatchObject({ articleId: article.id, event: 'article:revised', payload: { seq: 4, by: 'Omar', article: { revision: 2 } } });
    const { by: _by, articleId: _a, ...rest } = change.payload;
    expect(revisionAck(r, 4)).toEqual({ ok: true, ...rest });
    const stale = applyRevision(r.state, { articleId: article.id, body: 'x', baseRevision: 1 }, omar);
    if (stale.ok) throw new Error('a revision on an old base must be refused');
    expect(refusedAck(stale)).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict' }), article: r.article });
  });

  it('retries are recognised per person: two people choosing one opId are two operations', () => {
    expect(opKey('u-omar', 'op-1')).toBe(opKey('u-omar', 'op-1'));
    expect(opKey('u-omar', 'op-1')).not.toBe(opKey('u-layla', 'op-1'));
  });
});
