import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import { createDatabase } from '../helpers/databases.ts';
import { runServerExpectingFailure, spawnServer } from '../helpers/server-process.ts';
import { testScope } from '../helpers/test-scope.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const V2_FIXTURE = fileURLToPath(new URL('../fixtures/stores/db-v2.json', import.meta.url));
const scope = testScope();

const copy = (from: string, to: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/db-copy.ts', '--from', from, '--to', to], { cwd: ROOT, encoding: 'utf8' });

async function database(): Promise<string> {
  const db = await createDatabase();
  scope.defer(() => db.drop());
  return db.url;
}

describe('npm run db:copy', () => {
  it('moves a workspace from db.json to PostgreSQL and back, every record checked by counts and a checksum', async () => {
    const file = join(scope.dir(), 'db.json');
    copyFileSync(V2_FIXTURE, file); // a workspace with claims, history, comments, evidence, a revision, accounts, an invitation
    const original = (await JsonWorkspaceStore.read(file)).dump();
    const url = await database();

    const up = copy(file, url);
    expect(up.stderr).toBe('');
    expect(up.status).toBe(0);
    expect(up.stdout).toMatch(/claims\s+3\n/);
    expect(up.stdout).toMatch(/sha256\s+[0-9a-f]{64} \(the same on both sides\)/);
    const inDatabase = await PgWorkspaceStore.readOnly(url);
    scope.defer(() => inDatabase.close());
    expect(await inDatabase.dump()).toEqual(original);

    const back = join(scope.dir(), 'db.json');
    const down = copy(url, back);
    expect(down.status, down.stderr).toBe(0);
    expect((await JsonWorkspaceStore.read(back)).dump()).toEqual(original);

    // A server runs on the copy, with the same accounts and claims.
    const server = await spawnServer(join(scope.dir(), 'unused.json'), { DATABASE_URL: url });
    scope.defer(async () => {
      server.child.kill('SIGKILL');
      await server.exited;
    });
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, store: 'postgres' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses to copy over a workspace: into a database that holds one, or onto an existing file', async () => {
    const file = join(scope.dir(), 'db.json');
    copyFileSync(V2_FIXTURE, file);
    const url = await database();
    expect(copy(file, url).status).toBe(0);
    const again = copy(file, url);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds an Isnad workspace/);
    const onto = copy(url, file);
    expect(onto.status).toBe(1);
    expect(onto.stderr).toMatch(/already exists/);
  });
});

describe('schema versions', () => {
  it('a server refuses a database of another (newer) schema version, and one that is not an Isnad workspace', async () => {
    const url = await database();
    await (await PgWorkspaceStore.open(url, () => ({ articles: {}, claims: {}, comments: {} }))).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE isnad_meta SET value = '99' WHERE key = 'schema_version'`);
    await client.end();
    const newer = await runServerExpectingFailure(join(scope.dir(), 'db.json'), { DATABASE_URL: url });
    expect(newer.code).not.toBe(0);
    expect(newer.output).toMatch(/schema version 99.*refusing to start/);

    const foreign = await database();
    const other = new pg.Client({ connectionString: foreign });
    await other.connect();
    await other.query('CREATE TABLE invoices (id int)');
    await other.end();
    const refused = await runServerExpectingFailure(join(scope.dir(), 'db.json'), { DATABASE_URL: foreign });
    expect(refused.output).toMatch(/not an Isnad workspace/);
  });

  it('nodes starting together on a new database create the schema and the seed article once', async () => {
    const url = await database();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PgWorkspaceStore.open(url, () => ({ articles: { [SEED_ARTICLE_ID]: seedArticle() }, claims: {}, comments: {} }))));
    for (const s of stores) scope.defer(() => s.close());
    expect((await stores[0]!.articleSummaries()).map((a) => a.id)).toEqual([SEED_ARTICLE_ID]);
  });
});

function seedArticle() {
  const at = '2024-07-04T04:32:00.000Z';
  return { id: SEED_ARTICLE_ID, title: 'T', byline: '', dateline: '', lang: 'ar', dir: 'rtl' as const, body: ['نص'], revision: 1, createdAt: at, updatedAt: at };
}
