import { sourceColumns } from './pg-sources.ts';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { WorkspaceState } from '../../../shared/ops/apply.ts';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.ts';
import type { StoreLog } from '../json/recover.ts';
import { DEFAULT_CAPS, type MemoryCaps } from '../memory/workspace-memory.ts';
import type { WorkspaceDump } from '../copy/workspace-dump.ts';
import { DbFileError, StorageError, StoreClosedError, type StoreHealth, type StoreStats, type StoreTx, type WorkspaceReader, type WorkspaceStore } from '../store.ts';
import { dumpPg, loadPg } from './pg-dump.ts';
import { PgReader } from './pg-reader.ts';
import { PgTx } from './pg-tx.ts';
import { checkVersion, migrate } from './schema.ts';
import { openPool } from './pool.ts';

export interface PgStoreOptions {
  caps?: Partial<MemoryCaps>;
  log?: StoreLog;
  /** Connections per node. */
  poolSize?: number;
}

/** Errors of the database itself (it is gone, full, shutting down): the change is refused, nothing kept. */
const UNAVAILABLE = /^(08|53|57|58)/;
/** Errors a transaction may meet by racing another one; it is run again from the start. */
const RETRY = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 5;

const SILENT: StoreLog = { info() {}, warn() {}, error() {} };

/**
 * The store on PostgreSQL, for several server nodes on one database
 * (DATABASE_URL). Each transaction is a database transaction that commits
 * before it resolves (so before the ack and the broadcast); articles are
 * locked row by row, so every node sees one gap-free sequence per article;
 * accounts, sessions, invitations and the acks kept for retries are rows
 * every node reads.
 */
