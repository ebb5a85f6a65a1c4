import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drillClaims } from '../../shared/dashboard/drilldown.ts';
import { dashboardFigures } from '../../shared/dashboard/figures.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { buildFixture, EN_ARTICLE_ID, PEOPLE } from '../exports/fixture.ts';
import { nextEvent, startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

/** The fixture of the export tests; its figures are counted by hand in the comments. */
let server: TestServer;
let cleanup: () => void;
beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = join(t.dir, 'db.json');
  writeFileSync(file, JSON.stringify(buildFixture()));
  server = await startTestServer(file);
});
afterAll(async () => {
  await server.stop();
  cleanup();
});

async function dashboard(query = '', as = 'Vera') {
  const res = await server.fetch(`/api/dashboard${query}`, { as, role: 'viewer' });
  return { status: res.status, body: await res.json() };
}

describe('GET /api/dashboard', () => {
  it('answers the figures of the shared function over the stored workspace', async () => {
    const { status, body } = await dashboard();
    expect(status).toBe(200);
    const figures = body.dashboard;
    expect(figures).toEqual(JSON.parse(JSON.stringify(dashboardFigures((await server.dump()), { recentLimit: 10 }, figures.generatedAt))));
    // 7 live claims on the seed article and 1 on the English one; the deleted one is not counted.
    expect(figures.total).toBe(8);
    expect(figures.byStatus).toEqual({ unreviewed: 2, attributed: 2, verified: 3, disputed: 1 });
    expect(figures.progress).toEqual({ reviewed: 6, total: 8, share: 0.75 });
    expect(figures.orphaned).toBe(1);
    // Omar: kremlin → attributed, first-visit → disputed, pentagon → verified; Mona: munitions, formula;
    // Layla: the English claim. The deleted claim was captured as verified: not counted.
    expect(figures.decisionsPerReviewer.map((r: { name: string; decisions: number }) => [r.name, r.decisions])).toEqual([
      [PEOPLE.omar.name, 3],
      [PEOPLE.mona.name, 2],
      [PEOPLE.layla.name, 1],
    ]);
    // "the Kremlin" and "  THE kremlin " are one source.
    expect(figures.sources.find((s: { key: string }) => s.key === 'the kremlin')).toMatchObject({ claims: 2, disputed: 0 });
    expect(figures.unattributed).toBe(2);
    expect(figures.recentDecisions[0]).toMatchObject({ claimId: 'c-formula', by: 'Mona', from: 'unreviewed', to: 'verified' });
    // Both unreviewed claims date from July 2024: long stale by now.
    expect(figures.stale.claims.map((c: { claimId: string }) => c.claimId)).toEqual(['c-satellite', 'c-script']);
    expect(figures.articles.map((a: { articleId: string; total: number }) => [a.articleId, a.total])).toEqual([
      [SEED_ARTICLE_ID, 7],
      [EN_ARTICLE_ID, 1],
    ]);
  });

  it('applies the filters from the query', async () => {
    const seedVerified = (await dashboard(`?articleId=${SEED_ARTICLE_ID}&status=verified`)).body.dashboard;
    expect(seedVerified.total).toBe(2);
    expect(seedVerified.filters).toMatchObject({ articleId: SEED_ARTICLE_ID, status: 'verified', staleDays: 7, recentLimit: 10 });
    expect((await dashboard('?source=The%20Pentagon')).body.dashboard.total).toBe(1);
    expect((await dashboard(`?reviewer=${PEOPLE.mona.id}`)).body.dashboard.total).toBe(2); // decided two, assigned one of them
    // Captured on 6 July or later: the English claim and c-script; decisions on those days: formula (6th), English (6th).
    const since = (await dashboard('?from=2024-07-06&to=2024-07-07')).body.dashboard;
    expect(since.total).toBe(2);
    expect(since.recentDecisions.map((d: { claimId: string }) => d.claimId)).toEqual(['c-formula', 'c-en-launch']);
    expect((await dashboard('?staleDays=0&recent=1')).body.dashboard).toMatchObject({ stale: { count: 2 }, recentDecisions: [{ claimId: 'c-formula' }] });
    expect((await dashboard('?status=&source=')).body.dashboard.total).toBe(8); // empty fields are no filter
  });

  it('refuses bad parameters, unknown articles and requests without a session', async () => {
    expect(await dashboard('?status=true')).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload', field: 'status' } } });
    expect(await dashboard('?staleDays=-1')).toMatchObject({ status: 400, body: { error: { field: 'staleDays' } } });
    expect(await dashboard('?from=yesterday')).toMatchObject({ status: 400, body: { error: { field: 'from' } } });
    expect(await dashboard('?status=verified&status=disputed')).toMatchObject({ status: 400 });
    expect((await dashboard('?articleId=nope')).status).toBe(404);
    expect((await server.fetch('/api/dashboard')).status).toBe(401);
  });

  it('offers the sources and reviewers of the article chosen, whatever the other filters', async () => {
    const { body } = await dashboard(`?articleId=${EN_ARTICLE_ID}&status=unreviewed`);
    expect(body.dashboard.total).toBe(0);
    expect(body.options).toEqual({ sources: [{ key: 'the kremlin', name: '  THE kremlin '.trim() }], reviewers: [{ reviewerId: PEOPLE.layla.id, name: PEOPLE.layla.name }] });
  });
});

