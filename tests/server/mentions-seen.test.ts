import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { isMentionSeen } from '../../shared/domain/mentions-seen.ts';
import { claimOn, emitRaw, nextEvent, startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';

/**
 * A mention read on the phone is read on the laptop: what a person has
 * seen is stored with their account (on both stores), their other
 * connections hear it at once, and it survives a restart.
 */
let server: TestServer;
let dir: { dir: string; cleanup: () => void };
beforeEach(async () => {
  dir = tempDir();
  server = await startTestServer(join(dir.dir, 'db.json'));
});
afterEach(async () => {
  await server.stop();
  dir.cleanup();
});

/** Layla mentions Omar twice on a claim of the seed article; returns the two comments. */
async function omarMentionedTwice() {
  const layla = await server.connect('Layla');
  await server.login('Omar');
  await layla.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID });
  const claimId = await claimOn(server, layla, 'الأولى منذ 24 عاما');
  const made = [];
  for (const text of ['@Omar can you check this?', '@Omar and the date too']) {
    const ack = await layla.emitWithAck('comment:create', { claimId, text });
    if (!ack.ok) throw new Error(ack.error.message);
    made.push(ack.comment);
  }
  return { layla, comments: made };
}

describe('mentions seen, per account', () => {
  it('marking one seen on the phone tells the laptop, and is kept with the account across a restart', async () => {
    const { comments } = await omarMentionedTwice();
    const phone = await server.connect('Omar');
    const laptop = await server.connect('Omar');
    expect(await laptop.emitWithAck('mentions:get', { articleId: SEED_ARTICLE_ID })).toEqual({ ok: true, mark: { upTo: '', seen: [] } });

    const heard = nextEvent(laptop, 'mentions:seen');
    const ack = await phone.emitWithAck('mentions:seen', { articleId: SEED_ARTICLE_ID, commentId: comments[1]!.id });
    expect(ack.ok).toBe(true);
    const event = await heard;
    expect(event.articleId).toBe(SEED_ARTICLE_ID);
    expect(isMentionSeen(event.mark, comments[1]!)).toBe(true);
    expect(isMentionSeen(event.mark, comments[0]!)).toBe(false);

    // Twice is once.
    await phone.emitWithAck('mentions:seen', { articleId: SEED_ARTICLE_ID, commentId: comments[1]!.id });
    await server.stop();
    server = await startTestServer(server.file);
    const later = await server.connect('Omar');
    const mark = await later.emitWithAck('mentions:get', { articleId: SEED_ARTICLE_ID });
    if (!mark.ok) throw new Error(mark.error.message);
    expect(mark.mark.seen.map(([id]) => id)).toEqual([comments[1]!.id]);
  });

  it('refuses a comment that does not mention the person, an unknown one, or a malformed request, and changes nothing', async () => {
    const { comments } = await omarMentionedTwice();
    const sara = await server.connect('Sara');
    const omar = await server.connect('Omar');
    const before = JSON.stringify(Object.values((await server.dump()).users).map((u) => u.mentionsSeen ?? null));
    expect(await sara.emitWithAck('mentions:seen', { articleId: SEED_ARTICLE_ID, commentId: comments[0]!.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await omar.emitWithAck('mentions:seen', { articleId: SEED_ARTICLE_ID, commentId: 'no-such-comment' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await emitRaw(omar, 'mentions:seen', { articleId: SEED_ARTICLE_ID })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await emitRaw(omar, 'mentions:seen', { articleId: SEED_ARTICLE_ID, commentId: comments[0]!.id, userId: 'u-sara' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(JSON.stringify(Object.values((await server.dump()).users).map((u) => u.mentionsSeen ?? null))).toBe(before);
  });
});
