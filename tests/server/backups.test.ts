import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testScope } from '../helpers/test-scope.ts';
import { describe, expect, it } from 'vitest';
import { backupDir, listBackups, takeBackup } from '../../server/store/backups.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { runServerExpectingFailure, spawnServer } from '../helpers/server-process.ts';
import { startTestServer } from '../helpers/test-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scope = testScope();
const restore = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/db-restore.ts', ...args], { cwd: ROOT, env: { ...process.env, DB_FILE: file }, encoding: 'utf8' });

describe('rolling backups', () => {
  it('a known-good copy is taken when the server opens a valid file, and only the newest ten are kept', async () => {
    const file = join(scope.dir(), 'db.json');
    await (await JsonWorkspaceStore.open(file, seedWorkspace)).close();
    const store = await JsonWorkspaceStore.open(file, seedWorkspace, { backupIntervalMs: 3_600_000 });
    await store.close();
    const [only] = await listBackups(file);
    expect(readFileSync(join(backupDir(file), only!), 'utf8')).toBe(readFileSync(file, 'utf8'));

    for (let i = 0; i < 12; i++) await takeBackup(file, 10, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    expect(await listBackups(file)).toHaveLength(10);
  });

  it('db:restore lists backups and puts the latest good one back over a damaged file', async () => {
    const file = join(scope.dir(), 'db.json');
    const server = await startTestServer(file);
    const socket = await server.connect('Layla');
    await socket.emitWithAck('claim:create', { articleId: 'seed-putin-pyongyang', target: { start: 0, end: 20 }, summary: 'kept in the backup' });
    await server.stop();
    await takeBackup(file);
    writeFileSync(file, '{"schemaVersion": 2, "articles": '); // a damaged file: the server refuses it
    expect((await runServerExpectingFailure(file)).code).not.toBe(0);

    const list = restore(file);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/db-\d{4}-.*\.json/);
    const put = restore(file, 'latest');
    expect(put.stderr).toBe('');
    expect(put.status).toBe(0);
    expect(await listBackups(file)).toHaveLength(2); // the damaged file was kept too
    // The journal belonged to the replaced state: kept beside the backups, not replayed onto the restored one.
    expect(readdirSync(backupDir(file)).filter((n) => n.startsWith('journal-'))).toHaveLength(1);
    const restored = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.values(restored.claims).map((c) => (c as { summary: string }).summary)).toEqual(['kept in the backup']);
    const running = await spawnServer(file);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('db:restore refuses an unknown backup, and refuses while a server holds the file', async () => {
    const file = join(scope.dir(), 'db.json');
    const server = await startTestServer(file);
    scope.defer(() => server.stop());
    await takeBackup(file);
    expect(restore(file, 'db-nope.json')).toMatchObject({ status: 1 });
    const locked = restore(file, 'latest');
    expect(locked.status).toBe(1);
    expect(locked.stderr).toMatch(/in use by process/);
  });
});
