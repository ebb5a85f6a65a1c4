import { parseArgs } from 'node:util';
import { text } from 'node:stream/consumers';
import { ROLES, type Role } from '../../shared/domain/roles.ts';
import { NewAccountSchema } from '../../shared/protocol/account-payloads.ts';
import { describeIssues } from '../../shared/protocol/payloads.ts';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.ts';
import { createUser } from '../accounts/account-commands.ts';
import { seedWorkspace } from '../seed/seed-article.ts';
import { JsonWorkspaceStore } from '../store/json-store.ts';
import { DbFileError } from '../store/store.ts';
import { dbFileOf } from '../config.ts';

/**
 * `npm run user:add -- --email E --name N --role R` with the password on
 * standard input (one line), for scripted setups:
 *   printf '%s\n' "$PASSWORD" | npm run user:add -- --email ...
 * Works on DB_FILE (default data/db.json) while the server is stopped; the file
 * lock refuses it while a server has the file open.
 */
function fail(message: string): never {
  console.error(`user:add: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  strict: true,
});
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (process.stdin.isTTY) console.error('Password (then Enter):');
const password = (await text(process.stdin)).replace(/\r?\n$/, '');
const input = NewAccountSchema.safeParse({ name: values.name, email: values.email, password });
if (!input.success) fail(describeIssues(input.error));

const file = dbFileOf();
let store: JsonWorkspaceStore;
try {
  store = await JsonWorkspaceStore.open(file, seedWorkspace);
} catch (error) {
  fail(error instanceof DbFileError ? error.message : String(error));
}
const created = await createUser(store, { ...input.data, role });
await store.close();
if (!created.ok) fail(ERROR_MESSAGES[created.code]);
console.log(`added ${created.user.role} ${created.user.name} <${created.user.email}> to ${file}`);
