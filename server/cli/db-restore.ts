import { rename } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupDir, listBackups, takeBackup } from '../store/backups.ts';
import { writeFileDurably } from '../store/durable-write.ts';
import { acquireLock, FileLockError } from '../store/file-lock.ts';
import { journalFileOf } from '../store/json/recover.ts';
import { writeJournal } from '../store/journal/journal-file.ts';
import { loadSnapshot, SnapshotLoadError } from '../store/snapshot/load-snapshot.ts';
import { dbFileOf } from '../config.ts';

/**
 * `npm run db:restore` lists the backups of data/db.json (or DB_FILE);
 * `npm run db:restore -- latest` or `-- <name>` puts one back. A backup is a
 * snapshot, consistent on its own. The chosen one is checked first; the
 * current db.json and its journal are kept in the backups folder before
 * being replaced (the journal belongs to the replaced state and would not
 * fit the restored one); the server must be stopped (the lock file says so).
 */
function fail(message: string): never {
  console.error(`db:restore: ${message}`);
  process.exit(1);
}

const file = dbFileOf();
const choice = process.argv[2];
const backups = await listBackups(file);

if (!choice || choice === '--list') {
  if (backups.length === 0) console.log(`no backups of ${file} yet (they are kept in ${backupDir(file)})`);
  else console.log(`backups of ${file}, oldest first:\n${backups.map((b) => `  ${b}`).join('\n')}\nrestore one with: npm run db:restore -- <name>  (or: latest)`);
  process.exit(0);
}

const name = choice === 'latest' ? backups.at(-1) : backups.find((b) => b === choice);
if (!name) fail(`no backup "${choice}" in ${backupDir(file)}`);
const source = join(backupDir(file), name);

let loaded;
try {
  loaded = await loadSnapshot(source);
} catch (error) {
  fail(error instanceof SnapshotLoadError ? error.message.replace(/; refusing to start$/, '') : String(error));
}
if (!loaded) fail(`${source} does not exist`);

let unlock: () => void;
try {
  unlock = acquireLock(file);
} catch (error) {
  fail(error instanceof FileLockError ? error.message : String(error));
}
try {
  const saved = existsSync(file) ? await takeBackup(file).catch(() => null) : null;
  const journal = journalFileOf(file);
  if (existsSync(journal)) await rename(journal, join(backupDir(file), `journal-${new Date().toISOString().replace(/[:.]/g, '-')}.replaced`));
  // Copied durably (temp file, fsync, rename), streamed: a snapshot may be larger than one string can hold.
  await writeFileDurably(file, async (put) => {
    for await (const chunk of createReadStream(source, { encoding: 'utf8' })) await put(chunk as string);
  });
  if (loaded.kind === 'snapshot') {
    await writeJournal(journal, { journal: 'isnad', version: 1, workspaceId: loaded.header.workspaceId, after: loaded.header.generation });
  }
  console.log(`restored ${file} from ${name}${saved ? ` (the replaced file was kept as ${saved})` : ''}`);
} finally {
  unlock();
}
