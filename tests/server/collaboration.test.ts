import { describe, expect, it } from 'vitest';
import type { Claim, Comment } from '../../shared/domain/schemas.ts';
import type { JoinResult, MissedEvent } from '../../shared/protocol/events.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { emitRaw, nextEvent, PresenceView, startTestServer, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
const serverWith = scope.server;
async function joined(server: TestServer, name: string, role: Parameters<TestServer['connect']>[1] = 'reviewer') {
  const socket = await server.connect(name, role);
  const ack = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  if (!ack.ok) throw new Error(ack.error.code);
  return { socket, join: ack };
}
async function create(socket: TestClient, start: number, extra: Record<string, unknown> = {}): Promise<Claim> {
  const ack = await socket.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start, end: start + 12 }, ...extra });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.claim;
}

/** What a client does with a join answer: replays missed events on its old state, or takes the snapshot. */
function catchUp(old: { claims: Map<string, Claim>; comments: Map<string, Comment> }, join: JoinResult) {
  if (join.snapshot) return { claims: new Map(join.claims.map((c) => [c.id, c])), comments: new Map(join.comments.map((c) => [c.id, c])) };
  const claims = new Map(old.claims);
  const comments = new Map(old.comments);
  for (const e of join.missed as MissedEvent[]) {
    if (e.event === 'claim:deleted') claims.delete(e.payload.id);
    else if (e.event === 'comment:created') comments.set(e.payload.comment.id, e.payload.comment);
    else if (e.event === 'article:revised') for (const c of e.payload.claims) claims.set(c.id, c);
    else if (e.event === 'suggestion:dismissed') continue; // no claim or comment changed
    else if (e.event === 'article:published') continue; // the report, not the claims
    else claims.set(e.payload.claim.id, e.payload.claim);
  }
  return { claims, comments };
}

