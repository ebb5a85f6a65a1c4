import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOperation } from '../../shared/ops/apply.ts';
import type { DbData } from '../../server/store/db-schema.ts';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';
import { DbFileError, JsonWorkspaceStore } from '../../server/store/workspace-store.ts';
import { tempDir } from '../helpers/test-server.ts';

const ctx = { actor: 'Layla', actorId: 'u-layla', now: '2026-11-29T10:00:00.000Z' };
const createOp = (n: number) =>
  (state: DbData) => {
    const r = applyOperation(
      state,
      { type: 'claim:create', id: `c${n}`, input: { articleId: SEED_ARTICLE_ID, target: { start: n, end: n + 10 } } },
      ctx,
    );
    if (!r.ok) throw new Error(r.error.message);
    return { next: r.state, result: r.claim.id };
  };

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function tmp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('JsonWorkspaceStore', () => {
  it('creates a missing file from the initial workspace', async () => {
    const file = join(tmp(), 'db.json');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.users).toEqual({});
    expect(Object.keys(onDisk.articles)).toEqual([SEED_ARTICLE_ID]);
    await store.close();
  });

  it('refuses a file that is not JSON, naming it, and leaves it untouched', async () => {
    const file = join(tmp(), 'db.json');
    writeFileSync(file, '{"schemaVersion": 1, "articles": {');
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(DbFileError);
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(new RegExp(`${file}.*not valid JSON`));
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "articles": {');
  });

  it('refuses valid JSON that is not a workspace, saying where', async () => {
    const file = join(tmp(), 'db.json');
    const bad = { schemaVersion: 2, ...seedWorkspace(), users: {}, sessions: {}, invites: {} };
    (bad.articles[SEED_ARTICLE_ID] as { dir: string }).dir = 'sideways';
    writeFileSync(file, JSON.stringify(bad));
    await expect(JsonWorkspaceStore.open(file, seedWorkspace)).rejects.toThrow(/not an Isnad workspace.*articles\.seed-putin-pyongyang\.dir/);
  });

  it('batches changes made together into one write and resolves each once it is on disk', async () => {
    const file = join(tmp(), 'db.json');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    const before = store.writeCount;
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => store.commit(createOp(n))));
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(store.writeCount - before).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).claims)).toEqual(ids);
    await store.close();
  });

  it('a change without a next state writes nothing', async () => {
    const store = await JsonWorkspaceStore.open(join(tmp(), 'db.json'), seedWorkspace);
    const before = store.writeCount;
    expect(await store.commit(() => ({ result: 'nothing' }))).toBe('nothing');
    expect(store.writeCount).toBe(before);
    await store.close();
  });

  it('when a write fails, the change is refused and memory returns to what is on disk', async () => {
    const dir = tmp();
    const store = await JsonWorkspaceStore.open(join(dir, 'db.json'), seedWorkspace);
    await store.commit(createOp(1));
    const durable = store.state;
    rmSync(dir, { recursive: true, force: true });
    await expect(store.commit(createOp(2))).rejects.toMatchObject({ code: 'storage_failed' });
    expect(store.state).toBe(durable);
    expect(Object.keys(store.state.claims)).toEqual(['c1']);
  });

  it('close finishes the pending write, then refuses new changes', async () => {
    const file = join(tmp(), 'db.json');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    const pending = store.commit(createOp(1));
    await store.close();
    await expect(pending).resolves.toBe('c1');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).claims)).toEqual(['c1']);
    await expect(store.commit(createOp(2))).rejects.toMatchObject({ code: 'shutting_down' });
  });
});
