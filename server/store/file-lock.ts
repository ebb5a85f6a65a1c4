import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * One process per db file. Two writers would overwrite each other's changes
 * (the server keeps the whole document in memory), so the server and the
 * command-line tools take `<file>.lock`. A lock whose process is gone
 * (after a crash or SIGKILL) is stale and taken over.
 *
 * "Gone" must survive pid reuse: in a container the server is pid 1 every
 * time, so after a SIGKILL the restarted server finds its own pid in the
 * lock. The lock therefore records the process's start time as well (from
 * /proc, in clock ticks since boot, with the boot's id): a live process
 * with that pid but another start time is someone else. Files this process
 * holds are also known in memory, so opening one twice is still refused.
 */
export class FileLockError extends Error {}

interface Holder {
  pid: number;
  /** Start time of the process (Linux), and the boot it belongs to; absent elsewhere. */
  start?: string;
  boot?: string;
}

const heldHere = new Set<string>();

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const BOOT = readProc('/proc/sys/kernel/random/boot_id')?.trim();

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces). */
function startTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): Holder | null {
  const trimmed = text.trim();
  // Locks written before start times were recorded hold the pid alone.
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const value = JSON.parse(trimmed) as Holder;
    return Number.isInteger(value.pid) && value.pid > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock still runs (not merely a process with its pid). */
function holderRuns(holder: Holder): boolean {
  if (!alive(holder.pid)) return false;
  if (holder.start === undefined || holder.boot === undefined || BOOT === undefined) return holder.pid !== process.pid;
  if (holder.boot !== BOOT) return false;
  return startTime(holder.pid) === holder.start;
}

export function lockHolderText(pid = process.pid): string {
  const start = startTime(pid);
  const holder: Holder = { pid, ...(BOOT ? { boot: BOOT } : {}), ...(start ? { start } : {}) };
  return JSON.stringify(holder);
}

export function acquireLock(file: string): () => void {
  const path = resolve(file);
  if (heldHere.has(path)) throw new FileLockError(`${file} is already open in this process`);
  const lockFile = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, lockHolderText(), { flag: 'wx', mode: 0o600 });
      heldHere.add(path);
      return () => {
        heldHere.delete(path);
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(readFileSync(lockFile, 'utf8'));
      if (holder && holderRuns(holder)) throw new FileLockError(`${file} is in use by process ${holder.pid}; stop it first`);
      rmSync(lockFile, { force: true }); // stale: its process is gone (or its pid belongs to another now)
    }
  }
  throw new FileLockError(`could not lock ${file}`);
}
