import { withClaimDefaults } from '../codec/record-codec.ts';
import type { PoolClient } from 'pg';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import { sourceKey, sourceSpelling } from '../../../shared/sources/source-key.ts';
import type { SourceTally } from '../../../shared/sources/tally.ts';
import type { SourceClaimsPage } from '../source-store.ts';

/**
 * Sources on PostgreSQL. A claim row carries its source key and spelling
 * (computed here, by the same shared function as the embedded store: SQL
 * cannot run the Arabic-aware normalisation), and the `isnad_source_counts`
 * trigger (schema.ts, version 4) keeps `source_tallies` right in the same
 * transaction as every claim write.
 */

/** 4: source keys on claims, tallies kept by a trigger, and merges. */
export const V4_SOURCES = `
ALTER TABLE claims ADD COLUMN source_key text COLLATE "C";
ALTER TABLE claims ADD COLUMN source_spelling text COLLATE "C";
CREATE INDEX claims_by_source ON claims (source_key, id) WHERE data->'deleted' = 'null'::jsonb;

CREATE TABLE source_tallies (
  key text COLLATE "C" PRIMARY KEY,
  claims integer NOT NULL DEFAULT 0,
  counts jsonb NOT NULL DEFAULT '{"unreviewed":0,"attributed":0,"verified":0,"disputed":0}',
  spellings jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE source_merges (alias text COLLATE "C" PRIMARY KEY, data jsonb NOT NULL);

CREATE FUNCTION isnad_source_tally(k text, spelling text, status text, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_tallies (key) VALUES (k) ON CONFLICT (key) DO NOTHING;
  UPDATE source_tallies SET claims = claims + delta,
    counts = jsonb_set(counts, ARRAY[status], to_jsonb((counts->>status)::int + delta)),
    spellings = CASE WHEN coalesce((spellings->>spelling)::int, 0) + delta > 0
      THEN jsonb_set(spellings, ARRAY[spelling], to_jsonb(coalesce((spellings->>spelling)::int, 0) + delta))
      ELSE spellings - spelling END
    WHERE key = k;
  DELETE FROM source_tallies WHERE key = k AND claims <= 0;
END $$;

CREATE FUNCTION isnad_source_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.data->'deleted' = 'null'::jsonb AND coalesce(OLD.source_key, '') <> '' THEN
    PERFORM isnad_source_tally(OLD.source_key, OLD.source_spelling, OLD.data->>'status', -1);
  END IF;
  IF NEW.data->'deleted' = 'null'::jsonb AND coalesce(NEW.source_key, '') <> '' THEN
    PERFORM isnad_source_tally(NEW.source_key, NEW.source_spelling, NEW.data->>'status', 1);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_source_count AFTER INSERT OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION isnad_source_counts();
`;

/** The claim row's source columns, in the order the inserts name them. */
export function sourceColumns(claim: Claim): [string, string] {
  return [sourceKey(claim.attributedTo), sourceSpelling(claim.attributedTo)];
}

/** Gives the claims of a database from before version 4 their source keys (the trigger then counts them), a batch at a time. */
export async function backfillSourceKeys(client: PoolClient): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ id: string; a: string }>(`SELECT id, data->>'attributedTo' AS a FROM claims WHERE source_key IS NULL ORDER BY id LIMIT 1000`);
    if (rows.length === 0) return;
    const keys = rows.map((r) => sourceColumns({ attributedTo: r.a } as Claim));
    await client.query(
      `UPDATE claims SET source_key = v.k, source_spelling = v.s FROM unnest($1::text[], $2::text[], $3::text[]) AS v(id, k, s) WHERE claims.id = v.id`,
      [rows.map((r) => r.id), keys.map((k) => k[0]), keys.map((k) => k[1])],
    );
  }
}

type Rows = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export async function pgSourceTallies(rows: Rows): Promise<SourceTally[]> {
  const found = await rows<{ key: string; claims: number; counts: SourceTally['byStatus']; spellings: Record<string, number> }>(
    'SELECT key, claims, counts, spellings FROM source_tallies WHERE claims > 0',
  );
  return found.map((r) => ({ key: r.key, claims: r.claims, byStatus: r.counts, spellings: r.spellings }));
}

export async function pgSourceMerges(rows: Rows): Promise<Map<string, SourceMerge>> {
  return new Map((await rows<{ alias: string; data: SourceMerge }>('SELECT alias, data FROM source_merges')).map((r) => [r.alias, r.data]));
}

export async function pgSourceClaims(rows: Rows, keys: readonly string[], page: SourceClaimsPage): Promise<{ items: Claim[]; next: string | null }> {
  const found = await rows<{ data: Claim }>(
    `SELECT data FROM claims WHERE source_key = ANY($1::text[]) AND data->'deleted' = 'null'::jsonb AND ($2::text IS NULL OR id > $2) ORDER BY id LIMIT $3`,
    [[...new Set(keys)].filter((k) => k !== ''), page.after ?? null, page.limit + 1],
  );
  const items = found.slice(0, page.limit).map((r) => withClaimDefaults(r.data));
  return { items, next: found.length > page.limit ? items.at(-1)!.id : null };
}

/**
 * Takes the tally rows a batch of claim writes will change, in key order,
 * before the writes run: two transactions putting claims of the same
 * sources in different orders (two revisions, two imports) would otherwise
 * each hold a row the other waits for.
 */
export async function lockSourceTallies(client: PoolClient, claimIds: string[], newKeys: string[]): Promise<void> {
  await client.query(
    `SELECT key FROM source_tallies WHERE key IN (SELECT source_key FROM claims WHERE id = ANY($1::text[]) UNION SELECT unnest($2::text[])) ORDER BY key FOR UPDATE`,
    [claimIds, newKeys],
  );
}
