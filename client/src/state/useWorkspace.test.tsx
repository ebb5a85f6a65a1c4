// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { WireOp } from '../realtime/wire.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { useWorkspace } from './useWorkspace.ts';
import { GAP_GRACE_MS } from './useArticleSync.ts';
import { loadCachedWorkspace } from './workspaceCache.ts';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ article, claims: [] }))));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const layla = { id: 'u-layla', name: 'Layla' };
const span = (find: string) => {
  const body = article.body.join('\n\n');
  const start = [...body.slice(0, body.indexOf(find))].length;
  return { start, end: start + [...find].length };
};
const createOp = (find: string): WireOp => ({ event: 'claim:create', payload: { articleId: article.id, target: span(find) } });

/** The claims and comments as the server has them and as the hook shows them, comparable. */
const serverView = (server: FakeServer) => ({
  claims: server.liveClaims(),
  comments: server.liveComments().sort((a, b) => a.id.localeCompare(b.id)),
});
function shownView(ws: ReturnType<typeof useWorkspace>) {
  const live = new Set(ws.claims.map((c) => c.id));
  return { claims: ws.claims, comments: ws.comments.filter((c) => live.has(c.claimId)).sort((a, b) => a.id.localeCompare(b.id)) };
}

async function open(server = new FakeServer(), rt = new FakeRealtime(server, layla)) {
  const hook = renderHook(() => useWorkspace(rt, article.id, layla));
  act(() => rt.setState('connected'));
  await waitFor(() => expect(hook.result.current.seq).toBe(server.seq));
  return { server, rt, hook, ws: () => hook.result.current };
}

/** A claim Omar made, already known to everyone. */
function seeded() {
  const server = new FakeServer();
  const ack = server.apply(createOp('قال البنتاغون'), { id: 'u-omar', name: 'Omar' }).ack;
  if (!ack.ok) throw new Error('seed refused');
  return { server, claim: ack.claim! };
}

describe('useWorkspace: changes while connected', () => {
  it('shows a change at once, sends it with an opId and the base version, and settles on the ack', async () => {
    const { server, claim } = seeded();
    const { rt, ws } = await open(server);
    act(() => void ws().actions.updateClaim(claim.id, { status: 'disputed' }, claim.version));
    await waitFor(() => expect(ws().pending.count).toBe(0));
    expect(rt.sent[0]).toMatchObject({ event: 'claim:update', payload: { id: claim.id, baseVersion: 1, opId: expect.stringMatching(/^[\w-]{8,64}$/) } });
    expect(ws().claims[0]!.status).toBe('disputed');
    expect(ws().seq).toBe(server.seq);
    expect(shownView(ws())).toEqual(serverView(server));
  });

  it('a change the server refuses disappears and says why; we catch up on what we missed', async () => {
    const { server, claim } = seeded();
    const { rt, ws } = await open(server);
    rt.dropBroadcasts = true;
    rt.colleague({ event: 'claim:delete', payload: { id: claim.id } }); // we never hear of it
    act(() => void ws().actions.updateClaim(claim.id, { summary: 'too late' }, claim.version));
    await waitFor(() => expect(ws().notice).toBe('Your change to a claim was not saved: No such item. Your text: “too late”'));
    await waitFor(() => expect(ws().claims).toHaveLength(0));
    expect(rt.joins).toEqual([undefined, 1]);
  });

  it('refuses at once, without queueing, what cannot apply here', async () => {
    const { ws } = await open();
    let result!: ReturnType<ReturnType<typeof useWorkspace>['actions']['createClaim']>;
    act(() => void (result = ws().actions.createClaim(0, 99_999)));
    expect(result).toMatchObject({ ok: false, error: { code: 'range_out_of_bounds' } });
    expect(ws().pending.count).toBe(0);
  });
});

describe('useWorkspace: sequence numbers', () => {
  it('applies colleagues’ broadcasts for this article only', async () => {
    const { rt, ws, server } = await open();
    act(() => void rt.colleague(createOp('أول زيارة')));
    act(() => rt.emit('claim:created', { articleId: 'another', seq: 99, claim: { ...server.liveClaims()[0]!, id: 'zz' }, history: undefined as never }));
    expect(ws().claims.map((c) => c.id)).toEqual(server.liveClaims().map((c) => c.id));
  });

  it('a lost broadcast is noticed at the next one and, when it does not come late, caught up with sinceSeq', async () => {
    const { rt, ws, server } = await open();
    act(() => void rt.colleague(createOp('قال البنتاغون')));
    rt.dropBroadcasts = true;
    act(() => void rt.colleague(createOp('أول زيارة')));
    rt.dropBroadcasts = false;
    act(() => void rt.colleague(createOp('حسب الكرملين')));
    // The third waits for the second (it may only be late) before anyone asks the server.
    expect(ws().seq).toBe(1);
    expect(rt.joins).toEqual([undefined]);
    await waitFor(() => expect(ws().seq).toBe(3), { timeout: GAP_GRACE_MS + 2000 });
    expect(rt.joins).toEqual([undefined, 1]);
    expect(shownView(ws())).toEqual(serverView(server));
  });
  it('a lost broadcast with no change after it is caught up when the server says the article is further on', async () => {
    const { rt, ws, server } = await open();
    rt.dropBroadcasts = true;
    act(() => void rt.colleague(createOp('أول زيارة')));
    rt.dropBroadcasts = false;
    expect(ws().seq).toBe(0);
    act(() => rt.emit('article:seq', { articleId: article.id, seq: server.seq }));
    await waitFor(() => expect(ws().seq).toBe(1), { timeout: GAP_GRACE_MS + 2000 });
    expect(rt.joins).toEqual([undefined, 0]);
    expect(shownView(ws())).toEqual(serverView(server));
  });
});