describe('GET /api/dashboard/claims', () => {
  async function drill(query: string) {
    const res = await server.fetch(`/api/dashboard/claims?${query}`, { as: 'Vera', role: 'viewer' });
    return { status: res.status, body: await res.json() };
  }
  const ids = (body: { claims: Array<{ claim: { id: string } }> }) => body.claims.map((c) => c.claim.id);

  it('lists the claims behind a figure, in article then reading order, with their articles', async () => {
    const all = (await drill('kind=all')).body;
    expect(ids(all)).toHaveLength(8);
    expect(all.articles.map((a: { id: string }) => a.id)).toEqual([SEED_ARTICLE_ID, EN_ARTICLE_ID]);
    const verified = ids((await drill('kind=status&drillStatus=verified')).body);
    expect([...verified].sort()).toEqual(['c-en-launch', 'c-formula', 'c-pentagon']);
    expect(verified).toEqual(drillClaims((await server.dump()), {}, new Date().toISOString(), { kind: 'status', status: 'verified' }).map((d) => d.claim.id));
    const kremlin = (await drill('kind=source&key=the%20kremlin')).body;
    expect(ids(kremlin)).toEqual(['c-kremlin', 'c-en-launch']);
    expect(ids((await drill(`kind=reviewer&key=${PEOPLE.mona.id}`)).body)).toHaveLength(2);
    expect((await drill(`kind=reviewer&key=${PEOPLE.mona.id}`)).body.claims[0].decisions[0]).toMatchObject({ by: PEOPLE.mona.name });
    expect(ids((await drill(`kind=orphaned&articleId=${SEED_ARTICLE_ID}`)).body)).toEqual(['c-first-visit']);
  });

  it('stops at the limit and says so; refuses a bad figure', async () => {
    const two = (await drill('kind=all&limit=2')).body;
    expect(ids(two)).toHaveLength(2);
    expect(two.truncated).toBe(true);
    expect((await drill('kind=all')).body.truncated).toBe(false);
    expect(await drill('kind=everything')).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload' } } });
    expect(await drill('kind=status&drillStatus=maybe')).toMatchObject({ status: 400, body: { error: { field: 'drillStatus' } } });
  });
});

