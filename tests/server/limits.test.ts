import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { Claim, Comment } from '../../shared/domain/schemas.ts';
import { LIMITS } from '../../shared/limits.ts';
import { emitRaw, type TestClient, type TestServer } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();
type AckLike = { ok: boolean; error?: { code: string }; claim?: Claim; comment?: Comment };

async function setup(): Promise<{ server: TestServer; editor: TestClient; claim: Claim }> {
  const server = await scope.server();
  const editor = await server.connect('Mona', 'editor');
  await editor.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  const created = (await emitRaw(editor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 12 } })) as AckLike;
  return { server, editor, claim: created.claim! };
}

/** The stored workspace, to show a refused change kept nothing. */
const snapshotOf = async (server: TestServer) => JSON.stringify(await server.dump());

describe('what one claim and one article may hold', () => {
  it(`a claim takes ${LIMITS.evidencePerClaim} evidence links, then refuses more with limit_reached and keeps nothing`, async () => {
    const { server, editor, claim } = await setup();
    const first = (await emitRaw(editor, 'evidence:add', { claimId: claim.id, url: 'https://example.org/0' })) as AckLike;
    const template = first.claim!.evidence[0]!;
    await server.store.transact(async (tx) => {
      const now = (await tx.claim(claim.id))!;
      const evidence = Array.from({ length: LIMITS.evidencePerClaim }, (_, i) => ({ ...template, id: `ev-${i}`, url: `https://example.org/${i}` }));
      tx.putClaim({ ...now, evidence });
    });
    const before = await snapshotOf(server);
    const refused = (await emitRaw(editor, 'evidence:add', { claimId: claim.id, url: 'https://example.org/one-more' })) as AckLike;
    expect(refused).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(await snapshotOf(server)).toBe(before);
    // Removing one makes room again.
    expect(((await emitRaw(editor, 'evidence:remove', { claimId: claim.id, evidenceId: 'ev-0' })) as AckLike).ok).toBe(true);
    expect(((await emitRaw(editor, 'evidence:add', { claimId: claim.id, url: 'https://example.org/one-more' })) as AckLike).ok).toBe(true);
  });

  it(`a claim takes ${LIMITS.commentsPerClaim} comments, then refuses more`, async () => {
    const { server, editor, claim } = await setup();
    const first = (await emitRaw(editor, 'comment:create', { claimId: claim.id, text: 'first' })) as AckLike;
    await server.store.transact(async (tx) => {
      for (let i = 1; i < LIMITS.commentsPerClaim; i++) tx.putComment({ ...first.comment!, id: `cm-${i}`, text: `comment ${i}` });
    });
    const before = await snapshotOf(server);
    const refused = (await emitRaw(editor, 'comment:create', { claimId: claim.id, text: 'one more' })) as AckLike;
    expect(refused).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(await snapshotOf(server)).toBe(before);
    // Another claim has its own allowance.
    const other = (await emitRaw(editor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 20, end: 30 } })) as AckLike;
    expect(((await emitRaw(editor, 'comment:create', { claimId: other.claim!.id, text: 'fine' })) as AckLike).ok).toBe(true);
  });

  it(`an article takes ${LIMITS.claimsPerArticle.toLocaleString('en')} live claims, then refuses new ones and restores, until one is deleted`, async () => {
    const { server, editor, claim } = await setup();
    expect(((await emitRaw(editor, 'claim:delete', { id: claim.id })) as AckLike).ok).toBe(true);
    const template = (await server.store.claim(claim.id))!;
    await server.store.transact(async (tx) => {
      for (let i = 0; i < LIMITS.claimsPerArticle; i++) tx.putClaim({ ...template, id: `bulk-${i}`, deleted: null });
    });
    const before = await snapshotOf(server);
    const created = (await emitRaw(editor, 'claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 40, end: 50 } })) as AckLike;
    expect(created).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    const restored = (await emitRaw(editor, 'claim:restore', { id: claim.id })) as AckLike;
    expect(restored).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(await snapshotOf(server)).toBe(before);
    expect(((await emitRaw(editor, 'claim:delete', { id: 'bulk-0' })) as AckLike).ok).toBe(true);
    expect(((await emitRaw(editor, 'claim:restore', { id: claim.id })) as AckLike).ok).toBe(true);
  }, 30_000);
});
