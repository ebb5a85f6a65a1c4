import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalJson, countsOf, type WorkspaceDump } from '../store/copy/workspace-dump.ts';
import { acquireLock, FileLockError } from '../store/file-lock.ts';
import { JsonWorkspaceStore } from '../store/json-store.ts';
import { PgWorkspaceStore } from '../store/pg/pg-store.ts';
import { DbFileError } from '../store/store.ts';

/**
 * `npm run db:copy -- --from db.json --to "$DATABASE_URL"` (or the reverse,
 * or file to file): copies a whole workspace (articles and their
 * revisions, claims with their full history, comments, accounts, sessions,
 * invitations, the acks kept for retries, every article's sequence number)
 * into a new db.json or an empty database, then reads the copy back and
 * checks it against the original: the same number of every kind of record
 * and the same SHA-256 of the whole. A db.json source must not be in use by
 * a server (its lock is taken); a database source is read as of one moment.
 */
function fail(message: string): never {
  console.error(`db:copy: ${message}`);
  process.exit(1);
}

let values: { from?: string; to?: string };
try {
  ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.from || !values.to) fail('use --from <db.json | postgres://…> --to <new file | postgres://… of an empty database>');

const isDatabase = (where: string) => /^postgres(ql)?:\/\//.test(where);
const name = (where: string) => (isDatabase(where) ? where.replace(/\/\/[^@/]*@/, '//…@') : resolve(where));

async function read(where: string): Promise<WorkspaceDump> {
  if (isDatabase(where)) {
    const db = await PgWorkspaceStore.readOnly(where);
    try {
      return await db.dump();
    } finally {
      await db.close();
    }
  }
  const file = resolve(where);
  const unlock = acquireLock(file);
  try {
    return (await JsonWorkspaceStore.read(file)).dump();
  } finally {
    unlock();
  }
}

async function write(where: string, dump: WorkspaceDump): Promise<void> {
  if (isDatabase(where)) await (await PgWorkspaceStore.createFrom(where, dump)).close();
  else await JsonWorkspaceStore.createFrom(resolve(where), dump);
}

const checksum = (dump: WorkspaceDump) => createHash('sha256').update(canonicalJson(dump)).digest('hex');

try {
  const source = await read(values.from);
  await write(values.to, source);
  const copy = await read(values.to);
  const [want, got] = [countsOf(source), countsOf(copy)];
  const differ = Object.keys(want).filter((k) => want[k] !== got[k]);
  if (differ.length) fail(`the copy differs: ${differ.map((k) => `${k} ${want[k]} → ${got[k]}`).join(', ')}`);
  const [a, b] = [checksum(source), checksum(copy)];
  if (a !== b) fail(`the copy has the same counts but not the same content (sha256 ${a} → ${b})`);
  console.log(`copied ${name(values.from)} to ${name(values.to)}`);
  for (const [k, n] of Object.entries(want)) console.log(`  ${k.padEnd(15)} ${n}`);
  console.log(`  sha256          ${a} (the same on both sides)`);
} catch (error) {
  fail(error instanceof DbFileError || error instanceof FileLockError ? error.message : `${(error as Error).message}`);
}
