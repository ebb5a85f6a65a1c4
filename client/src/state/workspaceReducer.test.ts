import { describe, expect, it } from 'vitest';
import { claimsInReadingOrder } from '../../../shared/ops/apply.ts';
import type { WireOp } from '../realtime/wire.ts';
import { FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { emptyWorkspace, workspaceReducer, type Change, type WorkspaceAction, type WorkspaceData } from './workspaceReducer.ts';

const omar = { id: 'u-omar', name: 'Omar' };
const layla = { id: 'u-layla', name: 'Layla' };
const by = { name: 'Layla', id: 'u-layla', at: '2024-07-04T12:00:00.000Z' };

const span = (find: string) => {
  const body = article.body.join('\n\n');
  const start = [...body.slice(0, body.indexOf(find))].length;
  return { start, end: start + [...find].length };
};
const create = (find: string): WireOp => ({ event: 'claim:create', payload: { articleId: article.id, target: span(find) } });
const update = (id: string, changes: object, baseVersion?: number): WireOp =>
  ({ event: 'claim:update', payload: { id, changes, ...(baseVersion ? { baseVersion } : {}) } }) as WireOp;

const reduce = (state: WorkspaceData, ...actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, state);
const joined = (server: FakeServer, since?: number): WorkspaceAction => ({ type: 'joined', result: server.join(since) });

/** The part of the state the server decides: live claims and their comments. */
function visible(state: { claims: Readonly<Record<string, unknown>>; comments: Readonly<Record<string, unknown>> } | WorkspaceData) {
  const claims = claimsInReadingOrder(Object.values((state as WorkspaceData).claims), article.id);
  const live = new Set(claims.map((c) => c.id));
  const comments = Object.values((state as WorkspaceData).comments)
    .filter((c) => live.has(c.claimId))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { claims, comments };
}
const serverView = (server: FakeServer) => ({ claims: server.liveClaims(), comments: server.liveComments().sort((a, b) => a.id.localeCompare(b.id)) });

/** A scripted session of colleagues' changes; returns the broadcasts in order. */
function busyDay(server: FakeServer): Change[] {
  const changes: Change[] = [];
  const run = (op: WireOp) => {
    const { ack, change } = server.apply(op, omar);
    if (change) changes.push(change);
    return ack;
  };
  const a = run(create('قال البنتاغون'));
  const b = run(create('أول زيارة منذ 24 عامًا'));
  const aId = a.ok ? a.claim!.id : '';
  const bId = b.ok ? b.claim!.id : '';
  run(update(aId, { status: 'disputed' }, 1));
  run({ event: 'comment:create', payload: { claimId: aId, text: 'source?' } });
  run({ event: 'evidence:add', payload: { claimId: bId, url: 'https://example.org/visit' } });
  run({ event: 'claim:delete', payload: { id: bId } });
  run({ event: 'claim:restore', payload: { id: bId } });
  run(update(bId, { summary: 'First visit in 24 years', assigneeId: 'u-layla' }, 4));
  run({ event: 'claim:delete', payload: { id: aId } });
  return changes;
}

describe('catching up', () => {
  it('a snapshot join gives exactly the server state and its seq', () => {
    const server = new FakeServer();
    busyDay(server);
    const state = reduce(emptyWorkspace, joined(server));
    expect(state.seq).toBe(server.seq);
    expect(visible(state)).toEqual(serverView(server));
  });

  it('missed events applied in order end exactly in the server state', () => {
    const server = new FakeServer();
    const start = reduce(emptyWorkspace, joined(server));
    busyDay(server);
    const state = reduce(start, joined(server, start.seq!));
    expect(server.join(0).snapshot).toBe(false);
    expect(state.seq).toBe(server.seq);
    expect(visible(state)).toEqual(serverView(server));
    expect(state.liveHistory.map((h) => h.action)).toContain('evidence_added');
  });

  it('a catch-up from the middle, after some live broadcasts, ends in the same state', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const changes = busyDay(server);
    for (const c of changes.slice(0, 4)) state = workspaceReducer(state, { type: 'change', change: c });
    expect(state.seq).toBe(4);
    state = reduce(state, joined(server, state.seq!));
    expect(visible(state)).toEqual(serverView(server));
  });

  it('a delete and restore heard live keep versions in step with the server', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    for (const c of busyDay(server)) state = workspaceReducer(state, { type: 'change', change: c });
    for (const claim of Object.values(server.state.claims)) expect(state.claims[claim.id]!.version).toBe(claim.version);
    expect(visible(state)).toEqual(serverView(server));
  });

  it('a catch-up the log no longer reaches gets a snapshot, which replaces everything', () => {
    const server = new FakeServer();
    server.logCap = 3;
    const start = reduce(emptyWorkspace, joined(server));
    busyDay(server);
    const result = server.join(start.seq!);
    expect(result.snapshot).toBe(true);
    expect(visible(reduce(start, { type: 'joined', result }))).toEqual(serverView(server));
  });

  it('a cached copy (restored) catches up from its own seq', () => {
    const server = new FakeServer();
    const changes = busyDay(server);
    let cached = reduce(emptyWorkspace, joined(new FakeServer()));
    for (const c of changes.slice(0, 2)) cached = workspaceReducer(cached, { type: 'change', change: c });
    const restored = workspaceReducer(emptyWorkspace, {
      type: 'restored',
      article,
      claims: Object.values(cached.claims),
      comments: Object.values(cached.comments),
      seq: cached.seq!,
    });
    expect(visible(reduce(restored, joined(server, restored.seq!)))).toEqual(serverView(server));
  });
});

