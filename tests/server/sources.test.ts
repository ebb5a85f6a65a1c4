import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { ClaimStatus } from '../../shared/domain/status.ts';
import { sourceKey } from '../../shared/sources/source-key.ts';
import { testScope } from '../helpers/test-scope.ts';
import { nextEvent, type TestClient, type TestServer } from '../helpers/test-server.ts';

/** The Sources view and merging spellings of a source, on both stores (vitest.config.ts BOTH_STORES). */
const scope = testScope();

const KREMLIN = sourceKey('الكرملين');
const KREMLIN2 = sourceKey('الكريملين');
const WASHINGTON = sourceKey('واشنطن');
const US = sourceKey('الولايات المتحدة');

interface Source {
  key: string;
  name: string;
  spellings: string[];
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  keys: string[];
}

async function capture(socket: TestClient, n: number, attributedTo: string, status: ClaimStatus): Promise<string> {
  // Ten code points at a time along the seed article: every range holds words.
  const ack = await socket.timeout(5000).emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 400 + n * 12, end: 410 + n * 12 }, attributedTo, status });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.claim.id;
}

/** Two editors' spellings of the Kremlin (one with a diacritic, which is the same source), Washington and the United States. */
async function workspace(): Promise<{ server: TestServer; socket: TestClient; ids: string[] }> {
  const server = await scope.server();
  const socket = await server.connect('Mona', 'editor');
  const ids = [
    await capture(socket, 0, 'الكرملين', 'attributed'),
    await capture(socket, 1, 'الكرملين', 'attributed'),
    await capture(socket, 2, 'الكرملينَ', 'disputed'),
    await capture(socket, 3, 'الكريملين', 'verified'),
    await capture(socket, 4, 'واشنطن', 'attributed'),
    await capture(socket, 5, 'الولايات المتحدة', 'disputed'),
  ];
  return { server, socket, ids };
}

async function sources(server: TestServer, as = 'Vera'): Promise<{ sources: Source[] }> {
  const res = await server.fetch('/api/sources', { as, role: 'viewer' });
  expect(res.status).toBe(200);
  return res.json();
}

const byKey = (list: Source[], key: string) => list.find((s) => s.key === key);

