import { join } from 'node:path';
import { io } from 'socket.io-client';
import { testScope } from '../helpers/test-scope.ts';
import { describe, expect, it } from 'vitest';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { seedAccount, spawnServer, type ServerProcess } from '../helpers/server-process.ts';
import type { TestClient } from '../helpers/test-server.ts';

/**
 * The server, in a child process under constant load from several clients,
 * is killed with SIGKILL at random moments and restarted, many times over.
 * Every change acked before a kill must be there afterwards, and db.json
 * with its journal must load every time.
 */
const KILLS = 12;
const CLIENTS = 3;

const scope = testScope();

/** The seed body has 2,401 characters; spans stay inside it. */
const spanAt = (start: number, length: number) => ({ start, end: Math.min(start + length, 2400) });

/** A deterministic PRNG so a failing run can be replayed. */
function prng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('crash safety', () => {
  it(`${KILLS} SIGKILLs under load: every acked change survives, db.json and its journal always load`, async () => {
    const file = join(scope.dir(), 'db.json');
    const cookies: string[] = [];
    for (let i = 0; i < CLIENTS; i++) cookies.push(await seedAccount(file, `Writer${i}`, 'reviewer'));
    const random = prng(20261129);
    /** claim id → the highest version an ack reported for it. */
    const acked = new Map<string, number>();
    let opCounter = 0;

    for (let round = 0; round < KILLS; round++) {
      // Snapshots every few dozen kilobytes of journal, so kills land around them too.
      const server: ServerProcess = await spawnServer(file, { MUTATION_RATE: '100000/1', SNAPSHOT_JOURNAL_BYTES: '40000' });
      const sockets: TestClient[] = cookies.map((cookie) =>
        io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true }),
      );
      await Promise.all(sockets.map((s) => new Promise((r) => s.once('connect', () => r(null)))));
      let running = true;
      // Killed after a random number of acks this round, not after a random time: it always lands under load, however slow the machine.
      const killAfter = 10 + Math.floor(random() * 80);
      let ackedThisRound = 0;
      let reached!: () => void;
      const enoughAcked = new Promise<void>((r) => (reached = r));
      const load = sockets.map(async (socket) => {
        while (running) {
          const known = [...acked.keys()];
          const ack =
            known.length > 0 && random() < 0.5
              ? await socket
                  .timeout(2000)
                  .emitWithAck('claim:update', {
                    opId: `op-${round}-${opCounter++}`,
                    id: known[Math.floor(random() * known.length)]!,
                    changes: { note: `note ${opCounter}` },
                  })
                  .catch(() => null)
              : await socket
                  .timeout(2000)
                  .emitWithAck('claim:create', {
                    opId: `op-${round}-${opCounter++}`,
                    articleId: SEED_ARTICLE_ID,
                    target: spanAt(Math.floor(random() * 2000), 10 + Math.floor(random() * 300)),
                  })
                  .catch(() => null);
          if (ack && ack.ok) {
            const claim = (ack as { claim: Claim }).claim;
            acked.set(claim.id, Math.max(acked.get(claim.id) ?? 0, claim.version));
            if (++ackedThisRound >= killAfter) reached();
          }
          if (!socket.connected) break;
        }
      });
      await Promise.race([enoughAcked, Promise.all(load)]);
      server.child.kill('SIGKILL');
      await server.exited;
      running = false;
      await Promise.all(load);
      sockets.forEach((s) => s.close());

      // After every kill: db.json and its journal load (as the next start will) and hold every acked change.
      const claims = (await JsonWorkspaceStore.read(file)).dump().claims;
      for (const [id, version] of acked) {
        expect(claims[id], `round ${round}: acked claim ${id} lost`).toBeDefined();
        expect(claims[id]!.version, `round ${round}: acked change to ${id} lost`).toBeGreaterThanOrEqual(version);
      }
    }
    console.log(`crash test: ${acked.size} claims with acked changes across ${KILLS} kills`);
    expect(acked.size).toBeGreaterThan(KILLS * 5); // the load was real
  }, 120_000);
});
