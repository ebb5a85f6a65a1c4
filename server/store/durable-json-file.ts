import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that makes each write atomic and durable: the document goes
 * to a temp file with a unique name (so two writers never share one, unlike
 * steno's fixed name), is fsynced, renamed over the target, and the directory
 * is fsynced so the rename itself survives a power cut. A reader therefore
 * sees either the old document or the new one, never a torn one.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  /** The raw text, or null when the file does not exist. Parsing is the caller's job. */
  async readText(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async read(): Promise<T | null> {
    const text = await this.readText();
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    // Serialize before the first await: the caller's state may move on.
    const text = JSON.stringify(data, null, 2) + '\n';
    const dir = dirname(this.file);
    const temp = join(dir, `.${basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'w', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const dirHandle = await open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}
