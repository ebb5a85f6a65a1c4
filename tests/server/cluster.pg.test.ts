import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import type { ChangePayloads } from '../../shared/protocol/events.ts';
import { clusterForFile } from '../helpers/cluster-nodes.ts';
import { nextEvent, PresenceView, type TestClient } from '../helpers/test-server.ts';

/** Three server processes on one PostgreSQL database, clients spread over them. */
const clusterNow = clusterForFile(3);

const span = (i: number) => ({ start: (i * 7) % 2300, end: ((i * 7) % 2300) + 12 });
type Created = Extract<Awaited<ReturnType<TestClient['emitWithAck']>>, { claim: Claim }>;

async function joined(name: string, node: number): Promise<TestClient> {
  const socket = await clusterNow().connect(name, node);
  const ack = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  if (!ack.ok) throw new Error(ack.error.code);
  return socket;
}

describe('several nodes on one database', () => {
  it('a change made on one node reaches clients on the others within a second', async () => {
    const [a, b, c] = [await joined('Layla', 0), await joined('Omar', 1), await joined('Sara', 2)];
    const heardB = nextEvent(b, 'claim:created', 1000);
    const heardC = nextEvent(c, 'claim:created', 1000);
    const ack = (await a.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: span(1), summary: 'from node one' })) as Created;
    expect(ack.ok).toBe(true);
    expect((await heardB).claim).toEqual(ack.claim);
    expect((await heardC).claim).toEqual(ack.claim);
  });

  it('300 concurrent changes to one article over three nodes: all acked, one gap-free sequence, the same from every node', async () => {
    const writers = await Promise.all([0, 1, 2].map((n) => joined(`Writer ${n}`, n)));
    const watchers = await Promise.all([0, 1, 2].map((n) => joined(`Watcher ${n}`, n)));
    const base = (await watchers[0]!.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })) as { seq: number };
    const heard = watchers.map(() => new Map<number, string>());
    watchers.forEach((w, i) => w.on('claim:created', (p: ChangePayloads['claim:created']) => heard[i]!.set(p.seq, p.claim.id)));

    const acks = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        writers[i % 3]!.timeout(30_000).emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: span(i + 10), summary: `change ${i}` }),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const seqs = acks.map((a) => (a as Created).seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => base.seq + 1 + i));

    // Every watcher hears every change (the writer's own node and the others), each number once, with the same claim.
    const bySeq = new Map(acks.map((a) => [(a as Created).seq, (a as Created).claim.id]));
    const deadline = Date.now() + 5000;
    while (heard.some((h) => h.size < 300) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const h of heard) expect([...h.entries()].sort((x, y) => x[0] - y[0])).toEqual([...bySeq.entries()].sort((x, y) => x[0] - y[0]));
  });

  it('a stale change on one node conflicts with a newer one made on another; different fields merge', async () => {
    const [a, b] = [await joined('Layla', 0), await joined('Omar', 1)];
    const created = (await a.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: span(500) })) as Created;
    const first = await a.emitWithAck('claim:update', { id: created.claim.id, baseVersion: 1, changes: { status: 'verified' } });
    expect(first).toMatchObject({ ok: true, claim: { version: 2 } });
    const stale = await b.emitWithAck('claim:update', { id: created.claim.id, baseVersion: 1, changes: { status: 'disputed' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' }, current: { status: 'verified', version: 2 } });
    const other = await b.emitWithAck('claim:update', { id: created.claim.id, baseVersion: 1, changes: { note: 'checked' } });
    expect(other).toMatchObject({ ok: true, claim: { status: 'verified', note: 'checked', version: 3 } });
  });

  it('one opId sent to two nodes at once is applied once, and both get the same answer', async () => {
    const [on0, on1] = [await clusterNow().connect('Rana', 0), await clusterNow().connect('Rana', 1)];
    const payload = { opId: 'cluster-op-000001', articleId: SEED_ARTICLE_ID, target: span(700), summary: 'sent twice' };
    const [x, y] = await Promise.all([on0.emitWithAck('claim:create', payload), on1.emitWithAck('claim:create', payload)]);
    expect(x.ok).toBe(true);
    expect(y).toEqual(x);
    const db = await PgWorkspaceStore.readOnly(clusterNow().url);
    const claims = Object.values((await db.dump()).claims).filter((c) => c.summary === 'sent twice');
    await db.close();
    expect(claims).toHaveLength(1);
  });

  it('presence lists the people connected to the other nodes', async () => {
    const a = await clusterNow().connect('Presence A', 0);
    const view = new PresenceView(a, SEED_ARTICLE_ID).since(await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID }));
    const b = await joined('Presence B', 1);
    await joined('Presence C', 2);
    // Only what changed crosses: A hears B and C join on the other nodes, then B leave.
    await expect.poll(() => view.names().filter((n) => n.startsWith('Presence ')).sort(), { timeout: 5000 }).toEqual(['Presence A', 'Presence B', 'Presence C']);
    b.disconnect();
    await expect.poll(() => view.names().filter((n) => n.startsWith('Presence ')).sort(), { timeout: 5000 }).toEqual(['Presence A', 'Presence C']);
  });
});
