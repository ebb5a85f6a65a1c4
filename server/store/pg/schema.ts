import type { Pool, PoolClient } from 'pg';
import { DbFileError } from '../store.ts';
import { indexAllClaims } from './claim-terms.ts';
import { backfillSourceKeys, V4_SOURCES } from './pg-sources.ts';

/**
 * The PostgreSQL schema, version by version. Every node runs `migrate` at
 * start under one advisory lock, so nodes starting together do not race:
 * the first creates or upgrades the schema, the others find it done. A
 * database from a newer version of Isnad is refused, never downgraded.
 *
 * Text that is sorted or compared (times, ids) uses the "C" collation: code
 * unit order, the same order the embedded store and the client use.
 */
export const PG_SCHEMA_VERSION = 6;

/** Any 64-bit number of ours; the same on every node. */
const MIGRATION_LOCK = 7_316_042_118;

const V1 = `
CREATE TABLE isnad_meta (key text COLLATE "C" PRIMARY KEY, value jsonb NOT NULL);

CREATE TABLE articles (
  id text COLLATE "C" PRIMARY KEY,
  data jsonb NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  seq bigint NOT NULL DEFAULT 0,
  claim_count integer NOT NULL DEFAULT 0,
  counts jsonb NOT NULL DEFAULT '{"unreviewed":0,"attributed":0,"verified":0,"disputed":0}'
);

CREATE TABLE claims (
  id text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id),
  data jsonb NOT NULL
);
CREATE INDEX claims_by_article ON claims (article_id);

CREATE TABLE comments (
  id text COLLATE "C" PRIMARY KEY,
  article_id text COLLATE "C" NOT NULL,
  claim_id text COLLATE "C" NOT NULL REFERENCES claims (id),
  created_at text COLLATE "C" NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX comments_by_article ON comments (article_id);

CREATE TABLE history (
  n bigserial PRIMARY KEY,
  entry_id text COLLATE "C" NOT NULL,
  claim_id text COLLATE "C" NOT NULL,
  article_id text COLLATE "C" NOT NULL,
  at text COLLATE "C" NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX history_by_claim ON history (claim_id, n);
CREATE INDEX history_by_article ON history (article_id, at, entry_id);

CREATE TABLE revisions (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
  revision integer NOT NULL,
  by_name text NOT NULL,
  by_id text,
  at text NOT NULL,
  body jsonb,
  PRIMARY KEY (article_id, revision)
);

CREATE TABLE changes (
  article_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  event text NOT NULL,
  payload jsonb NOT NULL,
  bytes integer NOT NULL,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE ops (key text COLLATE "C" PRIMARY KEY, n bigserial, op jsonb NOT NULL, bytes integer NOT NULL);
CREATE INDEX ops_by_age ON ops (n);

CREATE TABLE users (id text COLLATE "C" PRIMARY KEY, email text COLLATE "C" NOT NULL UNIQUE, data jsonb NOT NULL);
CREATE TABLE sessions (key text COLLATE "C" PRIMARY KEY, user_id text COLLATE "C" NOT NULL, data jsonb NOT NULL);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE invites (key text COLLATE "C" PRIMARY KEY, data jsonb NOT NULL);

-- Rate limits shared by every node (rate-limiter-flexible's table layout).
CREATE TABLE isnad_limit_login_account (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);
CREATE TABLE isnad_limit_login_address (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);
CREATE TABLE isnad_limit_mutations (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);

-- Broadcasts between nodes larger than a NOTIFY can carry (@socket.io/postgres-adapter's table).
CREATE TABLE socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea);

-- Live status counts per article, kept by the database itself as claims change,
-- so listing articles never counts claims.
CREATE FUNCTION isnad_claim_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.data->'deleted' = 'null'::jsonb THEN
    UPDATE articles SET claim_count = claim_count - 1,
      counts = jsonb_set(counts, ARRAY[OLD.data->>'status'], to_jsonb((counts->>(OLD.data->>'status'))::int - 1))
      WHERE id = OLD.article_id;
  END IF;
  IF NEW.data->'deleted' = 'null'::jsonb THEN
    UPDATE articles SET claim_count = claim_count + 1,
      counts = jsonb_set(counts, ARRAY[NEW.data->>'status'], to_jsonb((counts->>(NEW.data->>'status'))::int + 1))
      WHERE id = NEW.article_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_count AFTER INSERT OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION isnad_claim_counts();
`;

