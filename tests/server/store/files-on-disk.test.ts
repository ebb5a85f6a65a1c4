import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedWorkspace } from '../../../server/seed/seed-article.ts';
import { backupDir, listBackups } from '../../../server/store/backups.ts';
import { acquireLock, FileLockError, lockHolderText } from '../../../server/store/file-lock.ts';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import { testScope } from '../../helpers/test-scope.ts';
import { createClaim, runnerOf } from '../../helpers/store-ops.ts';

const scope = testScope();
const mode = (file: string) => statSync(file).mode & 0o777;

describe('the files of the embedded store', () => {
  it('are readable by the server’s user only: they hold password and session hashes', async () => {
    const file = join(scope.dir(), 'db.json');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace, { backupIntervalMs: 1 });
    scope.defer(() => store.close());
    await createClaim(runnerOf(store), 10);
    await store.snapshot();
    await store.settled();
    expect(mode(`${file}.lock`)).toBe(0o600);
    await store.close();
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}.journal`)).toBe(0o600);
    const backups = await listBackups(file);
    expect(backups.length).toBeGreaterThan(0);
    expect(mode(backupDir(file))).toBe(0o700);
    for (const name of backups) expect(mode(join(backupDir(file), name))).toBe(0o600);
  });

  it('a start removes the temp files that crashed writes left behind, and nothing else', async () => {
    const dir = scope.dir();
    const file = join(dir, 'db.json');
    const leftovers = [`.db.json.4242.0a1b2c3d4e5f.tmp`, `.db.json.journal.4242.00ff00ff00ff.tmp`];
    const others = ['notes.txt', '.other.json.4242.0a1b2c3d4e5f.tmp'];
    for (const name of [...leftovers, ...others]) writeFileSync(join(dir, name), 'partial');
    const store = await JsonWorkspaceStore.open(file, seedWorkspace);
    await store.close();
    const left = readdirSync(dir);
    for (const name of leftovers) expect(left).not.toContain(name);
    for (const name of others) expect(left).toContain(name);
  });
});

describe('the lock on db.json', () => {
  it('taken over when it names this very pid from an earlier run (a container’s pid 1 after SIGKILL)', () => {
    const file = join(scope.dir(), 'db.json');
    // Written by a process with our pid but another start time, as the previous pid 1 leaves it.
    const earlier = { ...JSON.parse(lockHolderText()), start: '1' };
    writeFileSync(`${file}.lock`, JSON.stringify(earlier));
    acquireLock(file)();
    // A lock in the old format (the pid alone) with our pid is ours from an earlier run too.
    writeFileSync(`${file}.lock`, String(process.pid));
    acquireLock(file)();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refused while the process that took it runs, taken over once it is gone or its pid belongs to another', async () => {
    const file = join(scope.dir(), 'db.json');
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    const exited = new Promise((r) => other.once('exit', r));
    try {
      await new Promise((r) => other.once('spawn', r));
      writeFileSync(`${file}.lock`, lockHolderText(other.pid!));
      expect(() => acquireLock(file)).toThrow(FileLockError);
      // The same pid, started at another time: not the process that took the lock.
      writeFileSync(`${file}.lock`, JSON.stringify({ ...JSON.parse(lockHolderText(other.pid!)), start: '1' }));
      acquireLock(file)();
      writeFileSync(`${file}.lock`, lockHolderText(other.pid!));
    } finally {
      other.kill('SIGKILL');
      await exited;
    }
    acquireLock(file)();
  });

  it('opening one file twice in one process is refused', () => {
    const file = join(scope.dir(), 'db.json');
    const release = acquireLock(file);
    expect(() => acquireLock(file)).toThrow(/already open in this process/);
    release();
    acquireLock(file)();
  });
});
