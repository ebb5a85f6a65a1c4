import { describe, expect, it } from 'vitest';
import { emptyWorkspace, workspaceReducer } from './workspaceReducer.ts';
import { article, makeClaim } from '../test/fixtures.ts';

describe('workspaceReducer', () => {
  const claim = makeClaim('قال البنتاغون');
  const loaded = workspaceReducer(emptyWorkspace, { type: 'loaded', article, claims: [claim], users: [] });

  it('never replaces a claim with an older version (late ack or event)', () => {
    const newer = { ...claim, status: 'verified' as const, version: 3 };
    const state = workspaceReducer(loaded, { type: 'upsert', claim: newer });
    expect(workspaceReducer(state, { type: 'upsert', claim: { ...claim, version: 2 } }).claims[claim.id]).toBe(newer);
  });

  it('a join result replaces everything known, as after a reconnect', () => {
    const other = makeClaim('أول زيارة');
    const state = workspaceReducer(loaded, { type: 'loaded', article, claims: [other] });
    expect(Object.keys(state.claims)).toEqual([other.id]);
  });

  it('a remote delete marks the claim deleted and keeps it for a restore', () => {
    const state = workspaceReducer(loaded, { type: 'remoteDeleted', id: claim.id });
    expect(state.claims[claim.id]!.deleted).not.toBeNull();
    const restored = { ...claim, version: claim.version + 2 };
    expect(workspaceReducer(state, { type: 'upsert', claim: restored }).claims[claim.id]!.deleted).toBeNull();
  });
});

describe('workspaceReducer rollback', () => {
  const claim = makeClaim('أول زيارة');
  const state = workspaceReducer(emptyWorkspace, { type: 'loaded', article, claims: [claim] });
  const mine = { ...claim, status: 'verified' as const, version: claim.version + 1 };

  it('puts the previous claim back when the optimistic one is still shown', () => {
    const optimistic = workspaceReducer(state, { type: 'set', claim: mine });
    expect(workspaceReducer(optimistic, { type: 'rollback', applied: mine, previous: claim }).claims[claim.id]).toBe(claim);
  });

  it('keeps a colleague’s newer claim that arrived meanwhile', () => {
    const optimistic = workspaceReducer(state, { type: 'set', claim: mine });
    const theirs = { ...claim, summary: 'theirs', version: claim.version + 2 };
    const after = workspaceReducer(optimistic, { type: 'upsert', claim: theirs });
    expect(workspaceReducer(after, { type: 'rollback', applied: mine, previous: claim }).claims[claim.id]).toBe(theirs);
  });
});
