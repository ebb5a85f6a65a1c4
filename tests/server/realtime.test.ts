import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/domain/article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { emitRaw, filesOf, nextEvent, startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

const MUNITIONS = 'وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر';

let server: TestServer;
let cleanup: () => void;
let text: string;

function spanOf(phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in seed: ${phrase}`);
  return { start, end: start + phrase.length };
}

beforeEach(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  server = await startTestServer(join(tmp.dir, 'db.json'));
  text = bodyText((await server.dump()).articles[SEED_ARTICLE_ID]!.body);
});

afterEach(async () => {
  await server.stop();
  cleanup();
});

async function twoJoined() {
  const a = await server.connect('Layla');
  const b = await server.connect('Omar');
  const joinA = await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  const presence = nextEvent(a, 'presence:changed');
  const joinB = await b.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  expect(joinA.ok && joinB.ok).toBe(true);
  await presence;
  return { a, b };
}

async function createMunitionsClaim(a: Awaited<ReturnType<typeof twoJoined>>['a']): Promise<Claim> {
  const ack = await a.emitWithAck('claim:create', {
    articleId: SEED_ARTICLE_ID,
    target: spanOf(MUNITIONS),
    status: 'attributed',
    summary: 'Western states claim munitions supply',
    attributedTo: 'Western states',
  });
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.claim;
}

describe('article:join', () => {
  it('returns the article, its claims and who is there', async () => {
    const a = await server.connect('Layla');
    const ack = await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.article.dir).toBe('rtl');
    expect(ack.article.body).toHaveLength(13);
    expect(ack).toMatchObject({ snapshot: true, claims: [], comments: [], seq: 0 });
    expect(ack.users.map((u) => u.name)).toEqual(['Layla']);
  });

  it('tells everyone in the article who joined and who left', async () => {
    const { a, b } = await twoJoined();
    // a already heard b join; now b leaves, and only that is sent.
    const afterLeave = nextEvent(a, 'presence:changed');
    const bId = b.id;
    b.disconnect();
    expect(await afterLeave).toEqual({ articleId: SEED_ARTICLE_ID, users: [], left: [bId] });
  });

  it('refuses an unknown article', async () => {
    const a = await server.connect('Layla');
    const ack = await a.emitWithAck('article:join', { articleId: 'no-such-article' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a connection without a session, and one with a made-up session', async () => {
    const { io } = await import('socket.io-client');
    for (const extraHeaders of [{}, { cookie: 'isnad_session=forged-token' }] as Record<string, string>[]) {
      const socket = io(server.url, { extraHeaders, transports: ['websocket'], forceNew: true, reconnection: false });
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message).toBe('unauthenticated');
      socket.close();
    }
  });
});

describe('claims, live between two people', () => {
  it('create: the sender gets the claim in the ack, the colleague gets it broadcast', async () => {
    const { a, b } = await twoJoined();
    const seen = nextEvent(b, 'claim:created');
    const claim = await createMunitionsClaim(a);
    expect(claim.target.quote.exact).toBe(MUNITIONS);
    expect(claim.target.position).toEqual({ type: 'TextPositionSelector', ...spanOf(MUNITIONS) });
    expect(claim.target.quote.prefix).toBe(text.slice(spanOf(MUNITIONS).start - 32, spanOf(MUNITIONS).start));
    expect(claim.createdBy).toBe('Layla');
    expect(claim.status).toBe('attributed');
    expect(await seen).toEqual({ articleId: SEED_ARTICLE_ID, seq: 1, claim, history: expect.objectContaining({ action: 'created', by: 'Layla' }) });
    const rest = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}`, { as: 'Layla' })).json();
    expect(rest.claims).toEqual([claim]);
  });

  it('update: the change is acked and broadcast, with who made it', async () => {
    const { a, b } = await twoJoined();
    const claim = await createMunitionsClaim(a);
    const seen = nextEvent(a, 'claim:updated');
    const ack = await b.emitWithAck('claim:update', {
      id: claim.id,
      baseVersion: claim.version,
      changes: { status: 'disputed', note: 'No independent evidence in the piece.' },
    });
    expect(ack).toMatchObject({ ok: true, claim: { status: 'disputed', version: 2, updatedBy: 'Omar' } });
    expect((await seen).claim).toMatchObject({ id: claim.id, status: 'disputed', note: 'No independent evidence in the piece.' });
  });

  it('update: the same field changed since your version is a conflict, a different field merges', async () => {
    const { a, b } = await twoJoined();
    const claim = await createMunitionsClaim(a);
    const first = await a.emitWithAck('claim:update', { id: claim.id, baseVersion: 1, changes: { status: 'verified' } });
    expect(first.ok).toBe(true);
    const clash = await b.emitWithAck('claim:update', { id: claim.id, baseVersion: 1, changes: { status: 'disputed' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' }, current: { status: 'verified', version: 2 } });
    const merge = await b.emitWithAck('claim:update', { id: claim.id, baseVersion: 1, changes: { note: 'see Pentagon briefing' } });
    expect(merge).toMatchObject({ ok: true, claim: { status: 'verified', note: 'see Pentagon briefing', version: 3 } });
  });

  it('delete: gone for everyone; restore brings back the same claim', async () => {
    const { a, b } = await twoJoined();
    const claim = await createMunitionsClaim(a);
    const deleted = nextEvent(b, 'claim:deleted');
    expect(await a.emitWithAck('claim:delete', { id: claim.id })).toMatchObject({ ok: true, seq: 2, history: { action: 'deleted', by: 'Layla' } });
    expect(await deleted).toMatchObject({ articleId: SEED_ARTICLE_ID, seq: 2, id: claim.id, history: { action: 'deleted' } });
    let rest = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}`, { as: 'Layla' })).json();
    expect(rest.claims).toEqual([]);

    const restored = nextEvent(b, 'claim:restored');
    const ack = await a.emitWithAck('claim:restore', { id: claim.id });
    expect(ack).toMatchObject({ ok: true, claim: { id: claim.id, summary: claim.summary, deleted: null } });
    expect((await restored).claim.id).toBe(claim.id);
    rest = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}`, { as: 'Layla' })).json();
    expect(rest.claims.map((c: Claim) => c.id)).toEqual([claim.id]);
  });
});

