import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { nextEvent } from '../helpers/test-server.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();

describe('the seq beacon', () => {
  it('tells the connections in an article its latest seq, so a client that missed a broadcast can tell, and nobody else', async () => {
    const server = await scope.server({ seqBeaconMs: 100 });
    const writer = await server.connect('Layla');
    const reader = await server.connect('Omar');
    const elsewhere = await server.connect('Mona');
    for (const s of [writer, reader]) expect((await s.emitWithAck('article:join', { articleId: SEED_ARTICLE_ID })).ok).toBe(true);
    const heardElsewhere: unknown[] = [];
    elsewhere.on('article:seq', (e) => heardElsewhere.push(e));

    expect(await nextEvent(reader, 'article:seq')).toEqual({ articleId: SEED_ARTICLE_ID, seq: 0 });
    const ack = await writer.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 12 } });
    expect(ack.ok && ack.seq).toBe(1);
    // Had the broadcast of change 1 been lost on its way, the beacon still says where the article is.
    let heard = await nextEvent(reader, 'article:seq');
    if (heard.seq === 0) heard = await nextEvent(reader, 'article:seq');
    expect(heard).toEqual({ articleId: SEED_ARTICLE_ID, seq: 1 });

    // Left, it hears no more of the article.
    expect((await reader.emitWithAck('article:leave', { articleId: SEED_ARTICLE_ID })).ok).toBe(true);
    const after: unknown[] = [];
    reader.on('article:seq', (e) => after.push(e));
    // A change after the leave, and the beacon naming it: that beacon went to the article's room after the leave.
    const second = await writer.emitWithAck('claim:create', { articleId: SEED_ARTICLE_ID, target: { start: 20, end: 30 } });
    expect(second.ok && second.seq).toBe(2);
    while ((await nextEvent(writer, 'article:seq')).seq !== 2);
    // One round trip on each connection: anything the server sent it before answering has arrived (one connection keeps order).
    for (const s of [reader, elsewhere]) expect((await s.emitWithAck('article:leave', { articleId: SEED_ARTICLE_ID })).ok).toBe(true);
    expect(after).toEqual([]);
    expect(heardElsewhere).toEqual([]);
  });
});
