import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` atomically and durably: the content goes to a temp file
 * with a unique name beside it (two writers never share one, unlike
 * steno's fixed name), is fsynced, renamed over the target, and the
 * directory is fsynced so the rename itself survives a power cut. A reader
 * sees the old file or the new one, never a torn one.
 *
 * `produce` receives `put`, which appends text or bytes; it may call it
 * many times (a snapshot streams record by record).
 */
export async function writeFileDurably(file: string, produce: (put: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    // writeFile on a handle writes at the current position and loops until all of it is written.
    await produce((chunk) => (typeof chunk === 'string' ? handle.writeFile(chunk, 'utf8') : handle.writeFile(chunk)));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** fsync of a directory, so a file created or renamed in it is on disk. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