describe('bad input changes nothing', () => {
  const valid = () => ({ articleId: SEED_ARTICLE_ID, target: spanOf(MUNITIONS) });
  const cases: Array<[string, string, (id: string) => unknown[], string]> = [
    ['create', 'claim:create', () => [null], 'invalid_payload'],
    ['create', 'claim:create', () => ['a string'], 'invalid_payload'],
    ['create', 'claim:create', () => [[1, 2]], 'invalid_payload'],
    ['create', 'claim:create', () => [42], 'invalid_payload'],
    ['create', 'claim:create', () => [], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), articleId: 7 }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: '0', end: 5 } }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: 10, end: 5 } }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: -1, end: 5 } }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: 1.5, end: 5 } }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), status: 'probably' }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), summary: 'x'.repeat(281) }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), note: 'bell\u0007' }], 'invalid_payload'],
    ['create', 'claim:create', () => [{ ...valid(), articleId: 'missing' }], 'not_found'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: 10, end: 999_999 } }], 'range_out_of_bounds'],
    ['create', 'claim:create', () => [{ ...valid(), target: { start: text.indexOf('\n\n'), end: text.indexOf('\n\n') + 2 } }], 'empty_range'],
    ['update', 'claim:update', () => [null], 'invalid_payload'],
    ['update', 'claim:update', (id) => [{ id, changes: {} }], 'invalid_payload'],
    ['update', 'claim:update', (id) => [{ id, changes: { status: 'maybe' } }], 'invalid_payload'],
    ['update', 'claim:update', (id) => [{ id, changes: 'verified' }], 'invalid_payload'],
    ['update', 'claim:update', (id) => [{ id, baseVersion: 0, changes: { status: 'verified' } }], 'invalid_payload'],
    ['update', 'claim:update', (id) => [{ id, baseVersion: 99, changes: { status: 'verified' } }], 'invalid_payload'],
    ['update', 'claim:update', () => [{ id: 'nope', changes: { status: 'verified' } }], 'not_found'],
    ['update', 'claim:update', () => [{ id: '../../etc', changes: { status: 'verified' } }], 'invalid_payload'],
    ['delete', 'claim:delete', () => [{}], 'invalid_payload'],
    ['delete', 'claim:delete', () => [{ id: 'nope' }], 'not_found'],
    ['restore', 'claim:restore', () => [{ id: 'nope' }], 'not_found'],
    ['join', 'article:join', () => [{ articleId: null }], 'invalid_payload'],
    ['join', 'article:join', () => [JSON.parse('{"__proto__": {"polluted": true}}')], 'invalid_payload'],
  ];

  it.each(cases.map((c, i) => [i, ...c] as const))('#%i %s %s → %s', async (_i, _kind, event, args, code) => {
    const { a } = await twoJoined();
    const existing = await createMunitionsClaim(a);
    // The ack came once the change was durable; anything else the store has under way ends first.
    await server.store.settled();
    const filesBefore = filesOf(server);
    const stateBefore = (await server.dump());
    const writesBefore = server.store.stats().groupCommits;

    const ack = await emitRaw(a, event, ...args(existing.id));
    expect(ack).toMatchObject({ ok: false, error: { code } });
    expect((ack as { error: { message: string } }).error.message).toMatch(/\S/);
    expect((await server.dump())).toEqual(stateBefore);
    expect(server.store.stats().groupCommits).toBe(writesBefore);
    expect(filesOf(server)).toBe(filesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a packet without an ack callback is processed without crashing the server', async () => {
    const { a } = await twoJoined();
    (a as unknown as { emit(e: string, p: unknown): void }).emit('claim:create', { garbage: true });
    const ack = await a.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    expect(ack.ok).toBe(true);
  });
});

