import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One process per db file. Two writers would overwrite each other's changes
 * (the server keeps the whole document in memory), so the server and the
 * command-line tools take `<file>.lock` holding their pid. A lock whose
 * process is gone (after a crash or SIGKILL) is stale and taken over.
 */
export class FileLockError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(file: string): () => void {
  const lockFile = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (holder === process.pid) throw new FileLockError(`${file} is already open in this process`);
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new FileLockError(`${file} is in use by process ${holder}; stop it first`);
      }
      rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new FileLockError(`could not lock ${file}`);
}
