import { appendFileSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import type { StoreLog } from '../../../server/store/json/recover.ts';
import { DbFileError } from '../../../server/store/store.ts';
import { testScope } from '../../helpers/test-scope.ts';
import { createClaim, runnerOf, setNote } from '../../helpers/store-ops.ts';
import { withClaimDefaults } from '../../../server/store/codec/record-codec.ts';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';

const scope = testScope();
const V2_FIXTURE = new URL('../../fixtures/stores/db-v2.json', import.meta.url);

function recordingLog(): StoreLog & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, error() {}, warn: (_fields, message) => void warnings.push(message) };
}

/** A closed workspace whose journal holds three commits after its snapshot (ids of the claims made). */
async function workspaceWithJournal(): Promise<{ file: string; journal: string; ids: string[] }> {
  const file = join(scope.dir(), 'db.json');
  const store = await JsonWorkspaceStore.open(file, seedWorkspace);
  const runner = runnerOf(store);
  const ids: string[] = [];
  for (const start of [10, 60, 120]) ids.push((await createClaim(runner, start)).id);
  // The files as a crash now would leave them: the journal is the only record of the three.
  const crashed = atCrash(file);
  await store.close();
  crashed.putBack();
  expect(JSON.parse(readFileSync(file, 'utf8')).claims).toEqual({});
  return { file, journal: `${file}.journal`, ids };
}

/** db.json and its journal as they are on disk now; putBack() restores them (after the store has let go). */
function atCrash(file: string) {
  const snapshot = readFileSync(file);
  const journal = readFileSync(`${file}.journal`);
  return {
    journal,
    putBack(journalBytes: Buffer = journal) {
      writeFileSync(file, snapshot);
      writeFileSync(`${file}.journal`, journalBytes);
    },
  };
}

const bytesOf = (...files: string[]) => files.map((f) => (existsSync(f) ? readFileSync(f).toString('base64') : null));

