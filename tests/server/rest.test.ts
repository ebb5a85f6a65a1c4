import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

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

const get = async (path: string, as: string | null = 'Viewer Vera') => {
  const res = await server.fetch(path, as === null ? {} : { as, role: 'viewer' });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
};

describe('REST API', () => {
  it('GET /api/health answers without a session, naming the store', async () => {
    expect(await get('/api/health', null)).toMatchObject({ status: 200, body: { ok: true, status: 'ok', store: server.kind === 'pg' ? 'postgres' : 'embedded' } });
  });

  it('GET /api/health says "draining" (503) while the node shuts down, so a load balancer sends no one new', async () => {
    const socket = await server.connect('Layla');
    await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    // A change sent as the drain starts is either taken (and kept) or refused as shutting_down: never half-taken.
    const inFlight = socket.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 10 }, summary: 'sent at the drain' });
    const closing = server.app.close();
    expect(await get('/api/health', null)).toMatchObject({ status: 503, body: { ok: false, status: 'draining' } });
    const ack = await inFlight;
    if (!ack.ok) expect(ack.error.code).toBe('shutting_down');
    await closing;
    const kept = Object.values((await server.durableDump()).claims).some((c) => c.summary === 'sent at the drain');
    expect(kept).toBe(ack.ok);
  });

  it('article routes refuse requests without a session', async () => {
    expect(await get('/api/articles', null)).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthenticated' } } });
    expect(await get(`/api/articles/${SEED_ARTICLE_ID}`, null)).toMatchObject({ status: 401 });
  });

  it('GET /api/articles lists articles with per-status claim counts', async () => {
    const a = await server.connect('Layla');
    await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    for (const status of ['disputed', 'disputed', 'verified'] as const) {
      const ack = await a.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 10 }, status });
      expect(ack.ok).toBe(true);
    }
    const del = await a.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 20, end: 30 } });
    if (del.ok) await a.emitWithAck('claim:delete', { id: del.claim.id });

    const { status, type, body } = await get('/api/articles');
    expect(status).toBe(200);
    expect(type).toMatch(/application\/json.*utf-8/i);
    expect(body.articles).toHaveLength(1);
    expect(body.articles[0]).toMatchObject({
      id: SEED_ARTICLE_ID,
      lang: 'ar',
      dir: 'rtl',
      claimCount: 3,
      paragraphs: 13,
      counts: { unreviewed: 0, attributed: 0, verified: 1, disputed: 2 },
    });
    // A list of articles is not a list of their texts.
    expect(body.articles[0]).not.toHaveProperty('body');
  });

  it('GET /api/articles/:id gives the article and its claims; unknown ids are 404 with an error code', async () => {
    const ok = await get(`/api/articles/${SEED_ARTICLE_ID}`);
    expect(ok.status).toBe(200);
    expect(ok.body.article.body).toHaveLength(13);
    expect(ok.body.claims).toEqual([]);
    expect(await get('/api/articles/nope')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'not_found' } } });
    expect(await get('/api/nothing-here')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'not_found' } } });
  });
});