describe('sequence numbers and catching up', () => {
  it('disconnect, changes by others, reconnect with sinceSeq: the missed changes in order, ending in the server state', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b } = await joined(server, 'Omar', 'editor');
    const c1 = await create(a, 0);
    const c2 = await create(a, 100);
    const seen = await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!seen.ok || !seen.snapshot) throw new Error('expected a snapshot');
    expect(seen.seq).toBe(2);
    a.disconnect();

    // While Layla is away, Omar works.
    await b.emitWithAck('claim:update', { id: c1.id, baseVersion: 1, changes: { status: 'disputed' } });
    await b.emitWithAck('claim:delete', { id: c2.id });
    const c3 = await create(b, 200, { summary: 'new while away' });
    await b.emitWithAck('comment:create', { claimId: c1.id, text: 'See the Pentagon statement' });

    const { socket: again } = await joined(server, 'Layla');
    const back = await again.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: seen.seq });
    if (!back.ok) throw new Error(back.error.code);
    expect(back.snapshot).toBe(false);
    if (back.snapshot) return;
    expect(back.missed.map((e) => [e.seq, e.event])).toEqual([
      [3, 'claim:updated'],
      [4, 'claim:deleted'],
      [5, 'claim:created'],
      [6, 'comment:created'],
    ]);
    const state = catchUp({ claims: new Map(seen.claims.map((c) => [c.id, c])), comments: new Map() }, back);
    const truth = await again.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    if (!truth.ok || !truth.snapshot) throw new Error('expected a snapshot');
    expect([...state.claims.values()].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...truth.claims].sort((x, y) => x.id.localeCompare(y.id)));
    expect([...state.comments.values()]).toEqual(truth.comments);
    expect(state.claims.get(c3.id)?.summary).toBe('new while away');
  });

  it('when the log no longer reaches back (or the number is from the future) the join is a full snapshot', async () => {
    const server = await serverWith({ changeLogCap: 3 });
    const { socket } = await joined(server, 'Layla');
    for (let i = 0; i < 6; i++) await create(socket, i * 20);
    const old = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: 1 });
    expect(old).toMatchObject({ ok: true, snapshot: true, seq: 6 });
    if (old.ok && old.snapshot) expect(old.claims).toHaveLength(6);
    const recent = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: 3 });
    expect(recent.ok && !recent.snapshot && recent.missed.map((e) => e.seq)).toEqual([4, 5, 6]);
    const future = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: 99 });
    expect(future).toMatchObject({ ok: true, snapshot: true });
    const current = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, sinceSeq: 6 });
    expect(current).toMatchObject({ ok: true, snapshot: false, missed: [] });
  });

  it('every broadcast carries the next sequence number', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b } = await joined(server, 'Omar');
    const seqs: number[] = [];
    for (const e of ['claim:created', 'claim:updated', 'comment:created', 'claim:deleted', 'claim:restored'] as const) {
      b.on(e, (p: { seq: number }) => seqs.push(p.seq));
    }
    const claim = await create(a, 0);
    await a.emitWithAck('claim:update', { id: claim.id, changes: { note: 'x' } });
    await a.emitWithAck('evidence:add', { claimId: claim.id, url: 'https://example.org/report' });
    await a.emitWithAck('comment:create', { claimId: claim.id, text: 'hm' });
    await a.emitWithAck('claim:delete', { id: claim.id });
    await a.emitWithAck('claim:restore', { id: claim.id });
    await expect.poll(() => seqs).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('idempotent retries', () => {
  it('the same opId sent twice is applied once and both sends get the same result', async () => {
    const server = await serverWith();
    const { socket } = await joined(server, 'Layla');
    const payload = { opId: 'op-create-0001', articleId: SEED_ARTICLE_ID, target: { start: 0, end: 10 } };
    const first = await socket.emitWithAck('claim:create', payload);
    const retry = await socket.emitWithAck('claim:create', payload);
    expect(retry).toEqual(first);
    expect(Object.keys((await server.dump()).claims)).toHaveLength(1);

    // Sent twice at once (a retry racing the original): still once.
    const update = { opId: 'op-update-0001', id: (first as { claim: Claim }).claim.id, baseVersion: 1, changes: { status: 'verified' as const } };
    const [u1, u2] = await Promise.all([socket.emitWithAck('claim:update', update), socket.emitWithAck('claim:update', update)]);
    expect(u2).toEqual(u1);
    expect((await server.dump()).claims[(first as { claim: Claim }).claim.id]!.version).toBe(2);
    // And after a restart, a late retry is still recognised.
    await server.stop();
    const again = await startTestServer(server.file);
    scope.defer(() => again.stop());
    const s2 = await again.connect('Layla');
    expect(await s2.emitWithAck('claim:create', payload)).toEqual(first);
    expect(Object.keys((await again.dump()).claims)).toHaveLength(1);
  });

  it('acks carry the change\'s history entry, and null for an op that changed nothing', async () => {
    const server = await serverWith();
    const { socket } = await joined(server, 'Layla');
    const claim = await create(socket, 0);
    const changed = await socket.emitWithAck('claim:update', { id: claim.id, changes: { status: 'verified' } });
    expect(changed).toMatchObject({ ok: true, seq: 2, history: { action: 'updated', changes: [{ field: 'status', from: 'unreviewed', to: 'verified' }] } });
    const same = await socket.emitWithAck('claim:update', { id: claim.id, changes: { status: 'verified' } });
    expect(same).toMatchObject({ ok: true, seq: 2, history: null });
  });

  it('opIds are per person: the same opId from someone else is a different operation', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b } = await joined(server, 'Omar');
    const payload = { opId: 'shared-op-id-1', articleId: SEED_ARTICLE_ID, target: { start: 0, end: 10 } };
    await a.emitWithAck('claim:create', payload);
    await b.emitWithAck('claim:create', payload);
    expect(Object.keys((await server.dump()).claims)).toHaveLength(2);
  });
});

