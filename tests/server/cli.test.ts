import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testScope } from '../helpers/test-scope.ts';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/accounts/passwords.ts';
import { startTestServer } from '../helpers/test-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scope = testScope();

function userAdd(dbFile: string, args: string[], password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user-add.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DB_FILE: dbFile },
    input: `${password}\n`,
    encoding: 'utf8',
  });
}

describe('npm run user:add', () => {
  it('adds an account with the password from standard input, hashed', async () => {
    const file = join(scope.dir(), 'db.json');
    const run = userAdd(file, ['--email', 'Layla@Newsroom.test', '--name', 'ليلى حداد', '--role', 'editor'], 'a long enough passphrase');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const users = Object.values(JSON.parse(readFileSync(file, 'utf8')).users) as Array<Record<string, string>>;
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: 'layla@newsroom.test', name: 'ليلى حداد', role: 'editor' });
    expect(JSON.stringify(users)).not.toContain('a long enough passphrase');
    expect(await verifyPassword('a long enough passphrase', users[0]!.passwordHash!)).toBe(true);
  });

  it('refuses bad input with a message and exit code 1, adding nothing', async () => {
    const file = join(scope.dir(), 'db.json');
    const badRole = userAdd(file, ['--email', 'a@newsroom.test', '--name', 'A', '--role', 'overlord'], 'a long enough passphrase');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/--role must be one of admin, editor, reviewer, viewer/);
    const shortPassword = userAdd(file, ['--email', 'a@newsroom.test', '--name', 'A', '--role', 'viewer'], 'short');
    expect(shortPassword.status).toBe(1);
    expect(shortPassword.stderr).toMatch(/password/);
  });

  it('refuses to touch a db file that a running server holds, so no change can be lost', async () => {
    const file = join(scope.dir(), 'db.json');
    const server = await startTestServer(file);
    scope.defer(() => server.stop());
    const run = userAdd(file, ['--email', 'b@newsroom.test', '--name', 'B', '--role', 'viewer'], 'a long enough passphrase');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/in use by process \d+/);
    expect((await server.dump()).users).toEqual({});
  });
});
