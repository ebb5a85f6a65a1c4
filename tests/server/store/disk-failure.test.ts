import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { seedAccount, spawnServer } from '../../helpers/server-process.ts';
import type { TestClient } from '../../helpers/test-server.ts';
import { testScope } from '../../helpers/test-scope.ts';

const scope = testScope();

/**
 * A real write failure, not a mock: the server runs with a file size limit
 * (RLIMIT_FSIZE), so once its journal reaches it every append fails with
 * EFBIG, as on a full disk; `prlimit` then lifts the limit, as an operator
 * freeing space would. (Root ignores read-only directories; this limit it
 * does not.)
 */
describe('a failing disk', () => {
  it('refuses the changes it cannot write with storage_failed, keeps serving reads, and takes changes again once writing works, losing nothing acked', async () => {
    expect(spawnSync('prlimit', ['--version']).status, 'prlimit (util-linux) is needed').toBe(0);
    const file = join(scope.dir(), 'db.json');
    const cookie = await seedAccount(file, 'Layla', 'editor');
    const limitKb = Math.ceil(statSync(`${file}.journal`).size / 1024) + 24;
    const server = await spawnServer(file, { MUTATION_RATE: '100000/1' }, { fileSizeLimitKb: limitKb });
    scope.defer(async () => {
      server.child.kill('SIGKILL');
      await server.exited;
    });
    const socket: TestClient = io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: false });
    scope.defer(() => socket.close());
    await new Promise((r) => socket.once('connect', () => r(null)));
    await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });

    const create = (n: number) =>
      socket.timeout(5000).emitWithAck('claim:create', {
        articleId: SEED_ARTICLE_ID,
        target: { start: (n * 13) % 2300, end: ((n * 13) % 2300) + 30 },
        summary: `claim number ${n}`,
        note: 'ملاحظة طويلة بما يكفي لملء السجل. '.repeat(10),
      });
    const acked: Claim[] = [];
    let n = 0;
    let refused = await create(n++);
    while (refused.ok) {
      acked.push(refused.claim);
      refused = await create(n++);
      expect(n, 'the journal never reached the limit').toBeLessThan(500);
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    const refusedSummaries = [`claim number ${n - 1}`];
    // Still refused while the disk is full (each of these needs more room than the create that failed); updates too.
    for (let i = 0; i < 3; i++, n++) {
      expect(await create(n)).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
      refusedSummaries.push(`claim number ${n}`);
    }
    const update = { id: acked[0]!.id, changes: { status: 'disputed' as const, note: 'ملاحظة طويلة بما يكفي لملء السجل. '.repeat(30) } };
    expect(await socket.emitWithAck('claim:update', update)).toMatchObject({ ok: false, error: { code: 'storage_failed' } });

    // Reads go on, and show only what was kept.
    const read = await fetch(`${server.url}/api/articles/${SEED_ARTICLE_ID}`, { headers: { cookie } });
    expect(read.status).toBe(200);
    const shown = ((await read.json()) as { claims: Claim[] }).claims;
    expect(shown.map((c) => c.id).sort()).toEqual(acked.map((c) => c.id).sort());
    expect(shown.find((c) => c.id === acked[0]!.id)!.status).toBe('unreviewed');
    const joined = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    expect(joined.ok && joined.seq).toBe(acked.length);

    // Space again: the next change goes through, numbered right after the last kept one.
    expect(spawnSync('prlimit', ['--pid', String(server.child.pid), '--fsize=unlimited:']).status).toBe(0);
    const back = await create(n++);
    expect(back).toMatchObject({ ok: true, seq: acked.length + 1 });
    if (back.ok) acked.push(back.claim);

    // A crash now, then a start: everything acked is there, nothing refused is.
    server.child.kill('SIGKILL');
    await server.exited;
    const claims = Object.values((await JsonWorkspaceStore.read(file)).dump().claims);
    expect(claims.map((c) => c.id).sort()).toEqual(acked.map((c) => c.id).sort());
    expect(claims.some((c) => refusedSummaries.includes(c.summary))).toBe(false);
    expect(claims.find((c) => c.id === acked[0]!.id)!.status).toBe('unreviewed');
    const restarted = await spawnServer(file);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 60_000);
});
