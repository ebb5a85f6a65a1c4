import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore, type JsonStoreOptions } from '../../../server/store/json-store.ts';
import { readJournal } from '../../../server/store/journal/journal-file.ts';
import { testScope } from '../../helpers/test-scope.ts';
import { addArticle, createClaim, runnerOf, setNote } from '../../helpers/store-ops.ts';

const scope = testScope();

async function open(options: JsonStoreOptions = {}, file = join(scope.dir(), 'db.json')): Promise<JsonWorkspaceStore> {
  const store = await JsonWorkspaceStore.open(file, seedWorkspace, options);
  scope.defer(() => store.close());
  return store;
}

describe('the journal store', () => {
  it('creates a missing file as a snapshot with an empty journal, and opens it again as it was', async () => {
    const store = await open();
    const runner = runnerOf(store);
    const claim = await createClaim(runner, 10);
    await store.close();
    const snapshot = JSON.parse(readFileSync(store.file, 'utf8'));
    expect(snapshot).toMatchObject({ schemaVersion: 3, lastCommit: 1 });
    expect(Object.keys(snapshot.claims)).toEqual([claim.id]);
    // The final snapshot on close took everything; the journal holds just its header.
    expect((await readJournal(`${store.file}.journal`))!.lines).toEqual([]);
    const again = await open({}, store.file);
    expect(again.dump()).toEqual(store.dump());
  });

  it('group commit: 200 concurrent transactions go out in a handful of appends, each acked only once it is on disk', async () => {
    const store = await open();
    const runner = runnerOf(store);
    const before = store.stats();
    const acked = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        createClaim(runner, (i * 7) % 2000, 12).then(async (claim) => {
          // What the next start would read, at the moment of the ack.
          const onDisk = (await JsonWorkspaceStore.read(store.file)).dump();
          return Object.hasOwn(onDisk.claims, claim.id);
        }),
      ),
    );
    expect(acked.every(Boolean)).toBe(true);
    const after = store.stats();
    expect(after.commits - before.commits).toBe(200);
    expect(after.groupCommits - before.groupCommits).toBeGreaterThan(0);
    expect(after.groupCommits - before.groupCommits).toBeLessThan(20);
  });

  it('a transaction that writes nothing appends nothing; one that throws applies nothing', async () => {
    const store = await open();
    const before = store.stats();
    expect(await store.transact(async (tx) => (await tx.article(SEED_ARTICLE_ID))?.id)).toBe(SEED_ARTICLE_ID);
    expect(store.stats()).toEqual(before);
    const claim = await createClaim(runnerOf(store), 10);
    await expect(
      store.transact((tx) => {
        tx.putClaim({ ...claim, note: 'half a change' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(store.dump().claims[claim.id]!.note).toBe('');
  });

  it('a commit costs what it changes: the same update appends the same bytes in a workspace forty times larger, and db.json is not rewritten', async () => {
    const measure = async (articles: number, claimsEach: number) => {
      const store = await open();
      const runner = runnerOf(store);
      for (let a = 0; a < articles; a++) {
        const id = await addArticle(store, `Article ${String(a).padStart(3, '0')}`);
        await Promise.all(Array.from({ length: claimsEach }, (_, i) => createClaim(runner, i * 20, 15, id)));
      }
      const target = await createClaim(runner, 100, 15);
      const snapshotBefore = readFileSync(store.file, 'utf8');
      const bytesBefore = store.stats().journalBytesWritten;
      await setNote(runner, target.id, 'checked against the wire copy');
      const bytes = store.stats().journalBytesWritten - bytesBefore;
      expect(readFileSync(store.file, 'utf8')).toBe(snapshotBefore);
      return { bytes, claims: Object.keys(store.dump().claims).length };
    };
    const small = await measure(1, 20);
    const large = await measure(20, 40);
    expect(large.claims).toBeGreaterThan(small.claims * 30);
    // Only the transaction's own numbers (a few more digits) may differ.
    expect(Math.abs(large.bytes - small.bytes)).toBeLessThanOrEqual(16);
    expect(large.bytes).toBeLessThan(4000);
  });

  it('keeps the change log for catching up bounded by bytes as well as count', async () => {
    const store = await open({ caps: { logEvents: 1000, logBytes: 20_000 } });
    const runner = runnerOf(store);
    const claim = await createClaim(runner, 10);
    for (let i = 0; i < 60; i++) await setNote(runner, claim.id, `note ${i} `.repeat(20));
    expect(await store.seq(SEED_ARTICLE_ID)).toBe(61);
    expect(await store.changesSince(SEED_ARTICLE_ID, 1)).toBeNull(); // too far back: a snapshot instead
    const recent = await store.changesSince(SEED_ARTICLE_ID, 58);
    expect(recent!.map((e) => e.seq)).toEqual([59, 60, 61]);
    expect((recent![2]!.payload as { claim: { note: string } }).claim.note).toBe('note 59 '.repeat(20));
  });

  it('keeps acking changes into the journal while a snapshot is being written, and the snapshot plus journal hold them all', async () => {
    const phases: string[] = [];
    const store = await open({ onSnapshotPhase: (p) => phases.push(p) });
    const runner = runnerOf(store);
    for (let batch = 0; batch < 10; batch++) await Promise.all(Array.from({ length: 200 }, (_, i) => createClaim(runner, (batch * 200 + i) % 2300, 40)));
    let snapshotDone = false;
    const snapshot = store.snapshot().then(() => (snapshotDone = true));
    const during: boolean[] = [];
    while (!phases.includes('writing')) await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 5; i++) {
      await createClaim(runner, 500 + i, 20);
      during.push(!snapshotDone);
    }
    await snapshot;
    expect(during.filter(Boolean).length).toBeGreaterThan(0); // acked before the snapshot finished
    expect(phases).toEqual(['writing', 'written', 'rotating', 'rotated']);
    const before = store.dump();
    await store.close();
    const again = await open({}, store.file);
    expect(again.dump()).toEqual(before);
    expect(Object.keys(before.claims)).toHaveLength(2005);
  });

  it('close finishes what is pending and writes a final snapshot, then refuses changes', async () => {
    const store = await open();
    const runner = runnerOf(store);
    const pending = createClaim(runner, 10);
    await store.close();
    const claim = await pending;
    expect(Object.keys(JSON.parse(readFileSync(store.file, 'utf8')).claims)).toEqual([claim.id]);
    const { ack } = await runner.run({ type: 'claim:create', input: { articleId: SEED_ARTICLE_ID, target: { start: 0, end: 5 } } }, { actor: 'L', actorId: 'u', now: new Date().toISOString() });
    expect(ack).toMatchObject({ ok: false, error: { code: 'shutting_down' } });
  });
});
