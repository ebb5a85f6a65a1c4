import { rmSync } from 'node:fs';
import { acquireLock, FileLockError } from '../store/file-lock.ts';
import { JsonWorkspaceStore } from '../store/json-store.ts';
import { journalFileOf } from '../store/json/recover.ts';
import { seedWorkspace } from '../seed/seed-article.ts';
import { dbFileOf } from '../config.ts';

/**
 * `npm run db:reset`: rewrites data/db.json (or DB_FILE) as committed: the seed
 * article, no claims and no accounts (the first start then asks for an
 * admin), with an empty journal. Destroys every claim and account in that
 * workspace, on purpose; refuses while a server holds the file.
 */
const file = dbFileOf();
try {
  const unlock = acquireLock(file);
  rmSync(file, { force: true });
  rmSync(journalFileOf(file), { force: true });
  unlock();
} catch (error) {
  console.error(`db:reset: ${error instanceof FileLockError ? error.message : String(error)}`);
  process.exit(1);
}
const store = await JsonWorkspaceStore.open(file, seedWorkspace);
await store.close();
console.log(`reset ${file} to the seed article`);
