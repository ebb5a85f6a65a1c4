import type { ChangeEventName, ChangePayloads } from '../../../shared/protocol/events.ts';
import type { PoolClient } from 'pg';
import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import type { StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import type { StoreTx } from '../store.ts';
import { PgReader } from './pg-reader.ts';
import { syncClaimTerms } from './claim-terms.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import { lockSourceTallies, sourceColumns } from './pg-sources.ts';
import type { Publication } from '../../../shared/publish/publication.ts';

/** How often an article's change log is trimmed to its caps. */
const TRIM_EVERY = 25;

/** Locks taken by key (pg_advisory_xact_lock): an opId being applied, the list of accounts. */
const lockKey = (name: string) => `isnad:${name}`;

/**
 * A transaction on PostgreSQL, on one pooled connection between BEGIN and
 * COMMIT. Writes are queued in order and sent before the next read (so the
 * transaction reads its own writes) and before COMMIT. The article's row is
 * locked (SELECT ... FOR UPDATE) before anything of it is read for change:
 * two nodes changing one article take turns, and its `seq` has no gaps.
 */
export class PgTx extends PgReader implements StoreTx {
  private queue: Array<[string, unknown[]]> = [];
  /** Each article's seq when this transaction locked it, and the seq its changes have brought it to. */
  private readonly locked = new Map<string, number>();
  private readonly seqs = new Map<string, number>();
  /** Articles as read when locked; dropped when this transaction writes them. */
  private readonly lockedArticles = new Map<string, Article>();
  private readonly changes: Array<{ articleId: string; seq: number; event: string; payload: Record<string, unknown> }> = [];
  wrote = false;
  /** Claims put in this transaction, their latest version: their terms are indexed before COMMIT. */
  private readonly claimsToIndex = new Map<string, Claim>();
  /** Claims queued for writing and their new source keys: their tally rows are locked in order first (see lockSourceTallies). */
  private readonly claimSources = new Map<string, string>();

  constructor(private readonly client: PoolClient) {
    super(client);
  }

  private write(sql: string, params: unknown[]): void {
    this.queue.push([sql, params]);
    this.wrote = true;
  }

  protected override async before(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    if (this.claimSources.size > 0) {
      const ids = [...this.claimSources.keys()];
      const keys = [...new Set(this.claimSources.values())].filter((k) => k !== '');
      this.claimSources.clear();
      await lockSourceTallies(this.client, ids, keys);
    }
    for (const [sql, params] of queue) await this.client.query(sql, params);
  }

  /** Runs what is queued, numbers the changes and trims the logs: the last step before COMMIT. */
  async finish(caps: { logEvents: number; logBytes: number }): Promise<void> {
    for (const [articleId, seq] of this.seqs) this.write('UPDATE articles SET seq = $2 WHERE id = $1', [articleId, seq]);
    for (const c of this.changes) {
      const json = JSON.stringify(c.payload);
      this.write('INSERT INTO changes (article_id, seq, event, payload, bytes) VALUES ($1, $2, $3, $4, $5)', [c.articleId, c.seq, c.event, json, json.length]);
    }
    for (const [articleId, seq] of this.seqs) {
      // Beyond the count kept: a cheap range delete on the key, every change.
      this.write('DELETE FROM changes WHERE article_id = $1 AND seq <= $2', [articleId, seq - caps.logEvents]);
      // Beyond the bytes kept: a sum over the kept log, so only every TRIM_EVERY changes (it may run that much over meanwhile).
      if (Math.floor(seq / TRIM_EVERY) === Math.floor(this.locked.get(articleId)! / TRIM_EVERY)) continue;
      this.write(
        `DELETE FROM changes WHERE article_id = $1 AND seq <= (
           SELECT coalesce(max(seq), 0) FROM (
             SELECT seq, sum(bytes) OVER (ORDER BY seq DESC) AS tail FROM changes WHERE article_id = $1) t
           WHERE tail > $2)`,
        [articleId, caps.logBytes],
      );
    }
    await this.before();
    await syncClaimTerms(this.client, [...this.claimsToIndex.values()]);
  }

  /** Accounts are read for a decision (the first admin, the last admin): one such transaction at a time. */
  override async users(): Promise<StoredUser[]> {
    await this.before();
    await this.client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey('users')]);
    return super.users();
  }

  /** An opId is looked up to apply it once: the same opId on another node waits for this one to commit. */
  override async storedOp(key: string): Promise<StoredOp | undefined> {
    await this.before();
    await this.client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(`op:${key}`)]);
    return super.storedOp(key);
  }

  /** An invitation is read to use it up: a second accept waits, then finds it used. */
  override async invite(key: string): Promise<StoredInvite | undefined> {
    return (await this.one<{ data: StoredInvite }>('SELECT data FROM invites WHERE key = $1 FOR UPDATE', [key]))?.data;
  }

  /** An account is read to change it (a mention seen on two devices at once): the second waits, then sees the first's change. */
  override async user(id: string): Promise<StoredUser | undefined> {
    return (await this.one<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1 FOR UPDATE', [id]))?.data;
  }

  override async seq(articleId: string): Promise<number> {
    return this.seqs.get(articleId) ?? this.locked.get(articleId) ?? super.seq(articleId);
  }

  async lockArticle(articleId: string): Promise<number> {
    if (!this.locked.has(articleId)) {
      // The lock and the article in one round trip: the caller reads it next.
      const row = await this.one<{ seq: string; data: Article }>('SELECT seq, data FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
      this.locked.set(articleId, Number(row?.seq ?? 0));
      if (row) this.lockedArticles.set(articleId, row.data);
    }
    return this.seq(articleId);
  }

  override async article(id: string): Promise<Article | undefined> {
    // Locked (so unchanged by anyone else) and not rewritten here since: no need to ask again.
    const held = this.lockedArticles.get(id);
    return held ?? super.article(id);
  }

  putArticle(article: Article): void {
    this.lockedArticles.delete(article.id);
    this.write(
      `INSERT INTO articles (id, data, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data`,
      [article.id, JSON.stringify(article), article.createdAt],
    );
  }

  addRevision(articleId: string, meta: { revision: number; by: string; byId: string | null; at: string }): void {
    // The text the article has now becomes its current revision's (or the original's, for an article from before revisions were kept).
    this.write(
      `INSERT INTO revisions (article_id, revision, by_name, by_id, at, body)
       SELECT id, (data->>'revision')::int, 'original', NULL, data->>'updatedAt', data->'body' FROM articles WHERE id = $1
       ON CONFLICT (article_id, revision) DO UPDATE SET body = EXCLUDED.body`,
      [articleId],
    );
    this.write('INSERT INTO revisions (article_id, revision, by_name, by_id, at, body) VALUES ($1, $2, $3, $4, $5, NULL)', [
      articleId,
      meta.revision,
      meta.by,
      meta.byId,
      meta.at,
    ]);
  }

  putClaim(claim: Claim): void {
    this.claimsToIndex.set(claim.id, claim);
    const [key, spelling] = sourceColumns(claim);
    this.claimSources.set(claim.id, key);
    this.write(
      'INSERT INTO claims (id, article_id, data, source_key, source_spelling) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, source_key = EXCLUDED.source_key, source_spelling = EXCLUDED.source_spelling',
      [claim.id, claim.articleId, JSON.stringify(claim), key, spelling],
    );
  }

  putSourceMerge(alias: string, merge: SourceMerge | null): void {
    if (merge) this.write('INSERT INTO source_merges (alias, data) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET data = EXCLUDED.data', [alias, JSON.stringify(merge)]);
    else this.write('DELETE FROM source_merges WHERE alias = $1', [alias]);
  }

  /** Merges are read to change them: one such transaction at a time across nodes. */
  override async sourceMerges(): Promise<Map<string, SourceMerge>> {
    await this.before();
    await this.client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey('sources')]);
    return super.sourceMerges();
  }

  putComment(comment: Comment): void {
    this.write(
      'INSERT INTO comments (id, article_id, claim_id, created_at, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data',
      [comment.id, comment.articleId, comment.claimId, comment.createdAt, JSON.stringify(comment)],
    );
  }

  appendHistory(entry: HistoryEntry): void {
    this.write('INSERT INTO history (entry_id, claim_id, article_id, at, data) VALUES ($1, $2, $3, $4, $5)', [
      entry.id,
      entry.claimId,
      entry.articleId,
      entry.at,
      JSON.stringify(entry),
    ]);
  }

  appendChange<E extends ChangeEventName>(articleId: string, event: E, makePayload: (seq: number) => ChangePayloads[E]): number {
    const current = this.seqs.get(articleId) ?? this.locked.get(articleId);
    // Numbering a change of an article not locked would let two nodes take the same number.
    if (current === undefined) throw new Error(`appendChange on article ${articleId} without lockArticle first`);
    const seq = current + 1;
    this.seqs.set(articleId, seq);
    this.changes.push({ articleId, seq, event, payload: makePayload(seq) });
    this.wrote = true;
    return seq;
  }

  putOp(key: string, op: StoredOp): void {
    const json = JSON.stringify(op);
    this.write('INSERT INTO ops (key, op, bytes) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET op = EXCLUDED.op, bytes = EXCLUDED.bytes', [key, json, json.length]);
  }

  putSettings(settings: WorkspaceSettings): void {
    this.write(`INSERT INTO isnad_meta (key, value) VALUES ('settings', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(settings)]);
  }

  putUser(user: StoredUser): void {
    this.write('INSERT INTO users (id, email, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email, data = EXCLUDED.data', [
      user.id,
      user.email,
      JSON.stringify(user),
    ]);
  }

  putSession(key: string, session: StoredSession): void {
    this.write('INSERT INTO sessions (key, user_id, data) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET user_id = EXCLUDED.user_id, data = EXCLUDED.data', [
      key,
      session.userId,
      JSON.stringify(session),
    ]);
  }

  deleteSession(key: string): void {
    this.write('DELETE FROM sessions WHERE key = $1', [key]);
  }

  async sessionsOfUser(userId: string): Promise<string[]> {
    return (await this.rows<{ key: string }>('SELECT key FROM sessions WHERE user_id = $1', [userId])).map((r) => r.key);
  }

  putInvite(key: string, invite: StoredInvite): void {
    this.write('INSERT INTO invites (key, data) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data', [key, JSON.stringify(invite)]);
  }

  putPublication(p: Publication): void {
    this.write(
      'INSERT INTO publications (article_id, version, slug, data) VALUES ($1, $2, $3, $4) ON CONFLICT (article_id, version) DO UPDATE SET data = EXCLUDED.data',
      [p.articleId, p.version, p.slug, JSON.stringify(p)],
    );
  }
}