describe('dashboard:changed', () => {
  it('tells a watching dashboard which articles changed, a burst of changes in one notice, and stops when it unwatches', async () => {
    const watcher = await server.connect('Vera', 'viewer');
    expect(await watcher.emitWithAck('dashboard:watch', { watch: true })).toEqual({ ok: true });
    const writer = await server.connect('Omar', 'editor');
    const notices: string[][] = [];
    watcher.on('dashboard:changed', ({ articleIds }) => notices.push(articleIds));
    for (const start of [10, 40, 70]) await writer.emitWithAck('claim:create', { articleId: EN_ARTICLE_ID, target: { start: start % 40, end: (start % 40) + 5 } });
    await writer.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 } });
    // The seed article changed last, so the notice naming it is the last: every change is told by then.
    await vi.waitFor(() => expect(notices.flat()).toContain(SEED_ARTICLE_ID), { timeout: 3000 });
    // The first change goes out at once; the rest, gathered, a second later at most.
    expect(notices.flat().sort()).toEqual(expect.arrayContaining([EN_ARTICLE_ID, SEED_ARTICLE_ID]));
    expect(notices.length).toBeLessThanOrEqual(2);
    // And the figures it then asks for include the changes.
    expect((await dashboard(`?articleId=${EN_ARTICLE_ID}`)).body.dashboard.total).toBe(4);

    expect(await watcher.emitWithAck('dashboard:watch', { watch: false })).toEqual({ ok: true });
    const colleague = await server.connect('Mona', 'viewer');
    expect(await colleague.emitWithAck('dashboard:watch', { watch: true })).toEqual({ ok: true });
    const before = notices.length;
    const told = nextEvent(colleague, 'dashboard:changed', 3000);
    await writer.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 20, end: 25 } });
    // The notice of this change went to every watcher in one emit; a round trip on the
    // connection that stopped watching brings anything it was sent before (one connection keeps order).
    expect((await told).articleIds).toEqual([SEED_ARTICLE_ID]);
    expect(await watcher.emitWithAck('dashboard:watch', { watch: false })).toEqual({ ok: true });
    expect(notices.length).toBe(before);
  });
});

describe('sign-off figures', () => {
  const publishUrl = `/api/articles/${SEED_ARTICLE_ID}/publish`;
  const signOff = async () => (await dashboard(`?articleId=${SEED_ARTICLE_ID}`)).body.dashboard.signOff;
  const drilled = async (stage: string) => {
    const res = await server.fetch(`/api/dashboard/claims?kind=signOff&stage=${stage}`, { as: 'Vera', role: 'viewer' });
    return ((await res.json()).claims as Array<{ claim: { id: string } }>).map((c) => c.claim.id);
  };

  it('counts an approved claim as approved, after publishing as published, after unpublishing no longer published', async () => {
    const reviewer = await server.connect('Layla', 'reviewer');
    const editor = await server.connect('Salma', 'editor');
    const watcher = await server.connect('Vera', 'viewer');
    expect(await watcher.emitWithAck('dashboard:watch', { watch: true })).toEqual({ ok: true });
    const update = async (socket: typeof editor, changes: Record<string, unknown>) =>
      expect(await socket.timeout(5000).emitWithAck('claim:update', { id: 'c-pentagon', changes } as never)).toMatchObject({ ok: true });
    await update(reviewer, { explanation: 'أكدته إحاطة البنتاغون.' });
    await update(reviewer, { review: 'ready' });
    expect(await signOff()).toEqual({ ready: 1, approved: 0, published: 0 });
    await update(editor, { review: 'approved' });
    expect(await signOff()).toEqual({ ready: 0, approved: 1, published: 0 });
    expect((await dashboard('?signOff=published')).body.dashboard.total).toBe(0);

    // Publishing moves no claim, yet the figures (cached per article until it changes) must follow, and watchers hear of it.
    const told = nextEvent(watcher, 'dashboard:changed', 5000);
    const post = { method: 'POST', as: 'Salma', role: 'editor' as const, headers: { 'content-type': 'application/json' }, body: '{}' };
    expect((await server.fetch(publishUrl, post)).status).toBe(201);
    expect((await told).articleIds).toContain(SEED_ARTICLE_ID);
    expect(await signOff()).toEqual({ ready: 0, approved: 1, published: 1 });
    expect(await drilled('published')).toEqual(['c-pentagon']);
    expect((await dashboard('?signOff=published')).body.dashboard.total).toBe(1);
    expect((await dashboard('?signOff=published')).body.dashboard.articles.find((a: { articleId: string }) => a.articleId === SEED_ARTICLE_ID).signOff.published).toBe(1);

    expect((await server.fetch(publishUrl, { method: 'DELETE', as: 'Salma', role: 'editor' })).status).toBe(200);
    expect(await signOff()).toEqual({ ready: 0, approved: 1, published: 0 });
    expect(await drilled('published')).toEqual([]);
    expect(await drilled('approved')).toEqual(['c-pentagon']);
  });

  it('refuses an unknown stage', async () => {
    expect(await dashboard('?signOff=maybe')).toMatchObject({ status: 400, body: { error: { field: 'signOff' } } });
    const res = await server.fetch('/api/dashboard/claims?kind=signOff&stage=none', { as: 'Vera', role: 'viewer' });
    expect(res.status).toBe(400);
  });
});