async function post(server: TestServer, body: unknown, as = 'Edith', role: 'editor' | 'reviewer' | 'admin' = 'editor') {
  const res = await server.fetch('/api/sources/merge', { as, role, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe('GET /api/sources', () => {
  it('lists every source with its live claims by status, spellings that normalise equal counted as one', async () => {
    const { server } = await workspace();
    const { sources: list } = await sources(server);
    const { suggestions } = await (await server.fetch('/api/sources/suggestions', { as: 'Vera', role: 'viewer' })).json();
    expect(byKey(list, KREMLIN)).toMatchObject({ name: 'الكرملين', claims: 3, byStatus: { unreviewed: 0, attributed: 2, verified: 0, disputed: 1 } });
    expect(byKey(list, KREMLIN)!.spellings).toEqual(['الكرملين', 'الكرملينَ']);
    expect(byKey(list, KREMLIN2)).toMatchObject({ claims: 1, byStatus: { verified: 1 } });
    expect(list.map((s) => s.key).sort()).toEqual([KREMLIN, KREMLIN2, US, WASHINGTON].sort());
    // A likely merge is suggested, never made; Washington and the United States are not even suggested.
    expect(suggestions).toEqual([expect.objectContaining({ keys: [KREMLIN, KREMLIN2] })]);
  });

  it('keeps the counts right as claims are updated, moved to another source, deleted and restored', async () => {
    const { server, socket, ids } = await workspace();
    const update = async (id: string, changes: Record<string, unknown>) => expect((await socket.timeout(5000).emitWithAck('claim:update', { id, changes })).ok).toBe(true);
    await update(ids[0]!, { status: 'verified' });
    await update(ids[4]!, { attributedTo: 'الكريملين' });
    expect(byKey((await sources(server)).sources, KREMLIN)).toMatchObject({ claims: 3, byStatus: { attributed: 1, verified: 1, disputed: 1 } });
    expect(byKey((await sources(server)).sources, KREMLIN2)).toMatchObject({ claims: 2, byStatus: { verified: 1, attributed: 1 } });
    expect(byKey((await sources(server)).sources, WASHINGTON)).toBeUndefined();

    expect((await socket.timeout(5000).emitWithAck('claim:delete', { id: ids[2]! })).ok).toBe(true);
    expect(byKey((await sources(server)).sources, KREMLIN)).toMatchObject({ claims: 2, spellings: ['الكرملين'], byStatus: { disputed: 0 } });
    expect((await socket.timeout(5000).emitWithAck('claim:restore', { id: ids[2]! })).ok).toBe(true);
    expect(byKey((await sources(server)).sources, KREMLIN)).toMatchObject({ claims: 3, byStatus: { disputed: 1 } });
  });
});

describe('merging spellings of a source', () => {
  it('counts merged spellings as one source everywhere, durably, and unmerging restores them', async () => {
    const { server } = await workspace();
    const watcher = await server.connect('Dana', 'viewer');
    expect((await watcher.timeout(5000).emitWithAck('dashboard:watch', { watch: true })).ok).toBe(true);
    const noticed = nextEvent(watcher, 'dashboard:changed', 5000);

    const merged = await post(server, { into: KREMLIN, from: [KREMLIN2] });
    expect(merged).toMatchObject({ status: 201, body: { source: { key: KREMLIN, name: 'الكرملين', claims: 4, byStatus: { attributed: 2, verified: 1, disputed: 1 }, keys: [KREMLIN, KREMLIN2] } } });
    await noticed;
    const list = (await sources(server)).sources;
    expect(byKey(list, KREMLIN2)).toBeUndefined();
    expect(byKey(list, WASHINGTON)).toMatchObject({ claims: 1 });
    expect(byKey(list, US)).toMatchObject({ claims: 1 });
    expect((await server.durableDump()).sourceMerges).toEqual({ [KREMLIN2]: expect.objectContaining({ into: KREMLIN, by: 'Edith' }) });

    // The dashboard groups them under the merged source; a filter by the alias spelling takes in all four.
    const dashboard = async (q = '') => (await (await server.fetch(`/api/dashboard${q}`, { as: 'Vera', role: 'viewer' })).json()).dashboard;
    expect((await dashboard()).sources.find((s: { key: string }) => s.key === KREMLIN)).toMatchObject({ name: 'الكرملين', claims: 4, disputed: 1 });
    expect((await dashboard(`?source=${encodeURIComponent('الكريملين')}`)).total).toBe(4);
    const drill = await (await server.fetch(`/api/dashboard/claims?kind=source&key=${encodeURIComponent(KREMLIN)}`, { as: 'Vera', role: 'viewer' })).json();
    expect(drill.claims).toHaveLength(4);
    // The Markdown report names the merged source and keeps what the claim said.
    const report = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=md&lang=en`, { as: 'Vera', role: 'viewer' })).text();
    expect(report).toMatch(/\*\*Source:\*\* [\u2066-\u2068]الكرملين\u2069 \(as written: [\u2066-\u2068]الكريملين\u2069\)/u);
    // In the article's own language (Arabic) too.
    const reportAr = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=md`, { as: 'Vera', role: 'viewer' })).text();
    expect(reportAr).toMatch(/\*\*المصدر:\*\* [\u2066-\u2068]الكرملين\u2069 \(كما كُتب: [\u2066-\u2068]الكريملين\u2069\)/u);
    const html = await (await server.fetch(`/api/articles/${SEED_ARTICLE_ID}/export?format=html&lang=en`, { as: 'Vera', role: 'viewer' })).text();
    expect(html).toMatch(/الكرملين<\/[^>]+>\s*<small>as written: [^<]*<[^>]+>الكريملين/u);

    // The claims of the merged source, by either key, a page at a time, with their article.
    const page1 = await (await server.fetch(`/api/sources/${encodeURIComponent(KREMLIN2)}/claims?limit=3`, { as: 'Vera', role: 'viewer' })).json();
    expect(page1.source.key).toBe(KREMLIN);
    expect(page1.claims).toHaveLength(3);
    expect(page1.claims[0].article).toMatchObject({ id: SEED_ARTICLE_ID, dir: 'rtl' });
    const page2 = await (await server.fetch(`/api/sources/${encodeURIComponent(KREMLIN)}/claims?limit=3&after=${page1.next}`, { as: 'Vera', role: 'viewer' })).json();
    expect(page2).toMatchObject({ next: null });
    expect([...page1.claims, ...page2.claims].map((c: { claim: { attributedTo: string } }) => c.claim.attributedTo).sort()).toEqual(['الكرملين', 'الكرملين', 'الكرملينَ', 'الكريملين'].sort());

    const undone = await server.fetch(`/api/sources/merge/${encodeURIComponent(KREMLIN2)}`, { as: 'Edith', role: 'editor', method: 'DELETE' });
    expect(undone.status).toBe(200);
    expect(byKey((await sources(server)).sources, KREMLIN2)).toMatchObject({ claims: 1 });
    expect(byKey((await sources(server)).sources, KREMLIN)).toMatchObject({ claims: 3 });
    expect((await dashboard()).sources.find((s: { key: string }) => s.key === KREMLIN)).toMatchObject({ claims: 3 });
    expect((await server.durableDump()).sourceMerges).toEqual({});
    expect((await server.fetch(`/api/sources/merge/${encodeURIComponent(KREMLIN2)}`, { as: 'Edith', role: 'editor', method: 'DELETE' })).status).toBe(404);
  });

  it('is for editors and admins; bad input gets a clear error and changes nothing', async () => {
    const { server } = await workspace();
    expect((await post(server, { into: KREMLIN, from: [KREMLIN2] }, 'Rami', 'reviewer')).status).toBe(403);
    expect((await server.fetch(`/api/sources/merge/${encodeURIComponent(KREMLIN2)}`, { as: 'Rami', role: 'reviewer', method: 'DELETE' })).status).toBe(403);
    expect((await server.fetch('/api/sources')).status).toBe(401);
    expect((await post(server, { into: US, from: [WASHINGTON] }, 'Ada', 'admin')).status).toBe(201);
    const before = await sources(server);
    const merges = (await server.dump()).sourceMerges;

    expect(await post(server, { into: KREMLIN, from: [KREMLIN] })).toMatchObject({ status: 422, body: { ok: false, error: { code: 'merge_self', message: expect.any(String) } } });
    expect(await post(server, { into: 'nobody', from: [KREMLIN] })).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'into' } } });
    expect(await post(server, { into: KREMLIN, from: [KREMLIN2, 'nobody'] })).toMatchObject({ status: 404, body: { error: { field: 'from' } } });
    // Washington is merged into the United States: merging the United States into it would be a cycle.
    expect(await post(server, { into: WASHINGTON, from: [US] })).toMatchObject({ status: 409, body: { error: { code: 'merge_cycle', field: 'into' } } });
    expect(await post(server, { into: KREMLIN, from: [WASHINGTON] })).toMatchObject({ status: 409, body: { error: { code: 'merge_cycle', field: 'from' } } });
    expect(await post(server, { into: KREMLIN, from: [KREMLIN2], name: 'Kremlin' })).toMatchObject({ status: 400, body: { error: { field: 'name' } } });
    expect(await post(server, { into: KREMLIN, from: [] })).toMatchObject({ status: 400, body: { error: { field: 'from' } } });
    expect(await post(server, { into: KREMLIN, from: 'x', __proto__: { a: 1 } })).toMatchObject({ status: 400 });
    expect((await server.fetch(`/api/sources/merge/${encodeURIComponent(KREMLIN)}`, { as: 'Edith', role: 'editor', method: 'DELETE' })).status).toBe(404);
    expect((await server.fetch('/api/sources/nobody/claims', { as: 'Vera', role: 'viewer' })).status).toBe(404);

    expect(await sources(server)).toEqual(before);
    expect((await server.dump()).sourceMerges).toEqual(merges);
  });
});