describe('presence', () => {
  it('shows which claim each person has open and their selection; throttles; ends with the latest state', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b, join } = await joined(server, 'Omar');
    const claim = await create(a, 0);
    const view = new PresenceView(b, SEED_ARTICLE_ID).since(join);
    const started = Date.now();
    for (let i = 0; i < 40; i++) {
      a.emit('presence:update', { articleId: SEED_ARTICLE_ID, claimId: claim.id, selection: { start: i, end: i + 5 } });
      await new Promise((r) => setTimeout(r, 5));
    }
    // The last state arrives (within a throttle period, or a little more on a busy machine).
    const layla = () => view.users.find((u) => u.name === 'Layla');
    await expect.poll(() => layla()?.selection, { timeout: 3000 }).toEqual({ start: 39, end: 44 });
    const elapsed = (Date.now() - started) / 1000;
    expect(view.changes.length).toBeGreaterThan(0);
    expect(view.changes.length).toBeLessThanOrEqual(Math.ceil(elapsed * 10) + 2);
    expect(layla()).toMatchObject({ claimId: claim.id });
    expect(JSON.stringify((await server.dump()))).not.toContain('"selection"'); // never stored
  });

  it('sends what changed, not the room: one person moving their selection among 30 is one entry', async () => {
    const server = await serverWith();
    const { socket: watcher, join } = await joined(server, 'Layla');
    const view = new PresenceView(watcher, SEED_ARTICLE_ID).since(join);
    const crowd = [await server.connect('Omar')];
    crowd.push(...(await Promise.all(Array.from({ length: 29 }, () => server.connect('Omar')))));
    await Promise.all(crowd.map((s) => s.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })));
    await expect.poll(() => view.users.length, { timeout: 5000 }).toBe(31);
    const heard = view.changes.length;
    const mover = crowd[7]!;
    mover.emit('presence:update', { articleId: SEED_ARTICLE_ID, claimId: null, selection: { start: 3, end: 9 } });
    await expect.poll(() => view.changes.length, { timeout: 3000 }).toBe(heard + 1);
    expect(view.changes.at(-1)).toEqual({ articleId: SEED_ARTICLE_ID, users: [expect.objectContaining({ id: mover.id, selection: { start: 3, end: 9 } })], left: [] });
    // And a leave is one id.
    const id = mover.id;
    mover.disconnect();
    await expect.poll(() => view.changes.length, { timeout: 3000 }).toBe(heard + 2);
    expect(view.changes.at(-1)).toEqual({ articleId: SEED_ARTICLE_ID, users: [], left: [id] });
    expect(view.users).toHaveLength(30);
  });

  it('a crowd joining at once is announced in a few messages, not one per person, and ends naming everyone', async () => {
    const server = await serverWith();
    const { socket: watcher, join } = await joined(server, 'Layla');
    const view = new PresenceView(watcher, SEED_ARTICLE_ID).since(join);
    // One account, 120 connections (as many tabs and phones): the account is made by the first.
    const crowd = [await server.connect('Omar')];
    crowd.push(...(await Promise.all(Array.from({ length: 119 }, () => server.connect('Omar')))));
    const started = Date.now();
    await Promise.all(crowd.map((s) => s.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })));
    await expect.poll(() => view.users.length, { timeout: 5000 }).toBe(121);
    const elapsed = (Date.now() - started) / 1000;
    // At most ten messages a second (and one at once), whatever the size of the crowd.
    expect(view.changes.length).toBeLessThanOrEqual(Math.ceil(elapsed * 10) + 2);
    expect(view.changes.length).toBeLessThan(120);
    // Each joiner was sent once.
    expect(view.changes.reduce((n, c) => n + c.users.length, 0)).toBe(120);
  });

  it('a watch-only join (the dashboard) follows changes without showing up as present', async () => {
    const server = await serverWith();
    const { socket: reader } = await joined(server, 'Layla');
    const dashboard = await server.connect('Mona', 'editor');
    const watch = await dashboard.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID, watch: true });
    expect(watch.ok && watch.users.map((u) => u.name)).toEqual(['Layla']);
    const heard = nextEvent(dashboard, 'claim:created');
    await create(reader, 0);
    expect((await heard).claim.createdBy).toBe('Layla');
  });

  it('a person who goes silent disappears once the heartbeat notices', async () => {
    const server = await serverWith({ heartbeat: { intervalMs: 100, timeoutMs: 100 } });
    const { socket: a, join } = await joined(server, 'Layla');
    const view = new PresenceView(a, SEED_ARTICLE_ID).since(join);
    const { socket: b } = await joined(server, 'Omar');
    await expect.poll(() => view.names()).toEqual(['Layla', 'Omar']);
    // Omar's laptop sleeps: his connection stops answering pings without closing.
    const raw = (b as unknown as { io: { engine: { transport: { ws: { _socket: { pause(): void; destroy(): void } } } } } }).io.engine;
    const tcp = raw.transport.ws._socket;
    tcp.pause();
    const started = Date.now();
    await expect.poll(() => view.names(), { timeout: 3000 }).toEqual(['Layla']);
    expect(Date.now() - started).toBeLessThan(2000);
    tcp.destroy();
  });
});