describe('durability', () => {
  it('everything is still there after a restart on the same file', async () => {
    const { a } = await twoJoined();
    const claim = await createMunitionsClaim(a);
    const upd = await a.emitWithAck('claim:update', { id: claim.id, baseVersion: 1, changes: { status: 'disputed' } });
    expect(upd.ok).toBe(true);
    await server.stop();

    server = await startTestServer(server.file);
    const c = await server.connect('Rana');
    const ack = await c.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
    expect(ack.ok && ack.snapshot && ack.claims).toEqual([{ ...claim, status: 'disputed', version: 2, updatedAt: expect.any(String), fieldVersions: { ...claim.fieldVersions, status: 2 } }]);
  });

  it('group commit: 200 concurrent creates are all acked after being on disk, in far fewer writes', async () => {
    const clients = await Promise.all(['A', 'B', 'C', 'D'].map((n) => server.connect(n)));
    await Promise.all(clients.map((c) => c.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })));
    const writesBefore = server.store.stats().groupCommits;
    const len = text.length;
    const acks = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const start = (i * 37) % (len - 20);
        return clients[i % 4]!.emitWithAck('claim:create', {
          articleId: SEED_ARTICLE_ID,
          target: { start, end: start + 12 },
          summary: `claim ${i}`,
        }).then(async (ack) => {
          // Acked only once durable: the claim must already be on disk, as the next start would read it.
          const onDisk = await server.durableDump();
          return { ack, onDisk: ack.ok && Object.hasOwn(onDisk.claims, ack.claim.id) };
        });
      }),
    );
    expect(acks.filter((r) => r.ack.ok)).toHaveLength(200);
    expect(acks.every((r) => r.onDisk)).toBe(true);
    expect(Object.keys((await server.durableDump()).claims)).toHaveLength(200);
    // The embedded store fsyncs its journal once per group of changes (PostgreSQL groups its own commits).
    if (server.kind === 'json') {
      const writes = server.store.stats().groupCommits - writesBefore;
      expect(writes).toBeGreaterThan(0);
      expect(writes).toBeLessThan(40);
    }
  });
});
