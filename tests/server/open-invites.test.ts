import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredInvite } from '../../server/store/records.ts';
import type { WorkspaceMemory } from '../../server/store/memory/workspace-memory.ts';
import { startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

/**
 * The users page lists open invitations. A newsroom invites people for
 * years: the list must hold exactly what is open (not used, not revoked,
 * not expired), and reading it must cost what is open, not every
 * invitation ever made (an index on both stores).
 */
let server: TestServer;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  server = await startTestServer(join(t.dir, 'db.json'));
});
afterEach(async () => {
  await server.stop();
  cleanup();
});

const HOUR = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const invite = (createdAt: number, expiresAt: number, used = false): StoredInvite => ({
  role: 'reviewer', createdBy: 'u-admin', createdAt: iso(createdAt), expiresAt: iso(expiresAt), usedAt: used ? iso(createdAt + 1000) : null, usedBy: null,
});

/** 300 invitations of the past (used or expired) and three open ones, made directly in the store. */
async function manyInvites(): Promise<string[]> {
  const now = Date.now();
  await server.store.transact((tx) => {
    for (let i = 0; i < 300; i++) tx.putInvite(`old-${String(i).padStart(3, '0')}`, invite(now - 1000 * HOUR + i, i % 2 ? now - HOUR : now + 100 * HOUR, i % 2 === 0));
    tx.putInvite('open-b', invite(now - 2 * HOUR, now + HOUR));
    tx.putInvite('open-a', invite(now - 3 * HOUR, now + HOUR));
    tx.putInvite('open-c', invite(now - HOUR, now + 2 * HOUR));
  });
  return ['open-a', 'open-b', 'open-c'];
}

const listed = async () => ((await (await server.fetch('/api/invites', { as: 'Mona', role: 'admin' })).json()) as { invites: { id: string }[] }).invites.map((i) => i.id);

describe('open invitations', () => {
  it('lists exactly the open ones, oldest first, and a revoked or expiring one leaves the list', async () => {
    const open = await manyInvites();
    expect(await listed()).toEqual(open);
    expect((await server.fetch('/api/invites/open-b', { method: 'DELETE', as: 'Mona', role: 'admin' })).status).toBe(200);
    // Expires now: gone from the next listing, although nothing else changed.
    await server.store.transact(async (tx) => tx.putInvite('open-c', { ...(await tx.invite('open-c'))!, expiresAt: iso(Date.now() - 1) }));
    expect(await listed()).toEqual(['open-a']);
    // The records stay, as the account of what happened.
    expect((await server.store.invite('open-b'))?.usedAt).not.toBeNull();
    expect(await server.store.invite('old-000')).toBeDefined();
  });

  it('reads them through an index of the open ones, not a pass over every invitation', async () => {
    await manyInvites();
    await listed();
    if (server.kind === 'json') {
      // Used ones never entered it; expired ones left at the first listing that met them.
      const memory = (server.store as unknown as { memory: WorkspaceMemory }).memory;
      expect(memory.openInvites.size).toBe(3);
      return;
    }
    const client = new pg.Client({ connectionString: server.env.DATABASE_URL });
    await client.connect();
    try {
      // Ruling the sequential scan out shows whether an index can answer the store's own query at all.
      await client.query('SET enable_seqscan = off');
      const plan = await client.query(`EXPLAIN SELECT key, data FROM invites WHERE data->>'usedAt' IS NULL AND data->>'expiresAt' > $1 ORDER BY data->>'createdAt', key`, [iso(Date.now())]);
      expect(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')).toContain('invites_open_by_expiry');
    } finally {
      await client.end();
    }
  });
});
