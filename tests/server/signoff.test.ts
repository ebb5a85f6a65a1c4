import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { DEFAULT_RATING_SCALE } from '../../shared/domain/ratings.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { claimOn, nextEvent, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

/**
 * Sign-off over the socket, on the embedded store and on PostgreSQL: the
 * ack, what colleagues hear, and what a restarted server finds.
 */

const scope = testScope();
const KREMLIN = 'وثائق مهمة للغاية';

async function joined(server: TestServer, name: string, role: 'reviewer' | 'editor' | 'viewer'): Promise<TestClient> {
  const socket = await server.connect(name, role);
  const ack = await socket.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  if (!ack.ok) throw new Error(ack.error.message);
  return socket;
}

async function update(socket: TestClient, id: string, changes: Record<string, unknown>, baseVersion?: number) {
  return socket.timeout(5000).emitWithAck('claim:update', { id, changes, ...(baseVersion ? { baseVersion } : {}) } as never);
}

const stored = async (server: TestServer, id: string): Promise<Claim> => (await server.durableDump()).claims[id]!;

describe('sign-off over the socket', () => {
  it('a reviewer writes the explanation and marks ready; an editor approves; a later change puts it back to ready; all durable and heard live', async () => {
    const server = await scope.server();
    const layla = await joined(server, 'Layla', 'reviewer');
    const omar = await joined(server, 'Omar', 'editor');
    const id = await claimOn(server, layla, KREMLIN);

    const heard = nextEvent(omar, 'claim:updated');
    const written = await update(layla, id, { explanation: 'قال الكرملين ذلك في بيان رسمي.', review: 'ready' });
    expect(written).toMatchObject({ ok: true, claim: { explanation: 'قال الكرملين ذلك في بيان رسمي.', review: 'ready', approval: null } });
    expect((await heard).claim).toMatchObject({ review: 'ready' });

    const approvedHeard = nextEvent(layla, 'claim:updated');
    const approved = await update(omar, id, { review: 'approved' });
    if (!approved.ok) throw new Error(approved.error.message);
    expect(approved.claim.approval).toMatchObject({ by: 'Omar', byId: expect.any(String) });
    expect((await approvedHeard).history.changes).toEqual([{ field: 'review', from: 'ready', to: 'approved' }]);
    expect(await stored(server, id)).toMatchObject({ review: 'approved', approval: { by: 'Omar' } });

    const undone = nextEvent(omar, 'claim:updated');
    const changed = await update(layla, id, { explanation: 'قال الكرملين ذلك في بيان رسمي يوم 18 يونيو.' });
    expect(changed).toMatchObject({ ok: true, claim: { review: 'ready', approval: null } });
    expect((await undone).history.changes).toContainEqual({ field: 'review', from: 'approved', to: 'ready' });
    expect(await stored(server, id)).toMatchObject({ review: 'ready', approval: null, explanation: 'قال الكرملين ذلك في بيان رسمي يوم 18 يونيو.' });
    const history = (await server.durableDump()).history[id]!;
    expect(history.map((h) => h.changes.map((c) => c.field).join('+'))).toEqual(['quote+status', 'explanation+review', 'review', 'explanation+review']);
  });

  it('refuses a reviewer approving and a viewer marking ready, storing nothing', async () => {
    const server = await scope.server();
    const layla = await joined(server, 'Layla', 'reviewer');
    const id = await claimOn(server, layla, KREMLIN);
    await update(layla, id, { review: 'ready' });
    const viewer = await joined(server, 'Sara', 'viewer');
    const work = async () => {
      const { claims, comments, history, seqs } = await server.durableDump();
      return { claims, comments, history, seqs };
    };
    const before = await work();
    expect(await update(layla, id, { review: 'approved' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await update(layla, id, { review: 'none', reviewComment: 'not yet' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await update(viewer, id, { review: 'ready' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await work()).toEqual(before);
  });

  it('an editor sends a claim back with a comment: one change, the comment heard with it and stored', async () => {
    const server = await scope.server();
    const layla = await joined(server, 'Layla', 'reviewer');
    const omar = await joined(server, 'Omar', 'editor');
    const id = await claimOn(server, layla, KREMLIN);
    await update(layla, id, { review: 'ready' });
    const heard = nextEvent(layla, 'claim:updated');
    const sent = await update(omar, id, { review: 'none', reviewComment: '@Layla أضيفي مصدرا مستقلا' });
    expect(sent).toMatchObject({ ok: true, claim: { review: 'none' }, comment: { text: '@Layla أضيفي مصدرا مستقلا', claimId: id } });
    const event = await heard;
    expect(event.comment).toMatchObject({ text: '@Layla أضيفي مصدرا مستقلا', createdBy: 'Omar' });
    expect(event.comment!.mentions).toHaveLength(1);
    expect(event.seq).toBe(sent.ok ? sent.seq : -1);
    const dump = await server.durableDump();
    expect(Object.values(dump.comments).filter((c) => c.claimId === id).map((c) => c.text)).toEqual(['@Layla أضيفي مصدرا مستقلا']);
  });

  it('a rating must be a label of the workspace scale: an unknown one is refused with a clear error', async () => {
    const server = await scope.server();
    const layla = await joined(server, 'Layla', 'reviewer');
    const id = await claimOn(server, layla, KREMLIN);
    const before = await server.durableDump();
    expect(await update(layla, id, { rating: 'pants-on-fire' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_rating', message: "No such label in the workspace's rating scale.", field: 'changes.rating' },
    });
    expect(await server.durableDump()).toEqual(before);
    expect(await update(layla, id, { rating: DEFAULT_RATING_SCALE.labels[1]!.id })).toMatchObject({ ok: true, claim: { rating: 'misleading' } });
  });

  it('the rating scale is set through the settings route, validated, and governs ratings from then on', async () => {
    const server = await scope.server();
    const scale = { ...DEFAULT_RATING_SCALE, bestRating: 5, labels: [...DEFAULT_RATING_SCALE.labels, { id: 'pants-on-fire', ratingValue: 5, name: { en: 'Pants on fire', ar: 'كذب صريح' } }] };
    const bad = await server.fetch('/api/settings', { method: 'PATCH', as: 'Admin', role: 'admin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ratings: { ...scale, worstRating: 0 } }) });
    expect(bad.status).toBe(400);
    expect((await server.store.settings()).ratings).toEqual(DEFAULT_RATING_SCALE);
    const byEditor = await server.fetch('/api/settings', { method: 'PATCH', as: 'Omar', role: 'editor', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ratings: scale }) });
    expect(byEditor.status).toBe(403);
    const good = await server.fetch('/api/settings', { method: 'PATCH', as: 'Admin', role: 'admin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ratings: scale }) });
    expect(good.status).toBe(200);
    expect((await server.durableDump()).settings.ratings).toEqual(scale);
    const layla = await joined(server, 'Layla', 'reviewer');
    const id = await claimOn(server, layla, KREMLIN);
    expect(await update(layla, id, { rating: 'pants-on-fire' })).toMatchObject({ ok: true, claim: { rating: 'pants-on-fire' } });
  });
});
