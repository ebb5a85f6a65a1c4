import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { backfillSourceKeys } from '../../server/store/pg/pg-sources.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import { createDatabase } from '../helpers/databases.ts';
import { testScope } from '../helpers/test-scope.ts';

const V2_FIXTURE = fileURLToPath(new URL('../fixtures/stores/db-v2.json', import.meta.url));
const scope = testScope();

describe('source tallies on a database from before version 4', () => {
  it('are built from its claims by the migration, the same as the embedded store keeps them', async () => {
    const json = await JsonWorkspaceStore.read(V2_FIXTURE);
    const expected = await json.sourceTallies();
    expect(expected.length).toBeGreaterThan(0);
    const db = await createDatabase();
    scope.defer(() => db.drop());
    await (await PgWorkspaceStore.createFrom(db.url, json.dump())).close();

    // As version 2 left them: claims without source columns, no tallies.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    scope.defer(() => client.end());
    await client.query('BEGIN');
    await client.query('UPDATE claims SET source_key = NULL, source_spelling = NULL');
    await client.query('DELETE FROM source_tallies');
    await backfillSourceKeys(client as unknown as pg.PoolClient);
    await client.query('COMMIT');

    const store = await PgWorkspaceStore.readOnly(db.url);
    scope.defer(() => store.close());
    const byKey = (list: typeof expected) => [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey(await store.reader.sourceTallies())).toEqual(byKey(expected));
  });

  it('carry the merges across db:copy, both ways', async () => {
    const dump = (await JsonWorkspaceStore.read(V2_FIXTURE)).dump();
    const [first, second] = (await (await JsonWorkspaceStore.read(V2_FIXTURE)).sourceTallies()).map((t) => t.key);
    dump.sourceMerges = { [second ?? 'x']: { into: first ?? 'y', name: 'the name', by: 'Mona', byId: null, at: '2026-01-01T00:00:00.000Z' } };
    const db = await createDatabase();
    scope.defer(() => db.drop());
    await (await PgWorkspaceStore.createFrom(db.url, dump)).close();
    const store = await PgWorkspaceStore.readOnly(db.url);
    scope.defer(() => store.close());
    expect((await store.dump()).sourceMerges).toEqual(dump.sourceMerges);
    expect([...(await store.reader.sourceMerges())]).toEqual(Object.entries(dump.sourceMerges));
  });
});