/** 2: failed logins counted per account and address, so a guesser elsewhere does not lock the owner out. */
const V2 = `
CREATE TABLE isnad_limit_login_pair (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);
`;

/**
 * 3: the claim term index (claim-terms.ts): postings of live claims by term, with
 * what ranking reads beside the key so a lookup is an index-only scan, and each
 * term's document frequency.
 */
const V3 = `
CREATE TABLE claim_terms (
  term text COLLATE "C" NOT NULL,
  claim_id text COLLATE "C" NOT NULL,
  article_id text COLLATE "C" NOT NULL,
  terms integer NOT NULL,
  PRIMARY KEY (term, claim_id) INCLUDE (article_id, terms)
);
CREATE INDEX claim_terms_by_claim ON claim_terms (claim_id);
CREATE TABLE claim_term_df (term text COLLATE "C" PRIMARY KEY, df integer NOT NULL);
`;

/**
 * 5: published versions of articles' reports. The public page finds its
 * report by slug through an index; the slug is the same for every version
 * of an article, so the latest is the highest version under it.
 */
const V5 = `
CREATE TABLE publications (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id),
  version integer NOT NULL,
  slug text COLLATE "C" NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (article_id, version)
);
CREATE INDEX publications_by_slug ON publications (slug, version DESC);
`;

/**
 * 6: the open invitations through an index of their expiry that holds only
 * those not yet used (or revoked), so the users page's list costs what is
 * open, not every invitation ever made. The expressions are the ones
 * PgReader.openInvites filters on, which is what lets the planner use it.
 */
const V6 = `
CREATE INDEX invites_open_by_expiry ON invites ((data->>'expiresAt')) WHERE data->>'usedAt' IS NULL;
`;

const MIGRATIONS: Record<number, string> = { 1: V1, 2: V2, 3: V3, 4: V4_SOURCES, 5: V5, 6: V6 };

/**
 * Work a migration needs done in JavaScript, in the same transaction, after its SQL:
 * the claims of a database from before the term index get their terms, and
 * those from before source tallies get their source columns, once.
 */
const AFTER_MIGRATION: Record<number, (client: PoolClient) => Promise<void>> = { 3: indexAllClaims, 4: backfillSourceKeys };

/** Refuses a database that is not an Isnad workspace of exactly this schema version (for tools that only read). */
export async function checkVersion(db: Queryable): Promise<void> {
  const found = await versionOf(db);
  if (found === null) throw new DbFileError('the database holds no Isnad workspace');
  if (found !== PG_SCHEMA_VERSION) throw new DbFileError(`the database holds schema version ${found}, this Isnad reads version ${PG_SCHEMA_VERSION}`);
}

export interface SchemaState {
  /** True when this call created the schema (the seed article is then added by the caller, once). */
  created: boolean;
}

type Queryable = Pool | PoolClient;

async function versionOf(db: Queryable): Promise<number | null> {
  const exists = await db.query(`SELECT to_regclass('isnad_meta') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return null;
  const row = await db.query(`SELECT value FROM isnad_meta WHERE key = 'schema_version'`);
  return row.rows[0] ? Number(row.rows[0].value) : null;
}

/**
 * Brings the database to PG_SCHEMA_VERSION under an advisory lock; `seed`
 * runs in the same transaction when the schema is created, so the seed
 * article is created exactly once whatever the number of nodes.
 */
export async function migrate(pool: Pool, seed: (client: PoolClient) => Promise<void>): Promise<SchemaState> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const found = await versionOf(client);
    if (found !== null && found > PG_SCHEMA_VERSION) {
      throw new DbFileError(`the database holds schema version ${found}; this Isnad knows up to ${PG_SCHEMA_VERSION}; refusing to start`);
    }
    if (found === null) {
      const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
      if (tables.rows[0].n > 0) throw new DbFileError('the database has tables but is not an Isnad workspace; refusing to start');
    }
    for (let v = (found ?? 0) + 1; v <= PG_SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v]!);
      await AFTER_MIGRATION[v]?.(client);
    }
    await client.query(`INSERT INTO isnad_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = $1`, [JSON.stringify(PG_SCHEMA_VERSION)]);
    if (found === null) await seed(client);
    await client.query('COMMIT');
    return { created: found === null };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
