import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/schemas.ts';
import { ClaimSchema, CommentSchema, HistoryEntrySchema } from '../domain/schemas.ts';
import { applyOperation, type ApplyResult, type OpContext, type Operation, type WorkspaceState } from './apply.ts';

const ARTICLE: Article = {
  id: 'a1',
  title: 'زيارة بوتين',
  byline: '',
  dateline: '',
  lang: 'ar',
  dir: 'rtl',
  body: ['وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم.'],
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
};
const layla: OpContext = { actor: 'Layla', actorId: 'u-layla', now: '2024-07-04T10:00:00.000Z' };
const omar: OpContext = { actor: 'Omar', actorId: 'u-omar', now: '2024-07-04T10:05:00.000Z' };

function ok(r: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}`);
  return r;
}

function withClaim(): WorkspaceState {
  const empty: WorkspaceState = { articles: { a1: ARTICLE }, claims: {}, comments: {} };
  return ok(applyOperation(empty, { type: 'claim:create', id: 'c1', input: { articleId: 'a1', target: { start: 6, end: 19 } } }, layla)).state;
}

const run = (state: WorkspaceState, op: Operation, ctx = omar) => applyOperation(state, op, ctx);

describe('history', () => {
  it('a created claim records its quote and the fields given at capture', () => {
    const empty: WorkspaceState = { articles: { a1: ARTICLE }, claims: {}, comments: {} };
    const r = ok(run(empty, { type: 'claim:create', id: 'c1', input: { articleId: 'a1', target: { start: 6, end: 19 }, status: 'disputed', summary: 'West claims' } }, layla));
    expect(HistoryEntrySchema.parse(r.history)).toEqual({
      id: 'c1@1',
      articleId: 'a1',
      claimId: 'c1',
      action: 'created',
      changes: [
        { field: 'quote', from: null, to: 'الدول الغربية' },
        { field: 'status', from: null, to: 'disputed' },
        { field: 'summary', from: null, to: 'West claims' },
      ],
      by: 'Layla',
      byId: 'u-layla',
      at: layla.now,
    });
  });

  it('an update records each changed field with its old and new value, and nothing for unchanged ones', () => {
    const r = ok(run(withClaim(), { type: 'claim:update', input: { id: 'c1', changes: { status: 'unreviewed', attributedTo: 'Western states', assigneeId: 'u-sara' } } }));
    expect(r.history).toMatchObject({
      id: 'c1@2',
      action: 'updated',
      by: 'Omar',
      changes: [
        { field: 'attributedTo', from: '', to: 'Western states' },
        { field: 'assigneeId', from: null, to: 'u-sara' },
      ],
    });
    expect(r.claim.assigneeId).toBe('u-sara');
    expect(r.claim.fieldVersions.assigneeId).toBe(2);
  });

  it('no change, no history', () => {
    const r = ok(run(withClaim(), { type: 'claim:update', input: { id: 'c1', changes: { status: 'unreviewed' } } }));
    expect(r.changed).toBe(false);
    expect(r.history).toBeNull();
  });

  it('delete and restore are recorded', () => {
    const deleted = ok(run(withClaim(), { type: 'claim:delete', input: { id: 'c1' } }));
    expect(deleted.history).toMatchObject({ action: 'deleted', by: 'Omar', id: 'c1@2' });
    const restored = ok(run(deleted.state, { type: 'claim:restore', input: { id: 'c1' } }, layla));
    expect(restored.history).toMatchObject({ action: 'restored', by: 'Layla', id: 'c1@3' });
  });
});

describe('evidence', () => {
  it('is added with who and when, bumps the version, and can be removed', () => {
    const added = ok(run(withClaim(), { type: 'evidence:add', id: 'e1', input: { claimId: 'c1', url: 'https://www.defense.gov/News/', title: 'Pentagon briefing', note: 'see 14 min' } }));
    expect(added.claim.evidence).toEqual([
      { id: 'e1', url: 'https://www.defense.gov/News/', title: 'Pentagon briefing', note: 'see 14 min', addedBy: 'Omar', addedById: 'u-omar', addedAt: omar.now },
    ]);
    expect(added.claim.version).toBe(2);
    expect(ClaimSchema.parse(added.claim)).toEqual(added.claim);
    expect(added.history).toMatchObject({ action: 'evidence_added', changes: [{ field: 'evidence', from: null, to: 'Pentagon briefing <https://www.defense.gov/News/>' }] });

    const removed = ok(run(added.state, { type: 'evidence:remove', input: { claimId: 'c1', evidenceId: 'e1' } }, layla));
    expect(removed.claim.evidence).toEqual([]);
    expect(removed.claim.version).toBe(3);
    expect(removed.history).toMatchObject({ action: 'evidence_removed', by: 'Layla', changes: [{ from: 'Pentagon briefing <https://www.defense.gov/News/>', to: null }] });
  });

  it('refuses unknown claims and unknown evidence with not_found, changing nothing', () => {
    const state = withClaim();
    for (const op of [
      { type: 'evidence:add', id: 'e1', input: { claimId: 'nope', url: 'https://x.org' } },
      { type: 'evidence:remove', input: { claimId: 'c1', evidenceId: 'nope' } },
      { type: 'evidence:remove', input: { claimId: 'nope', evidenceId: 'e1' } },
    ] as Operation[]) {
      const r = run(state, op);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('not_found');
    }
  });
});

describe('comments', () => {
  it('are added to the discussion with their mentions, without changing the claim', () => {
    const state = withClaim();
    const r = ok(run(state, { type: 'comment:create', id: 'm1', input: { claimId: 'c1', text: '@Layla the Pentagon said this in May' }, mentions: ['u-layla', 'u-layla'] }));
    expect(CommentSchema.parse(r.comment)).toEqual({
      id: 'm1',
      claimId: 'c1',
      articleId: 'a1',
      text: '@Layla the Pentagon said this in May',
      mentions: ['u-layla'],
      createdBy: 'Omar',
      createdById: 'u-omar',
      createdAt: omar.now,
    });
    expect(r.state.comments.m1).toBe(r.comment);
    expect(r.claim).toBe(state.claims.c1);
    expect(r.state.claims).toBe(state.claims);
    expect(r.history).toMatchObject({ id: 'comment:m1', action: 'commented', changes: [{ field: 'comment', to: r.comment!.text }] });
  });

  it('cannot be added to a deleted claim', () => {
    const deleted = ok(run(withClaim(), { type: 'claim:delete', input: { id: 'c1' } })).state;
    const r = run(deleted, { type: 'comment:create', id: 'm1', input: { claimId: 'c1', text: 'hello' }, mentions: [] });
    expect(r.ok).toBe(false);
  });
});
