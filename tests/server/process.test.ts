import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { runServerExpectingFailure, seedAccount, spawnServer } from '../helpers/server-process.ts';
import { tempDir, type TestClient } from '../helpers/test-server.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('the server process', () => {
  it('on SIGTERM finishes the pending write and exits cleanly; every acked change is on disk', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'db.json');
    const cookie = await seedAccount(file, 'Layla', 'reviewer');
    const server = await spawnServer(file);
    cleanups.push(() => server.child.kill('SIGKILL'));

    const client: TestClient = io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false });
    await new Promise((r) => client.once('connect', () => r(null)));
    expect((await client.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })).ok).toBe(true);

    // A burst of creates, then SIGTERM as soon as the first is acked, while the rest are still being written.
    const acked: string[] = [];
    let firstAcked!: () => void;
    const first = new Promise<void>((r) => (firstAcked = r));
    const sends = Array.from({ length: 50 }, (_, i) =>
      client
        .timeout(5000)
        .emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: i, end: i + 15 } })
        .then((ack: Ack<{ claim: Claim }>) => {
          if (ack.ok) acked.push(ack.claim.id);
          else expect(ack.error.code).toBe('shutting_down');
        })
        .catch(() => undefined) // the connection may close before a late ack
        .finally(() => firstAcked()),
    );
    await first;
    const answeredAtSigterm = acked.length;
    server.child.kill('SIGTERM');
    // Once it says it is stopping, a new change is refused, never half-taken.
    while (!/stopping/.test(server.output())) await new Promise((r) => setTimeout(r, 2));
    const late = await client
      .timeout(2000)
      .emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 100, end: 120 } })
      .catch(() => null);
    if (late !== null) expect(late).toMatchObject({ ok: false, error: { code: 'shutting_down' } });
    expect(await server.exited).toBe(0);
    await Promise.all(sends);
    client.disconnect();

    expect(server.output()).toMatch(/stopped cleanly/);
    const stored = (await JsonWorkspaceStore.read(file)).dump();
    expect(acked.length).toBeGreaterThan(0);
    console.log(`SIGTERM test: ${answeredAtSigterm} of 50 acked at SIGTERM, ${acked.length} in all, ${Object.keys(stored.claims).length} stored`);
    for (const id of acked) expect(Object.hasOwn(stored.claims, id)).toBe(true);
    const lateStored = Object.values(stored.claims).some(
      (c) => c.target.position.start === 100 && c.target.position.end === 120,
    );
    expect(lateStored).toBe(false);
  });

  it('a first start creates the workspace from the seed in a folder of its own, readable by its user only', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'data', 'db.json');
    const server = await spawnServer(file);
    cleanups.push(() => server.child.kill('SIGKILL'));
    expect((await fetch(`${server.url}/api/setup`)).status).toBe(200);
    expect(statSync(join(t.dir, 'data')).mode & 0o777).toBe(0o700);
    expect(existsSync(file)).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses to start on a db.json that is not valid JSON, naming it, and never overwrites it', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'db.json');
    writeFileSync(file, 'not json at all');
    const { code, output } = await runServerExpectingFailure(file);
    expect(code).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('not json at all');
  });
});
