import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { testScope } from '../helpers/test-scope.ts';

const scope = testScope();

/**
 * Two claims in two articles (so the article row locks do not order them)
 * moving between the same two sources in opposite directions at once: each
 * transaction changes both sources' tally rows, in opposite orders. Every
 * change must be acked and the tallies must end exact. (Without taking the
 * rows in key order first, lockSourceTallies, PostgreSQL finds deadlocks
 * here; the store retries them, so this still passes, only a second slower
 * per deadlock.)
 */
describe('source tallies under concurrent moves', () => {
  it('never deadlock, and end exact', async () => {
    const server = await scope.server();
    const socket = await server.connect('Mona', 'editor');
    const other = await server.connect('Omar', 'editor');
    const res = await server.fetch('/api/articles', {
      as: 'Mona',
      role: 'editor',
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ title: 'Second', body: 'The Kremlin said the talks went well.\n\nWashington said they did not.' }),
    });
    const article = (await res.json()).article as { id: string };
    const create = async (s: typeof socket, articleId: string, attributedTo: string) => {
      const ack = await s.timeout(5000).emitWithAck('claim:create', { articleId, target: { start: 0, end: 10 }, attributedTo });
      if (!ack.ok) throw new Error(ack.error.code);
      return ack.claim.id;
    };
    const x = await create(socket, SEED_ARTICLE_ID, 'Alpha');
    const y = await create(other, article.id, 'Beta');
    const failures: string[] = [];
    for (let i = 0; i < 40; i++) {
      const [a, b] = i % 2 ? ['Alpha', 'Beta'] : ['Beta', 'Alpha'];
      const acks = await Promise.all([
        socket.timeout(20_000).emitWithAck('claim:update', { id: x, changes: { attributedTo: a } }),
        other.timeout(20_000).emitWithAck('claim:update', { id: y, changes: { attributedTo: b } }),
      ]);
      for (const ack of acks) if (!ack.ok) failures.push(ack.error.code);
    }
    expect(failures).toEqual([]);
    const { sources } = await (await server.fetch('/api/sources', { as: 'Vera', role: 'viewer' })).json();
    expect(sources.map((s: { name: string; claims: number }) => [s.name, s.claims]).sort()).toEqual([['Alpha', 1], ['Beta', 1]]);
  });
});
