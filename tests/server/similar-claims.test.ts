import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { CLAIM_SEARCH_QUERY_MAX } from '../../shared/limits.ts';
import { startTestServer, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
let server: TestServer;
beforeEach(async () => {
  server = await scope.server();
});

const MUNITIONS = 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر';
/** Article B says the same thing in other spelling: diacritics, a clitic, ة for ه. */
const B_BODY = 'تقرير آخر.\n\nوأكدت مصادر أن كوريا الشماليّة زوّدت روسيا بكمياتٍ كبيرة من الذخائر، حسب التقرير.\n\nوافتتح الرئيس مصنعا جديدا للسيارات الكهربائية.';

async function get(path: string, as: string | null = 'Viewer Vera', role: Role = 'viewer') {
  const res = await server.fetch(path, as === null ? {} : { as, role });
  return { status: res.status, body: await res.json() };
}

/** Captures the first occurrence of `words` in an article, as `client`. */
async function capture(client: TestClient, articleId: string, words: string, extra: Record<string, unknown> = {}): Promise<Claim> {
  const join = await client.emitWithAck('article:join', { articleId });
  if (!join.ok) throw new Error(join.error.code);
  const points = [...join.article.body.join('\n\n')];
  const at = points.join('').indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in ${articleId}`);
  const start = [...points.join('').slice(0, at)].length;
  const ack = await client.emitWithAck('claim:create', { articleId, target: { start, end: start + [...words].length }, ...extra });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.claim;
}

async function twoArticles() {
  const created = await server.fetch('/api/articles', { as: 'Mona', role: 'editor', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'مقال ب', body: B_BODY }) });
  expect(created.status).toBe(201);
  const articleB = (await created.json()).article.id as string;
  const layla = await server.connect('Layla', 'reviewer');
  const checked = await capture(layla, SEED_ARTICLE_ID, MUNITIONS, { status: 'disputed', summary: 'ذخائر كورية لروسيا', attributedTo: 'الدول الغربية' });
  const withEvidence = await layla.emitWithAck('evidence:add', { claimId: checked.id, url: 'https://example.org/report', title: 'UN panel report' });
  expect(withEvidence.ok).toBe(true);
  const fresh = await capture(layla, articleB, 'كوريا الشماليّة زوّدت روسيا بكمياتٍ كبيرة من الذخائر');
  const other = await capture(layla, articleB, 'افتتح الرئيس مصنعا جديدا');
  return { layla, articleB, checked, fresh, other };
}

describe('GET /api/claims/:id/similar', () => {
  it('lists a claim checked in another article, with its verdict, source, evidence and article title; never the claim’s own article', async () => {
    const { articleB, checked, fresh } = await twoArticles();
    const { status, body } = await get(`/api/claims/${fresh.id}/similar`);
    expect(status).toBe(200);
    expect(body.similar).toHaveLength(1);
    const [found] = body.similar;
    expect(found).toMatchObject({ articleId: SEED_ARTICLE_ID, claim: { id: checked.id, status: 'disputed', attributedTo: 'الدول الغربية', evidence: [{ url: 'https://example.org/report' }] } });
    expect(found.articleTitle).toBe((await get(`/api/articles/${SEED_ARTICLE_ID}`)).body.article.title);
    expect(found.score).toBeGreaterThan(0.5);
    // And the other way round: the seed's claim finds B's, not the unrelated claim beside it.
    const back = await get(`/api/claims/${checked.id}/similar`);
    expect(back.body.similar.map((s: { claim: Claim; articleId: string }) => [s.claim.id, s.articleId])).toEqual([[fresh.id, articleB]]);
  });

  it('follows edits: a summary changed, a claim re-attached to other words, a claim deleted and restored, and a restart', async () => {
    const { layla, checked, fresh, other } = await twoArticles();
    const similarTo = async (id: string) => (await get(`/api/claims/${id}/similar`)).body.similar.map((s: { claim: Claim }) => s.claim.id);
    const search = async (q: string) => (await get(`/api/claims/search?q=${encodeURIComponent(q)}`)).body.claims.map((s: { claim: Claim }) => s.claim.id);

    expect(await search('مصنع السيارات')).toEqual([other.id]);
    expect((await layla.emitWithAck('claim:update', { id: other.id, changes: { summary: 'Electric car factory opened' } })).ok).toBe(true);
    expect(await search('factories')).toEqual([other.id]);

    // Re-attached onto other words, the claim is found by its new quote, no longer by its old one.
    const reattached = await layla.emitWithAck('claim:reattach', { id: fresh.id, target: { start: 0, end: [...'تقرير آخر'].length } });
    expect(reattached.ok).toBe(true);
    expect(await similarTo(checked.id)).toEqual([]);
    expect(await search('الذخائر')).toEqual([checked.id]);

    expect((await layla.emitWithAck('claim:delete', { id: checked.id })).ok).toBe(true);
    expect(await search('الذخائر')).toEqual([]);
    expect((await get(`/api/claims/${checked.id}/similar`)).status).toBe(404);
    expect((await layla.emitWithAck('claim:restore', { id: checked.id })).ok).toBe(true);
    expect(await search('الذخائر')).toEqual([checked.id]);

    await server.stop();
    server = await startTestServer(server.file);
    scope.defer(() => server.stop());
    expect(await search('الذخائر')).toEqual([checked.id]);
    expect(await search('factory')).toEqual([other.id]);
  });

  it('follows a revision: a claim whose words are edited is found by its new words', async () => {
    const { articleB, other } = await twoArticles();
    const search = async (q: string) => (await get(`/api/claims/search?q=${encodeURIComponent(q)}`)).body.claims.map((s: { claim: Claim }) => s.claim.id);
    const editor = await server.connect('Mona', 'editor');
    const join = await editor.emitWithAck('article:join', { articleId: articleB });
    if (!join.ok) throw new Error(join.error.code);
    // One word of the claim's words changes: the claim follows the edit and its quote with it.
    const body = join.article.body.join('\n\n').replace('مصنعا جديدا', 'معملا جديدا');
    const revised = await editor.emitWithAck('article:revise', { articleId: articleB, body, baseRevision: join.article.revision });
    if (!revised.ok) throw new Error(revised.error.code);
    expect(revised.result.moved).toContain(other.id);
    expect(await search('معمل')).toEqual([other.id]);
    expect(await search('مصنع')).toEqual([]);
  });
});

describe('GET /api/claims/search', () => {
  it('finds claims of every article however the words are written (diacritics, hamza, ة/ه, digits, clitics), with their article', async () => {
    const { articleB, checked, fresh } = await twoArticles();
    const { status, body } = await get(`/api/claims/search?q=${encodeURIComponent('والذخائر الكوريه')}`);
    expect(status).toBe(200);
    const found = body.claims as Array<{ claim: Claim; articleId: string; articleTitle: string; score: number }>;
    expect(new Set(found.map((f) => f.claim.id))).toEqual(new Set([checked.id, fresh.id]));
    expect(found.find((f) => f.claim.id === fresh.id)).toMatchObject({ articleId: articleB, articleTitle: 'مقال ب' });
    // Only claims: no article text in the answer.
    expect(JSON.stringify(body)).not.toContain('افتتح الرئيس مصنعا جديدا للسيارات');
    expect((await get(`/api/claims/search?q=${encodeURIComponent('الذخائر')}&limit=1`)).body.claims).toHaveLength(1);
  });

  it('is for every role that reads; bad input is refused with a clear error', async () => {
    await twoArticles();
    expect(await get('/api/claims/search?q=x', null)).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthenticated' } } });
    expect((await get('/api/claims/some-id/similar', null)).status).toBe(401);
    for (const role of ['viewer', 'reviewer', 'editor', 'admin'] as const) expect((await get('/api/claims/search?q=روسيا', `Some ${role}`, role)).status).toBe(200);
    for (const q of ['', '%20%20', encodeURIComponent('ذ'.repeat(CLAIM_SEARCH_QUERY_MAX + 1))]) {
      expect(await get(`/api/claims/search?q=${q}`)).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid_payload', field: 'q' } } });
    }
    expect((await get('/api/claims/search')).status).toBe(400);
    expect(await get('/api/claims/no-such-claim/similar')).toMatchObject({ status: 404, body: { ok: false, error: { code: 'not_found' } } });
    // Only function words: nothing to look for, nothing found.
    expect(await get(`/api/claims/search?q=${encodeURIComponent('في من the')}`)).toEqual({ status: 200, body: { claims: [] } });
  });
});
