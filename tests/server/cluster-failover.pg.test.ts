import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import { clusterForFile } from '../helpers/cluster-nodes.ts';
import { PresenceView, type TestClient } from '../helpers/test-server.ts';

const clusterNow = clusterForFile(3);

const PLANNED = 40;
const WRITERS = 3;

/**
 * A writer works through a planned list of changes, each with its own opId,
 * on one node; when its connection dies it connects to another node and
 * sends again every change it has no ack for (the opId makes a change that
 * did land apply once).
 */
async function writer(name: string, nodes: number[], acked: Set<string>, started: () => void): Promise<void> {
  let node = 0;
  let socket: TestClient = await clusterNow().connect(name, nodes[node]!);
  await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  started();
  for (let i = 0; i < PLANNED; ) {
    const opId = `${name.replace(/\W/g, '')}-op-${String(i).padStart(4, '0')}`;
    const ack = await socket
      .timeout(3000)
      .emitWithAck('claim:create', { opId, articleId: SEED_ARTICLE_ID, target: { start: i * 11, end: i * 11 + 9 }, summary: `${name} ${i}` })
      .catch(() => null);
    if (ack?.ok) {
      acked.add(`${name} ${i}`);
      i++;
      continue;
    }
    // No ack: the node is gone (or going). Finish the work on the next one.
    socket.close();
    node = Math.min(node + 1, nodes.length - 1);
    socket = await clusterNow().connect(name, nodes[node]!);
  }
  socket.close();
}

describe('a node dies under load', () => {
  it('loses no acked change, its clients finish their work on another node, and its people leave presence', async () => {
    const watcher = await clusterNow().connect('Watcher', 0);
    const present = new PresenceView(watcher, SEED_ARTICLE_ID);
    present.since(await watcher.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID }));

    const acked = new Set<string>();
    let running = 0;
    const work = Array.from({ length: WRITERS }, (_, w) => writer(`Writer ${w}`, [2, 0], acked, () => running++));
    while (running < WRITERS) await new Promise((r) => setTimeout(r, 10));
    // The writers on node 2 show up in presence on node 0.
    while (!present.names().includes('Writer 0')) await new Promise((r) => setTimeout(r, 20));
    while (acked.size < 10) await new Promise((r) => setTimeout(r, 5));
    await clusterNow().kill(2);
    await Promise.all(work);

    expect(acked.size).toBe(PLANNED * WRITERS);
    const db = await PgWorkspaceStore.readOnly(clusterNow().url);
    const summaries = Object.values((await db.dump()).claims).map((c) => c.summary);
    await db.close();
    // Every change is there, and none twice (retried changes applied once).
    expect(summaries.filter((s) => s.startsWith('Writer ')).sort()).toEqual([...acked].sort());

    // The people of the dead node leave presence once its heartbeats stop (three missed: 6 s).
    await expect.poll(() => present.names(), { timeout: 15_000, interval: 100 }).toEqual(['Watcher']);
  }, 60_000);
});
