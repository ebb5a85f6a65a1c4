import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { JsonWorkspaceStore } from '../../server/store/json-store.ts';
import { PgWorkspaceStore } from '../../server/store/pg/pg-store.ts';
import { seedWorkspace } from '../../server/seed/seed-article.ts';
import { SEARCH_LIMIT } from '../../shared/similarity/rank.ts';
import { termsOfText } from '../../shared/similarity/terms.ts';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../helpers/databases.ts';
import { testScope } from '../helpers/test-scope.ts';

const V2_FIXTURE = fileURLToPath(new URL('../fixtures/stores/db-v2.json', import.meta.url));
const scope = testScope();

const search = (store: PgWorkspaceStore, q: string) => store.rankClaims({ terms: termsOfText(q), limit: SEARCH_LIMIT, minScore: 0 }).then((r) => r.map((x) => x.claim.id));

/** The PostgreSQL term index where it differs from the embedded store's: filled by db:copy, and built for a database from before it. */
describe('the claim term index on PostgreSQL', () => {
  it('is filled when a workspace is copied in, and built once for the claims of a database of schema version 2', async () => {
    const db = await createDatabase();
    scope.defer(() => db.drop());
    const dump = (await JsonWorkspaceStore.read(V2_FIXTURE)).dump();
    const live = Object.values(dump.claims).filter((c) => c.deleted === null);
    const kremlin = live.find((c) => c.summary === 'Kremlin: very important documents')!;

    const copied = await PgWorkspaceStore.createFrom(db.url, dump);
    const found = await search(copied, 'very important documents');
    await copied.close();
    expect(found).toEqual([kremlin.id]);

    // As a database of version 2 is: none of what versions 3 (the term index), 4 (source tallies) and 5 (publications) and 6 (the open-invitations index) add.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      DROP TABLE claim_terms; DROP TABLE claim_term_df;
      DROP TRIGGER claims_source_count ON claims; DROP FUNCTION isnad_source_counts(); DROP FUNCTION isnad_source_tally(text, text, text, integer);
      DROP TABLE source_tallies; DROP TABLE source_merges; ALTER TABLE claims DROP COLUMN source_key, DROP COLUMN source_spelling;
      DROP TABLE publications;
      DROP INDEX invites_open_by_expiry;
      UPDATE isnad_meta SET value = '2' WHERE key = 'schema_version'`);
    await client.end();

    const upgraded = await PgWorkspaceStore.open(db.url, seedWorkspace);
    scope.defer(() => upgraded.close());
    expect(await search(upgraded, 'very important documents')).toEqual([kremlin.id]);
    // Deleted claims are not indexed; every live one is, by its quote too.
    const counts = await upgraded.rankClaims({ terms: termsOfText(live.map((c) => c.target.quote.exact).join(' ')), limit: SEARCH_LIMIT, minScore: 0 });
    expect(new Set(counts.map((c) => c.claim.id))).toEqual(new Set(live.map((c) => c.id)));
  });
});