export class PgWorkspaceStore extends PgReader implements WorkspaceStore {
  private closed = false;
  private running = 0;
  private idle: Array<() => void> = [];
  private commits = 0;
  private opPuts = 0;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly caps: MemoryCaps,
    private readonly log: StoreLog,
  ) {
    super(pool);
  }

  /** Reads after close are refused as the server shutting down, not as a broken pool. */
  protected override async before(): Promise<void> {
    if (this.closed) throw new StoreClosedError();
  }

  /** Connects, creates or upgrades the schema (under a lock shared by all nodes), and seeds a new workspace once. */
  static async open(url: string, initial: () => WorkspaceState, options: PgStoreOptions = {}): Promise<PgWorkspaceStore> {
    return PgWorkspaceStore.start(url, options, async (client) => {
      await client.query(`INSERT INTO isnad_meta (key, value) VALUES ('workspace_id', $1)`, [JSON.stringify(randomUUID())]);
      await seed(client, initial());
    });
  }

  /** A new database holding `dump` (npm run db:copy); refuses a database that already holds a workspace. */
  static async createFrom(url: string, dump: WorkspaceDump, options: PgStoreOptions = {}): Promise<PgWorkspaceStore> {
    let created = false;
    const store = await PgWorkspaceStore.start(url, options, async (client) => {
      created = true;
      await client.query(`INSERT INTO isnad_meta (key, value) VALUES ('workspace_id', $1)`, [JSON.stringify(randomUUID())]);
      await loadPg(client, dump);
    });
    if (!created) {
      await store.close();
      throw new DbFileError('the database already holds an Isnad workspace; copy into an empty database');
    }
    return store;
  }

  private static async start(url: string, options: PgStoreOptions, seedNew: (client: pg.PoolClient) => Promise<void>): Promise<PgWorkspaceStore> {
    const log = options.log ?? SILENT;
    const pool = openPool(url, options.poolSize ?? 10, log, 'store');
    try {
      await migrate(pool, seedNew);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgWorkspaceStore(pool, { ...DEFAULT_CAPS, ...options.caps }, log);
  }

  /**
   * Reads a workspace without changing anything (the export CLI, db:copy's
   * source): no migration, and a database of another schema version is refused.
   */
  static async readOnly(url: string): Promise<{ reader: PgReader; dump(): Promise<WorkspaceDump>; close(): Promise<void> }> {
    const pool = openPool(url, 2, SILENT, 'reader');
    try {
      await checkVersion(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    // The dump reads everything as of one moment, even while nodes keep writing.
    const dump = async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const all = await dumpPg(client);
        await client.query('COMMIT');
        return all;
      } finally {
        client.release();
      }
    };
    return { reader: new PgReader(pool), dump, close: () => pool.end() };
  }

  /** Everything, as plain records (tests and db:copy; costs the whole workspace). */
  dump(): Promise<WorkspaceDump> {
    return dumpPg(this.pool);
  }

  async transact<R>(fn: (tx: StoreTx) => R | Promise<R>): Promise<R> {
    if (this.closed) throw new StoreClosedError();
    this.running++;
    try {
      for (let attempt = 1; ; attempt++) {
        const outcome = await this.attempt(fn);
        if (outcome.ok) return outcome.value;
        if (!outcome.retry || attempt >= ATTEMPTS) throw outcome.error;
      }
    } finally {
      if (--this.running === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  private async attempt<R>(fn: (tx: StoreTx) => R | Promise<R>): Promise<{ ok: true; value: R } | { ok: false; retry: boolean; error: unknown }> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      return { ok: false, retry: false, error: new StorageError(`could not save: ${(error as Error).message}`) };
    }
    try {
      await client.query('BEGIN');
      const tx = new PgTx(client);
      const value = await fn(tx);
      await tx.finish(this.caps);
      if (tx.wrote && this.caps.ops > 0 && ++this.opPuts % 100 === 0) await trimOps(client, this.caps);
      await client.query('COMMIT');
      if (tx.wrote) this.commits++;
      return { ok: true, value };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RETRY.has(code)) return { ok: false, retry: true, error };
      if ((typeof code === 'string' && UNAVAILABLE.test(code)) || isConnectionError(error)) {
        this.log.error({ err: error }, 'database refused a change');
        return { ok: false, retry: false, error: new StorageError(`could not save: ${(error as Error).message}`) };
      }
      return { ok: false, retry: false, error };
    } finally {
      client.release();
    }
  }

  /** Each transaction is durable when it resolves: nothing is ever pending. */
  async settled(): Promise<void> {}

  async consistentRead<R>(fn: (reader: WorkspaceReader) => Promise<R>): Promise<R> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const value = await fn(new PgReader(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  stats(): StoreStats {
    return { commits: this.commits, groupCommits: this.commits, journalBytesWritten: 0, snapshots: 0 };
  }

  /** Whether the database answers (for readiness checks). */
  async health(): Promise<StoreHealth> {
    try {
      await this.pool.query('SELECT 1');
      return { store: 'postgres', ok: true };
    } catch (error) {
      return { store: 'postgres', ok: false, problem: `the database does not answer: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    await this.pool.end();
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^E(CONN|PIPE|TIMEDOUT|HOSTUNREACH|NOTFOUND)|^ECONNRESET$/.test(code);
}

/** Forgets the oldest acks kept for retries beyond the caps. */
async function trimOps(client: pg.PoolClient, caps: MemoryCaps): Promise<void> {
  await client.query(
    `DELETE FROM ops WHERE n <= (
       SELECT coalesce(max(n), 0) FROM (
         SELECT n, row_number() OVER w AS k, sum(bytes) OVER w AS tail FROM ops WINDOW w AS (ORDER BY n DESC)) t
       WHERE k > $1 OR tail > $2)`,
    [caps.ops, caps.opBytes],
  );
}

/** A new workspace: default settings and the initial articles (the seed), written once, with the schema. */
async function seed(client: pg.PoolClient, initial: WorkspaceState): Promise<void> {
  await client.query(`INSERT INTO isnad_meta (key, value) VALUES ('settings', $1)`, [JSON.stringify(DEFAULT_SETTINGS)]);
  for (const a of Object.values(initial.articles)) {
    await client.query('INSERT INTO articles (id, data, created_at) VALUES ($1, $2, $3)', [a.id, JSON.stringify(a), a.createdAt]);
  }
  for (const c of Object.values(initial.claims)) {
    await client.query('INSERT INTO claims (id, article_id, data, source_key, source_spelling) VALUES ($1, $2, $3, $4, $5)', [c.id, c.articleId, JSON.stringify(c), ...sourceColumns(c)]);
  }
  for (const c of Object.values(initial.comments)) {
    await client.query('INSERT INTO comments (id, article_id, claim_id, created_at, data) VALUES ($1, $2, $3, $4, $5)', [c.id, c.articleId, c.claimId, c.createdAt, JSON.stringify(c)]);
  }
}
