import { chmod, copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Rolling backups of the last good states of the db file, beside it in
 * `<file>.backups/`. A copy is taken when the server has just loaded and
 * validated the file (so it is known good) and then at most once per
 * interval while changes are being written; the newest `keep` are kept.
 * `npm run db:restore` puts one back.
 */
export const BACKUP_KEEP = 10;

export function backupDir(file: string): string {
  return join(dirname(file), `${basename(file)}.backups`);
}

/** Names sort by time: db-2026-11-29T10-00-00-000Z.json. */
export async function takeBackup(file: string, keep = BACKUP_KEEP, now = new Date()): Promise<string> {
  const dir = backupDir(file);
  // Backups hold password and session hashes: for the server's own user only.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, `db-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  await copyFile(file, target);
  await chmod(target, 0o600);
  const old = (await listBackups(file)).slice(0, -keep);
  await Promise.all(old.map((name) => rm(join(dir, name), { force: true })));
  return target;
}

/** Backup file names, oldest first. */
export async function listBackups(file: string): Promise<string[]> {
  try {
    return (await readdir(backupDir(file))).filter((n) => /^db-.*\.json$/.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