describe('start-up and recovery', () => {
  it('replays the journal onto the snapshot', async () => {
    const { file, ids } = await workspaceWithJournal();
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    scope.defer(() => store.close());
    expect(Object.keys(store.dump().claims).sort()).toEqual([...ids].sort());
    expect(await store.seq(SEED_ARTICLE_ID)).toBe(3);
  });

  it('drops a torn last line (a crash during an append: never acked), says so, and carries on from the line before', async () => {
    const { file, journal, ids } = await workspaceWithJournal();
    const good = readFileSync(journal);
    appendFileSync(journal, '3f2a9c10 {"t":[{"n":4,"m":[{"k":"claim","v":{"id":"half');
    const log = recordingLog();
    const store = await JsonWorkspaceStore.open(file, seedWorkspace, { log });
    scope.defer(() => store.close());
    expect(log.warnings.join('\n')).toMatch(/dropped the torn last line 5 of .*db\.json\.journal/);
    expect(Object.keys(store.dump().claims)).toHaveLength(3);
    expect(readFileSync(journal).equals(good)).toBe(true); // cut back to the last good line
    // And it goes on from there.
    const next = await createClaim(runnerOf(store), 200);
    expect(Object.keys(store.dump().claims)).toEqual(expect.arrayContaining([...ids, next.id]));
  });

  it('refuses a journal damaged in the middle, naming it, and touches nothing', async () => {
    const { file, journal } = await workspaceWithJournal();
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"status":"unreviewed"', '"status":"verified"'); // the checksum no longer matches
    writeFileSync(journal, lines.join('\n'));
    const before = bytesOf(file, journal);
    const open = JsonWorkspaceStore.open(file, seedWorkspace);
    await expect(open).rejects.toThrow(DbFileError);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/db\.json\.journal is damaged: line 3 .*good lines follow it/);
    expect(bytesOf(file, journal)).toEqual(before);
  });

  it('refuses a journal with a transaction missing in the middle', async () => {
    const { file, journal } = await workspaceWithJournal();
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, [lines[0], lines[1], lines[3], ''].join('\n'));
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/holds transaction 3 where 2 should come/);
  });

  it('refuses a journal of another workspace, or one that follows another snapshot', async () => {
    const a = await workspaceWithJournal();
    const b = await workspaceWithJournal();
    copyFileSync(b.journal, a.journal);
    await expect(JsonWorkspaceStore.open(a.file, seedWorkspace)).rejects.toThrow(/does not belong to .*journal of another workspace/);

    const c = await workspaceWithJournal();
    const header = JSON.parse(readFileSync(c.journal, 'utf8').split('\n')[0]!.slice(9));
    const snapshot = readFileSync(c.file, 'utf8').replace(header.after, '00000000-0000-0000-0000-000000000000');
    writeFileSync(c.file, snapshot);
    await expect(JsonWorkspaceStore.open(c.file, seedWorkspace)).rejects.toThrow(/follows another snapshot/);
  });

  it('refuses a journal whose db.json is gone, rather than starting an empty workspace over it', async () => {
    const { file, journal } = await workspaceWithJournal();
    rmSync(file);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/journal exists but .*db\.json does not/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(journal)).toBe(true);
  });

  it('refuses a snapshot that is cut short or not a workspace, naming it', async () => {
    const { file, journal } = await workspaceWithJournal();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/db\.json is damaged \(line \d+: /);
    writeFileSync(file, text.replace('"dir":"rtl"', '"dir":"sideways"'));
    const before = bytesOf(file, journal);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/db\.json is not an Isnad workspace: articles\.seed-putin-pyongyang dir/);
    expect(bytesOf(file, journal)).toEqual(before);
  });

  it('refuses a "__proto__" key in the snapshot or in a journal line with a good checksum, instead of dropping it silently', async () => {
    const { file, journal } = await workspaceWithJournal();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"dir":"rtl"', '"dir":"rtl","__proto__":{"role":"admin"}'));
    let before = bytesOf(file, journal);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/db\.json is damaged \(line \d+: holds a "__proto__" key/);
    expect(bytesOf(file, journal)).toEqual(before);
    writeFileSync(file, text);

    // A journal line rewritten with its checksum made good again: not a torn write, so not dropped either.
    const lines = readFileSync(journal, 'utf8').split('\n');
    const last = lines.length - 2;
    const json = lines[last]!.slice(9).replace('"status":"unreviewed"', '"status":"unreviewed","__proto__":{"x":1}');
    lines[last] = `${crc32(json).toString(16).padStart(8, '0')} ${json}`;
    writeFileSync(journal, lines.join('\n'));
    before = bytesOf(file, journal);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/db\.json\.journal .*"__proto__" key/);
    expect(bytesOf(file, journal)).toEqual(before);
  });

  it('a crash after the snapshot is in place but before the journal is rotated loses nothing', async () => {
    const file = join(scope.dir(), 'db.json');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    const runner = runnerOf(store);
    const first = await createClaim(runner, 10);
    const oldJournal = readFileSync(`${file}.journal`);
    await store.snapshot();
    // The journal as it was before the rotation, plus a commit made after the snapshot.
    const later = await setNote(runner, first.id, 'after the snapshot');
    const crashed = atCrash(file);
    const afterLine = crashed.journal.toString('utf8').split('\n').slice(1).join('\n');
    await store.close();
    crashed.putBack(Buffer.concat([oldJournal, Buffer.from(afterLine)]));

    const again = await JsonWorkspaceStore.open(file, seedWorkspace);
    scope.defer(() => again.close());
    expect(again.dump().claims[first.id]).toEqual(later);
  });

  it('opens a db.json written by the previous version (one JSON document) unchanged, and keeps it as a snapshot', async () => {
    const file = join(scope.dir(), 'db.json');
    copyFileSync(V2_FIXTURE, file);
    const legacy = JSON.parse(readFileSync(file, 'utf8'));
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    const dump = store.dump();
    // Unchanged but for the sign-off fields it predates, read as a claim starts with them.
    expect(dump.claims).toEqual(Object.fromEntries(Object.entries(legacy.claims as Record<string, Claim>).map(([id, c]) => [id, withClaimDefaults(c)])));
    expect(dump.history).toEqual(legacy.history);
    expect(dump.comments).toEqual(legacy.comments);
    expect(dump.users).toEqual(legacy.users);
    expect(dump.invites).toEqual(legacy.invites);
    expect(dump.settings).toEqual({ ...legacy.settings, ratings: DEFAULT_RATING_SCALE, digits: 'latn' });
    expect(dump.revisions[SEED_ARTICLE_ID]).toEqual(legacy.revisions[SEED_ARTICLE_ID]);
    for (const [id, log] of Object.entries(legacy.changeLog as Record<string, { seq: number }>)) expect(dump.seqs[id]).toBe(log.seq);
    // Each text is kept once: the old revision's in its revision, the current one only in the article
    // (not again in its revision entry, nor in the kept ack of the revise op).
    const snapshot = readFileSync(file, 'utf8');
    expect(snapshot.startsWith('{"schemaVersion":3,')).toBe(true);
    const paragraph = legacy.articles[SEED_ARTICLE_ID].body[5];
    expect(snapshot.split(JSON.stringify(paragraph)).length - 1).toBe(2);
    // Retries of the ops it had acked still get their first answers.
    expect(await store.storedOp(Object.keys(legacy.ops)[0]!)).toEqual(Object.values(legacy.ops)[0]);
    await store.close();
    const again = await JsonWorkspaceStore.open(file, seedWorkspace);
    scope.defer(() => again.close());
    expect(again.dump()).toEqual(dump);
  });
});