describe('sequence gaps', () => {
  it('a broadcast past seq+1 is not applied and marks a gap; the catch-up clears it', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const changes = busyDay(server);
    state = workspaceReducer(state, { type: 'change', change: changes[0]! });
    state = workspaceReducer(state, { type: 'change', change: changes[2]! }); // the second one was lost
    expect(state.seq).toBe(1);
    expect(state.gapAt).toBe(3);
    state = reduce(state, joined(server, state.seq!));
    expect(state.gapAt).toBeNull();
    expect(visible(state)).toEqual(serverView(server));
  });

  it('broadcasts that overtook each other are applied in seq order once the late one arrives, without a catch-up', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const changes = busyDay(server);
    expect(changes.length).toBeGreaterThanOrEqual(4);
    const [first, second, third, fourth] = changes;
    state = workspaceReducer(state, { type: 'change', change: fourth! });
    state = workspaceReducer(state, { type: 'change', change: second! });
    expect(state.seq).toBe(0);
    expect(state.gapAt).toBe(4);
    state = workspaceReducer(state, { type: 'change', change: first! });
    expect(state.seq).toBe(2);
    expect(state.gapAt).toBe(4);
    state = workspaceReducer(state, { type: 'change', change: third! });
    expect(state.seq).toBe(4);
    expect(state.gapAt).toBeNull();
    expect(state.early).toEqual({});
    for (const later of changes.slice(4)) state = workspaceReducer(state, { type: 'change', change: later });
    expect(visible(state)).toEqual(serverView(server));
  });

  it('our own ack that overtook a colleague’s broadcast waits for it, then counts', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const theirs = server.apply(create('أول زيارة منذ 24 عامًا'), omar);
    const op = create('قال البنتاغون');
    const { ack } = server.apply(op, layla);
    if (!ack.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op, ack, by });
    expect(state.gapAt).toBe(2);
    state = workspaceReducer(state, { type: 'change', change: theirs.change! });
    expect(state.seq).toBe(2);
    expect(state.gapAt).toBeNull();
    expect(visible(state)).toEqual(serverView(server));
  });

  it('a catch-up that covers held changes forgets them', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const changes = busyDay(server);
    state = workspaceReducer(state, { type: 'change', change: changes[2]! });
    state = reduce(state, joined(server, state.seq!));
    expect(state.gapAt).toBeNull();
    expect(state.early).toEqual({});
    expect(visible(state)).toEqual(serverView(server));
  });

  it('the server’s word of a later seq (a broadcast lost on the way) opens a gap; an equal or older one does not', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const [first] = busyDay(server);
    state = workspaceReducer(state, { type: 'change', change: first! });
    expect(workspaceReducer(state, { type: 'heard-seq', seq: 1 })).toBe(state);
    state = workspaceReducer(state, { type: 'heard-seq', seq: server.seq });
    expect(state.gapAt).toBe(server.seq);
    state = reduce(state, joined(server, state.seq!));
    expect(state.gapAt).toBeNull();
    expect(visible(state)).toEqual(serverView(server));
  });

  it('a seq heard of a change that never came (refused after all) is dropped by the next join, which keeps only what it backs', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    state = workspaceReducer(state, { type: 'heard-seq', seq: server.seq + 1 });
    expect(state.gapAt).toBe(server.seq + 1);
    state = reduce(state, joined(server, state.seq!));
    expect(state.gapAt).toBeNull();
    expect(visible(state)).toEqual(serverView(server));
  });

  it('an old or repeated broadcast changes nothing', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const [first] = busyDay(server);
    state = workspaceReducer(state, { type: 'change', change: first! });
    expect(workspaceReducer(state, { type: 'change', change: first! })).toBe(state);
  });

  it('broadcasts before the first numbered state are left to the join', () => {
    const server = new FakeServer();
    const [first] = busyDay(server);
    expect(workspaceReducer(emptyWorkspace, { type: 'change', change: first! })).toBe(emptyWorkspace);
  });
});

