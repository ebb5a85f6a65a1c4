import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { applyOperation } from '../../../shared/ops/apply.ts';
import { WorkspaceMemory } from '../memory/workspace-memory.ts';
import { captureSnapshot } from './capture.ts';
import { LineCache, SnapshotFile } from './snapshot-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'isnad-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = '2024-07-04T00:00:00.000Z';
const article: Article = {
  id: 'a1',
  title: 'بوتين في بيونغ يانغ',
  byline: '',
  dateline: '',
  lang: 'ar',
  dir: 'rtl',
  body: ['قال البنتاغون إن موسكو استخدمت صواريخ باليستية كورية شمالية في أوكرانيا، وقال الكرملين إن الزيارة ستكون مثمرة.'],
  revision: 1,
  createdAt: at,
  updatedAt: at,
};

function claimAt(id: string, start: number): Claim {
  const r = applyOperation({ articles: { a1: article }, claims: {}, comments: {} }, { type: 'claim:create', id, input: { articleId: 'a1', target: { start, end: start + 12 }, summary: `ملخص ${id}` } }, { actor: 'ليلى', actorId: 'u1', now: at });
  if (!r.ok) throw new Error(r.error.message);
  return r.claim;
}

const entry = (claimId: string, n: number): HistoryEntry => ({ id: `${claimId}@${n}`, articleId: 'a1', claimId, action: 'updated', changes: [{ field: 'status', from: 'attributed', to: 'disputed' }], by: 'ليلى', byId: 'u1', at });
const header = { workspaceId: 'w', generation: 'g2', previous: 'g1', lastCommit: 7 };

async function written(memory: WorkspaceMemory, name: string, lines?: LineCache): Promise<string> {
  const file = join(dir, name);
  await new SnapshotFile(file).write(captureSnapshot(memory, header, at, lines));
  return readFileSync(file, 'utf8');
}

describe('a snapshot written with the lines of earlier ones', () => {
  it('is byte for byte the snapshot written from scratch, after claims changed, were added and gained history', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    for (let n = 0; n < 40; n++) {
      const claim = claimAt(`c${n}`, n);
      memory.apply({ k: 'claim', v: claim });
      memory.apply({ k: 'history', v: entry(claim.id, 1) });
    }
    const lines = new LineCache();
    const first = await written(memory, 'first.json', lines);
    expect(first).toBe(await written(memory, 'first-fresh.json'));

    memory.apply({ k: 'claim', v: { ...memory.claim('c3')!, status: 'disputed', summary: 'قيل إن الصواريخ كورية', version: 2 } });
    memory.apply({ k: 'claim', v: { ...memory.claim('c5')!, deleted: { by: 'ليلى', at }, version: 2 } });
    memory.apply({ k: 'history', v: entry('c3', 2) });
    memory.apply({ k: 'claim', v: claimAt('c40', 50) });
    memory.apply({ k: 'article', v: { ...article, title: 'عنوان آخر', updatedAt: '2024-07-05T00:00:00.000Z' } });
    const second = await written(memory, 'second.json', lines);
    expect(second).toBe(await written(memory, 'second-fresh.json'));
    expect(second).not.toBe(first);
    expect(second).toContain('قيل إن الصواريخ كورية');
    expect(JSON.parse(second).claims.c40).toBeDefined();
  });

  it('copies the kept line of a record it has written before rather than serialising it again', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    const claim = claimAt('c1', 0);
    memory.apply({ k: 'claim', v: claim });
    const lines = new LineCache();
    const before = await written(memory, 'kept.json', lines);
    // Records are never changed in place; doing it here shows which path the writer took.
    (claim as { summary: string }).summary = 'changed in place';
    expect(await written(memory, 'kept-again.json', lines)).toBe(before);
    expect(await written(memory, 'kept-fresh.json')).toContain('changed in place');
  });

  it('after a snapshot that failed to write, the next is still the snapshot written from scratch', async () => {
    const memory = new WorkspaceMemory();
    memory.apply({ k: 'article', v: article });
    memory.apply({ k: 'claim', v: claimAt('c1', 0) });
    const lines = new LineCache();
    await written(memory, 'ok.json', lines);
    memory.apply({ k: 'claim', v: { ...memory.claim('c1')!, summary: 'بعد الفشل', version: 2 } });
    await expect(new SnapshotFile(join(dir, 'missing', 'db.json')).write(captureSnapshot(memory, header, at, lines))).rejects.toThrow();
    memory.apply({ k: 'claim', v: claimAt('c2', 20) });
    expect(await written(memory, 'after-failure.json', lines)).toBe(await written(memory, 'after-failure-fresh.json'));
  });
});
