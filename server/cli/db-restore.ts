import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DbSchema, migrate } from '../store/db-schema.ts';
import { backupDir, listBackups, takeBackup } from '../store/backups.ts';
import { DurableJsonFile } from '../store/durable-json-file.ts';
import { acquireLock, FileLockError } from '../store/file-lock.ts';

/**
 * `npm run db:restore` lists the backups of db.json (or DB_FILE);
 * `npm run db:restore -- latest` or `-- <name>` puts one back. The chosen
 * backup is validated first, the current file is itself backed up before
 * being replaced, and the server must be stopped (the lock file says so).
 */
function fail(message: string): never {
  console.error(`db:restore: ${message}`);
  process.exit(1);
}

const file = resolve(process.env.DB_FILE || './db.json');
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

let parsed;
try {
  parsed = DbSchema.safeParse(migrate(JSON.parse(await readFile(source, 'utf8'))));
} catch (error) {
  fail(`${source} is not valid JSON (${(error as Error).message})`);
}
if (!parsed.success) fail(`${source} is not an Isnad workspace: ${parsed.error.issues[0]?.message}`);

let unlock: () => void;
try {
  unlock = acquireLock(file);
} catch (error) {
  fail(error instanceof FileLockError ? error.message : String(error));
}
try {
  const saved = await takeBackup(file).catch(() => null);
  await new DurableJsonFile(file).write(parsed.data);
  console.log(`restored ${file} from ${name}${saved ? ` (the replaced file was kept as ${saved})` : ''}`);
} finally {
  unlock();
}