describe('acks of our own changes', () => {
  it('an ack numbered seq+1 is applied and advances seq (we get no broadcast of our own change)', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const op = create('قال البنتاغون');
    const { ack } = server.apply(op, layla);
    if (!ack.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op, ack, by });
    expect(state.seq).toBe(1);
    expect(visible(state)).toEqual(serverView(server));
  });

  it('an ack past seq+1 marks a gap instead (a colleague’s change came first and was lost)', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    server.apply(create('أول زيارة منذ 24 عامًا'), omar);
    const op = create('قال البنتاغون');
    const { ack } = server.apply(op, layla);
    if (!ack.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op, ack, by });
    expect(state.seq).toBe(0);
    expect(state.gapAt).toBe(2);
    expect(visible(reduce(state, joined(server, 0)))).toEqual(serverView(server));
  });

  it('an ack for a change that changed nothing never stands in for a colleague’s change', () => {
    const server = new FakeServer();
    const created = server.apply(create('قال البنتاغون'), omar).ack;
    const id = created.ok ? created.claim!.id : '';
    let state = reduce(emptyWorkspace, joined(server));
    // Omar comments (the claim does not move); we miss it, then ask for what the claim already is.
    server.apply({ event: 'comment:create', payload: { claimId: id, text: 'see the briefing' } }, omar);
    const op = update(id, { status: 'unreviewed' });
    const { ack } = server.apply(op, layla);
    if (!ack.ok) throw new Error('refused');
    expect(ack.seq).toBe(2);
    state = workspaceReducer(state, { type: 'acked', op, ack, by });
    expect(state.seq).toBe(1);
    expect(state.gapAt).toBe(2);
    expect(visible(reduce(state, joined(server, 1)))).toEqual(serverView(server));
  });

  it('a no-op ack whose claim moved by exactly one version leaves the state the server has', () => {
    const server = new FakeServer();
    const created = server.apply(create('قال البنتاغون'), omar).ack;
    const id = created.ok ? created.claim!.id : '';
    let state = reduce(emptyWorkspace, joined(server));
    // Omar sets "disputed"; we miss it and ask for the same: the server changes nothing.
    server.apply(update(id, { status: 'disputed' }), omar);
    const op = update(id, { status: 'disputed' });
    const { ack } = server.apply(op, layla);
    if (!ack.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op, ack, by });
    expect(state.seq).toBe(server.seq);
    expect(visible(state)).toEqual(serverView(server));
  });

  it('an ack already covered by a catch-up is ignored', () => {
    const server = new FakeServer();
    let state = reduce(emptyWorkspace, joined(server));
    const op = create('قال البنتاغون');
    const { ack } = server.apply(op, layla);
    state = reduce(state, joined(server, 0));
    if (!ack.ok) throw new Error('refused');
    expect(workspaceReducer(state, { type: 'acked', op, ack, by })).toBe(state);
  });

  it('a delete we made mirrors the server’s version, so a later restore follows on', () => {
    const server = new FakeServer();
    const created = server.apply(create('قال البنتاغون'), layla).ack;
    const id = created.ok ? created.claim!.id : '';
    let state = reduce(emptyWorkspace, joined(server));
    const del: WireOp = { event: 'claim:delete', payload: { id } };
    const d = server.apply(del, layla).ack;
    if (!d.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op: del, ack: d, by });
    expect(state.claims[id]).toMatchObject({ version: server.state.claims[id]!.version, deleted: { by: 'Layla' } });
    const res: WireOp = { event: 'claim:restore', payload: { id } };
    const r = server.apply(res, layla).ack;
    if (!r.ok) throw new Error('refused');
    state = workspaceReducer(state, { type: 'acked', op: res, ack: r, by });
    expect(state.seq).toBe(server.seq);
    expect(visible(state)).toEqual(serverView(server));
  });
});

describe('the REST preview', () => {
  it('shows claims until the join, and never overrides a numbered state', () => {
    const server = new FakeServer();
    busyDay(server);
    const preview = workspaceReducer(emptyWorkspace, { type: 'preview', article, claims: server.liveClaims() });
    expect(preview.seq).toBeNull();
    const state = reduce(preview, joined(server));
    expect(workspaceReducer(state, { type: 'preview', article, claims: [] })).toBe(state);
  });
});
