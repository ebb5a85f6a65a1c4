import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { clusterForFile } from '../helpers/cluster-nodes.ts';

const clusterNow = clusterForFile(2);

/** Ends every connection to the workspace's database but our own, as a failover or an operator would. */
async function dropConnections(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const r = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return r.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

const alive = (i: number) => clusterNow().nodes[i]!.child.exitCode === null && clusterNow().nodes[i]!.child.signalCode === null;

describe('PostgreSQL drops every connection of the nodes', () => {
  it('the nodes stay up, changes land again, and broadcasts reach the other node again', async () => {
    const writer = await clusterNow().connect('Writer', 0);
    const reader = await clusterNow().connect('Reader', 1);
    await writer.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    await reader.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    const heard = new Set<string>();
    reader.on('claim:created', ({ claim }: { claim: Claim }) => heard.add(claim.summary));

    let n = 0;
    let lastSeq = 0;
    const send = () => {
      const i = n++;
      return writer
        .timeout(3000)
        .emitWithAck('claim:create', { opId: `drop-test-${i}`, articleId: SEED_ARTICLE_ID, target: { start: i * 7, end: i * 7 + 5 }, summary: `change ${i}` })
        .then((ack: { ok: boolean; seq?: number }) => {
          if (ack.ok) lastSeq = Math.max(lastSeq, ack.seq!);
          return ack.ok ? `change ${i}` : null;
        })
        .catch(() => null);
    };
    const before = await send();
    expect(before).toBe('change 0');
    await expect.poll(() => heard.has('change 0'), { timeout: 5000 }).toBe(true);

    // Both nodes hold connections: the store's, the rate limiters', the adapter's LISTEN.
    expect(await dropConnections(clusterNow().url)).toBeGreaterThanOrEqual(4);

    // Changes sent from now on may be refused (storage_failed) while the pools reconnect, never lost silently.
    const deadline = Date.now() + 20_000;
    let landedAndHeard: string | null = null;
    while (!landedAndHeard && Date.now() < deadline) {
      const landed = await send();
      if (landed) {
        const until = Date.now() + 1500;
        while (!heard.has(landed) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        if (heard.has(landed)) landedAndHeard = landed;
      } else await new Promise((r) => setTimeout(r, 200));
    }
    expect(landedAndHeard).not.toBeNull();
    // Whatever the reader missed while the nodes were cut off, the beacon of its node says where the article is.
    const beacon = new Promise<number>((resolve) => reader.on('article:seq', ({ seq }) => seq >= lastSeq && resolve(seq)));
    expect(await beacon).toBe(lastSeq);
    expect(alive(0) && alive(1)).toBe(true);
    for (const node of clusterNow().nodes) {
      const health = await fetch(`${node.url}/api/health`);
      expect(health.status).toBe(200);
    }
  }, 60_000);
});
