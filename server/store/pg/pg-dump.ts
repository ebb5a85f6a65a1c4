import type pg from 'pg';
import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceDump } from '../copy/workspace-dump.ts';
import type { StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import { PgReader, type Queryable } from './pg-reader.ts';
import { syncClaimTerms } from './claim-terms.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import { sourceColumns } from './pg-sources.ts';
import { withClaimDefaults } from '../codec/record-codec.ts';
import type { Publication } from '../../../shared/publish/publication.ts';
import { publicationKey } from '../publication-records.ts';

/**
 * The whole workspace out of PostgreSQL and into it, for `npm run db:copy`
 * and for the tests that run on both stores. Reading costs the whole
 * workspace: the server itself never does it.
 */
export async function dumpPg(db: Queryable): Promise<WorkspaceDump> {
  const all = async <T>(sql: string) => (await db.query(sql)).rows as T[];
  const dump: WorkspaceDump = {
    settings: await new PgReader(db).settings(),
    articles: {},
    claims: {},
    comments: {},
    history: {},
    revisions: {},
    seqs: {},
    ops: {},
    users: {},
    sessions: {},
    invites: {},
    sourceMerges: {},
    publications: {},
  };
  for (const r of await all<{ data: Article; seq: string }>('SELECT data, seq FROM articles ORDER BY created_at, id')) {
    dump.articles[r.data.id] = r.data;
    dump.seqs[r.data.id] = Number(r.seq);
  }
  for (const r of await all<{ data: Claim }>('SELECT data FROM claims ORDER BY id')) dump.claims[r.data.id] = withClaimDefaults(r.data);
  for (const r of await all<{ data: Comment }>('SELECT data FROM comments ORDER BY created_at, id')) dump.comments[r.data.id] = r.data;
  for (const r of await all<{ data: HistoryEntry }>('SELECT data FROM history ORDER BY n')) (dump.history[r.data.claimId] ??= []).push(r.data);
  const revisions = await all<{ article_id: string; revision: number; by_name: string; by_id: string | null; at: string; body: string[] | null }>(
    'SELECT article_id, revision, by_name, by_id, at, body FROM revisions ORDER BY article_id, revision',
  );
  for (const r of revisions) {
    (dump.revisions[r.article_id] ??= []).push({ revision: r.revision, by: r.by_name, byId: r.by_id, at: r.at, body: r.body ?? dump.articles[r.article_id]!.body });
  }
  for (const r of await all<{ key: string; op: StoredOp }>('SELECT key, op FROM ops ORDER BY n')) dump.ops[r.key] = r.op;
  for (const r of await all<{ data: StoredUser }>(`SELECT data FROM users ORDER BY data->>'createdAt', id`)) dump.users[r.data.id] = r.data;
  for (const r of await all<{ key: string; data: StoredSession }>('SELECT key, data FROM sessions ORDER BY key')) dump.sessions[r.key] = r.data;
  for (const r of await all<{ key: string; data: StoredInvite }>('SELECT key, data FROM invites ORDER BY key')) dump.invites[r.key] = r.data;
  for (const r of await all<{ alias: string; data: SourceMerge }>('SELECT alias, data FROM source_merges ORDER BY alias')) dump.sourceMerges[r.alias] = r.data;
  for (const r of await all<{ data: Publication }>('SELECT data FROM publications ORDER BY article_id, version')) dump.publications[publicationKey(r.data)] = r.data;
  return dump;
}

/** Writes a whole workspace into a freshly created schema, inside the caller's transaction. */
export async function loadPg(client: pg.PoolClient, dump: WorkspaceDump): Promise<void> {
  const put = (sql: string, params: unknown[]) => client.query(sql, params);
  await put(`INSERT INTO isnad_meta (key, value) VALUES ('settings', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(dump.settings)]);
  for (const a of Object.values(dump.articles)) {
    await put('INSERT INTO articles (id, data, created_at, seq) VALUES ($1, $2, $3, $4)', [a.id, JSON.stringify(a), a.createdAt, dump.seqs[a.id] ?? 0]);
  }
  for (const [articleId, list] of Object.entries(dump.revisions)) {
    const current = dump.articles[articleId]?.revision;
    for (const r of list) {
      // The current revision's text is the article's own: kept once.
      await put('INSERT INTO revisions (article_id, revision, by_name, by_id, at, body) VALUES ($1, $2, $3, $4, $5, $6)', [
        articleId,
        r.revision,
        r.by,
        r.byId,
        r.at,
        r.revision === current ? null : JSON.stringify(r.body),
      ]);
    }
  }
  for (const c of Object.values(dump.claims)) {
    await put('INSERT INTO claims (id, article_id, data, source_key, source_spelling) VALUES ($1, $2, $3, $4, $5)', [c.id, c.articleId, JSON.stringify(c), ...sourceColumns(c)]);
  }
  await syncClaimTerms(client, Object.values(dump.claims));
  for (const c of Object.values(dump.comments)) {
    await put('INSERT INTO comments (id, article_id, claim_id, created_at, data) VALUES ($1, $2, $3, $4, $5)', [c.id, c.articleId, c.claimId, c.createdAt, JSON.stringify(c)]);
  }
  for (const entries of Object.values(dump.history)) {
    for (const h of entries) {
      await put('INSERT INTO history (entry_id, claim_id, article_id, at, data) VALUES ($1, $2, $3, $4, $5)', [h.id, h.claimId, h.articleId, h.at, JSON.stringify(h)]);
    }
  }
  for (const [key, op] of Object.entries(dump.ops)) {
    const json = JSON.stringify(op);
    await put('INSERT INTO ops (key, op, bytes) VALUES ($1, $2, $3)', [key, json, json.length]);
  }
  for (const u of Object.values(dump.users)) await put('INSERT INTO users (id, email, data) VALUES ($1, $2, $3)', [u.id, u.email, JSON.stringify(u)]);
  for (const [key, s] of Object.entries(dump.sessions)) await put('INSERT INTO sessions (key, user_id, data) VALUES ($1, $2, $3)', [key, s.userId, JSON.stringify(s)]);
  for (const [key, i] of Object.entries(dump.invites)) await put('INSERT INTO invites (key, data) VALUES ($1, $2)', [key, JSON.stringify(i)]);
  for (const [alias, m] of Object.entries(dump.sourceMerges)) await put('INSERT INTO source_merges (alias, data) VALUES ($1, $2)', [alias, JSON.stringify(m)]);
  for (const p of Object.values(dump.publications)) {
    await put('INSERT INTO publications (article_id, version, slug, data) VALUES ($1, $2, $3, $4)', [p.articleId, p.version, p.slug, JSON.stringify(p)]);
  }
}