describe('accountability: history, comments, evidence, assignees', () => {
  it('records every kind of change with field, old and new value, who and when', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b } = await joined(server, 'Omar');
    const claim = await create(a, 0, { status: 'attributed', attributedTo: 'Western states' });
    await b.emitWithAck('claim:update', { id: claim.id, baseVersion: 1, changes: { status: 'disputed', note: 'no evidence' } });
    const ev = await b.emitWithAck('evidence:add', { claimId: claim.id, url: 'https://www.defense.gov/News/', title: 'Pentagon briefing' });
    const evidenceId = ev.ok ? ev.claim.evidence[0]!.id : '';
    await a.emitWithAck('evidence:remove', { claimId: claim.id, evidenceId });
    await a.emitWithAck('comment:create', { claimId: claim.id, text: 'Checked the wire copy' });
    await b.emitWithAck('claim:delete', { id: claim.id }).catch(() => null); // Omar may not delete Layla's claim
    await a.emitWithAck('claim:delete', { id: claim.id });
    await a.emitWithAck('claim:restore', { id: claim.id });

    const res = await server.fetch(`/api/claims/${claim.id}/history`, { as: 'Layla' });
    const { history } = await res.json();
    expect(history.map((h: { action: string; by: string }) => [h.action, h.by])).toEqual([
      ['created', 'Layla'],
      ['updated', 'Omar'],
      ['evidence_added', 'Omar'],
      ['evidence_removed', 'Layla'],
      ['commented', 'Layla'],
      ['deleted', 'Layla'],
      ['restored', 'Layla'],
    ]);
    expect(history[1].changes).toEqual([
      { field: 'status', from: 'attributed', to: 'disputed' },
      { field: 'note', from: '', to: 'no evidence' },
    ]);
    for (const h of history) expect(Date.parse(h.at)).not.toBeNaN();

    const feed = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/activity?limit=3`, { as: 'Layla' })).json();
    expect(feed.activity.map((h: { action: string }) => h.action)).toEqual(['restored', 'deleted', 'commented']);
  });

  it('comments reach everyone in the article, with @mentions resolved to accounts (Arabic names too)', async () => {
    const server = await serverWith();
    const { socket: a } = await joined(server, 'Layla');
    const { socket: b } = await joined(server, 'عمر الحسن');
    await server.login('Sara');
    const claim = await create(a, 0);
    const heard = nextEvent(b, 'comment:created');
    const ack = await a.emitWithAck('comment:create', { claimId: claim.id, text: '@عمر الحسن can you check this? cc @sara' });
    expect(ack.ok).toBe(true);
    const users = Object.values((await server.dump()).users);
    const idOf = (name: string) => users.find((u) => u.name === name)!.id;
    expect((await heard).comment.mentions.sort()).toEqual([idOf('عمر الحسن'), idOf('Sara')].sort());

    const { socket: viewer } = await joined(server, 'Vera', 'viewer');
    expect(await viewer.emitWithAck('comment:create', { claimId: claim.id, text: 'hi' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('evidence URLs must be http or https', async () => {
    const server = await serverWith();
    const { socket } = await joined(server, 'Layla');
    const claim = await create(socket, 0);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example.org/x', 'not a url', 'https://']) {
      expect(await emitRaw(socket, 'evidence:add', { claimId: claim.id, url })).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'url' } });
    }
    expect((await server.dump()).claims[claim.id]!.evidence).toEqual([]);
  });

  it('a claim can be assigned to an active colleague only', async () => {
    const server = await serverWith();
    const { socket } = await joined(server, 'Layla');
    const claim = await create(socket, 0);
    const omar = (await server.login('Omar')).user;
    const ok = await socket.emitWithAck('claim:update', { id: claim.id, changes: { assigneeId: omar.id } });
    expect(ok).toMatchObject({ ok: true, claim: { assigneeId: omar.id } });
    expect(await socket.emitWithAck('claim:update', { id: claim.id, changes: { assigneeId: 'nobody-1234' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'changes.assigneeId' },
    });
    expect((await socket.emitWithAck('claim:update', { id: claim.id, changes: { assigneeId: null } })).ok).toBe(true);
  });
});
