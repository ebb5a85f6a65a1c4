import { SEED_ARTICLE_ID, seedWorkspace } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import { createClaim, runnerOf, setNote } from '../../helpers/store-ops.ts';

/**
 * A process that writes to the store as fast as it can, with snapshots
 * taken every few hundred kilobytes of journal, and prints what happens:
 *   phase <writing|written|rotating|rotated>   a snapshot's steps
 *   ack <claimId> <version>                      a change is durable
 * tests/server/store/kill.test.ts kills it with SIGKILL at chosen moments.
 * Run as: node --import tsx crash-child.ts <db file> <claims to create first>
 */
const [file, warmUp] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);
const store = await JsonWorkspaceStore.open(file!, seedWorkspace, {
  snapshotPolicy: { journalBytes: 200_000, maxAgeMs: 60_000 },
  onSnapshotPhase: (phase) => say(`phase ${phase}`),
});
const runner = runnerOf(store);
const known: string[] = Object.keys(store.dump().claims);
say(`ready ${known.length}`);

let n = 0;
const next = () => (n = (n * 1103515245 + 12345) % 2 ** 31);
async function writer(): Promise<never> {
  for (;;) {
    const claim =
      known.length < Number(warmUp) || next() % 3 === 0
        ? await createClaim(runner, next() % 2300, 10 + (next() % 80), SEED_ARTICLE_ID)
        : await setNote(runner, known[next() % known.length]!, `note ${next()} `.repeat(1 + (next() % 8)));
    if (claim.version === 1) known.push(claim.id);
    say(`ack ${claim.id} ${claim.version}`);
  }
}
await Promise.all(Array.from({ length: 8 }, writer));