describe('useWorkspace: offline and back', () => {
  it('queues changes while offline (pending), then catches up and replays them in order', async () => {
    const { server, claim } = seeded();
    const { rt, ws } = await open(server);
    act(() => rt.setState('disconnected'));
    act(() => {
      ws().actions.updateClaim(claim.id, { status: 'verified' }, claim.version);
      ws().actions.addComment(claim.id, 'Checked against the briefing');
    });
    expect(ws().pending.count).toBe(2);
    expect(ws().pending.claims.has(claim.id)).toBe(true);
    expect(ws().claims[0]!.status).toBe('verified');
    expect(ws().comments).toHaveLength(1);
    expect(rt.sent).toEqual([]);
    // Meanwhile Omar works on another claim.
    rt.colleague(createOp('أول زيارة'));
    act(() => rt.setState('connected'));
    await waitFor(() => expect(ws().pending.count).toBe(0));
    await waitFor(() => expect(ws().seq).toBe(server.seq));
    expect(rt.joins).toEqual([undefined, 1]);
    expect(rt.sent.map((op) => op.event)).toEqual(['claim:update', 'comment:create']);
    expect(shownView(ws())).toEqual(serverView(server));
  });

  it('a claim captured offline, then edited and discussed, is created once and the rest lands on it', async () => {
    const { rt, ws, server } = await open();
    act(() => rt.setState('disconnected'));
    let tempId = '';
    act(() => {
      const r = ws().actions.createClaim(span('أول زيارة').start, span('أول زيارة').end, 'disputed');
      if (r.ok) tempId = r.claimId;
    });
    act(() => void ws().actions.updateClaim(tempId, { summary: 'First visit' }, 1));
    act(() => void ws().actions.addComment(tempId, 'check the 25 years'));
    expect(ws().claims.map((c) => [c.id, c.summary])).toEqual([[tempId, 'First visit']]);
    act(() => rt.setState('connected'));
    await waitFor(() => expect(ws().pending.count).toBe(0));
    const real = server.liveClaims()[0]!;
    expect(ws().aliases[tempId]).toBe(real.id);
    expect(real).toMatchObject({ summary: 'First visit', status: 'disputed' });
    expect(server.liveComments().map((c) => c.claimId)).toEqual([real.id]);
    await waitFor(() => expect(shownView(ws())).toEqual(serverView(server)));
  });

  it('a reload keeps the queue and the last known state, and the next join only asks for what changed', async () => {
    const { server, claim } = seeded();
    const first = await open(server);
    act(() => first.rt.setState('disconnected'));
    act(() => void first.ws().actions.updateClaim(claim.id, { note: 'written offline' }, claim.version));
    // The saved copy is written at most every 300 ms: wait until it holds what the reload needs.
    await waitFor(() => expect(loadCachedWorkspace(layla.id, article.id)?.claims.map((c) => c.id)).toContain(claim.id));
    first.hook.unmount();

    const rt = new FakeRealtime(server, layla);
    const hook = renderHook(() => useWorkspace(rt, article.id, layla));
    expect(hook.result.current.claims[0]!.note).toBe('written offline');
    expect(hook.result.current.pending.count).toBe(1);
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.pending.count).toBe(0));
    expect(rt.joins).toEqual([1]);
    expect(server.liveClaims()[0]!.note).toBe('written offline');
  });

  it('a conflict found on replay is parked; "Keep mine" re-sends on their version', async () => {
    const { server, claim } = seeded();
    const { rt, ws } = await open(server);
    act(() => rt.setState('disconnected'));
    act(() => void ws().actions.updateClaim(claim.id, { status: 'verified' }, claim.version));
    rt.colleague({ event: 'claim:update', payload: { id: claim.id, changes: { status: 'disputed' }, baseVersion: 1 } });
    act(() => rt.setState('connected'));
    await waitFor(() => expect(ws().conflicts).toHaveLength(1));
    expect(ws().conflicts[0]!.current).toMatchObject({ status: 'disputed', updatedBy: 'Omar' });
    expect(ws().claims[0]!.status).toBe('disputed'); // never silently overwritten, in either direction
    act(() => ws().actions.resolveConflict(ws().conflicts[0]!.entry.opId, 'mine'));
    await waitFor(() => expect(server.liveClaims()[0]!.status).toBe('verified'));
    expect(rt.sent.at(-1)).toMatchObject({ payload: { baseVersion: 2 } });
    await waitFor(() => expect(ws().conflicts).toHaveLength(0));
  });

  it('a lost ack is retried with the same opId and applied once', async () => {
    const { server, claim } = seeded();
    const { rt, ws } = await open(server);
    rt.loseAcks = 1;
    act(() => void ws().actions.addComment(claim.id, 'only once'));
    await waitFor(() => expect(ws().pending.count).toBe(0), { timeout: 3000 });
    expect(rt.sent).toHaveLength(2);
    expect(new Set(rt.sent.map((op) => (op.payload as { opId: string }).opId)).size).toBe(1);
    expect(server.liveComments()).toHaveLength(1);
    await waitFor(() => expect(shownView(ws())).toEqual(serverView(server)));
  });
});
