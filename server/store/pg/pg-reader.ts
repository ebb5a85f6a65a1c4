import type { ChangeEventName, ChangePayloads } from '../../../shared/protocol/events.ts';
import type { Pool, PoolClient } from 'pg';
import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { DEFAULT_SETTINGS, withSettingsDefaults } from '../../../shared/domain/settings.ts';
import { withChangeDefaults, withClaimDefaults } from '../codec/record-codec.ts';
import { activityCursor, parseActivityCursor } from '../memory/memory-reader.ts';
import type { ChangeEvent, Revision, StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import type { Publication } from '../../../shared/publish/publication.ts';
import type { ArticleRecords, ArticleSummary, Page, PageRequest, WorkspaceReader } from '../store.ts';

import type { ClaimRankRequest } from '../../../shared/similarity/rank.ts';
import { rankClaimsPg } from './claim-terms.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import type { SourceTally } from '../../../shared/sources/tally.ts';
import type { SourceClaimsPage } from '../source-store.ts';
import { pgSourceClaims, pgSourceMerges, pgSourceTallies } from './pg-sources.ts';

export type Queryable = Pool | PoolClient;

/**
 * Every read of the PostgreSQL store: one indexed query each, the same
 * answers as the embedded store's MemoryReader (the store suites run on
 * both). `before()` lets a transaction run its queued writes first, so its
 * reads see them.
 */
/** A row of the change log: bigint seq as text, and the event with the payload the runner stored for it. */
type ChangeRow = { [E in ChangeEventName]: { seq: string; event: E; payload: ChangePayloads[E] } }[ChangeEventName];

export class PgReader implements WorkspaceReader {
  constructor(protected readonly db: Queryable) {}

  protected async before(): Promise<void> {}

  protected async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    await this.before();
    return (await this.db.query(sql, params)).rows as T[];
  }

  protected async one<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }

  async article(id: string): Promise<Article | undefined> {
    return (await this.one<{ data: Article }>('SELECT data FROM articles WHERE id = $1', [id]))?.data;
  }

  async articleSummaries(): Promise<ArticleSummary[]> {
    const rows = await this.rows<{ meta: Omit<Article, 'body' | 'dismissed'>; paragraphs: number; claim_count: number; counts: ArticleSummary['counts'] }>(
      `SELECT data - 'body' - 'dismissed' AS meta, jsonb_array_length(data->'body') AS paragraphs, claim_count, counts FROM articles ORDER BY created_at, id`,
    );
    return rows.map((r) => ({ ...r.meta, paragraphs: r.paragraphs, claimCount: r.claim_count, counts: r.counts }));
  }

  async claim(id: string): Promise<Claim | undefined> {
    const data = (await this.one<{ data: Claim }>('SELECT data FROM claims WHERE id = $1', [id]))?.data;
    return data && withClaimDefaults(data);
  }

  async claimsOfArticle(articleId: string): Promise<Claim[]> {
    return (await this.rows<{ data: Claim }>('SELECT data FROM claims WHERE article_id = $1', [articleId])).map((r) => withClaimDefaults(r.data));
  }

  async commentsOfArticle(articleId: string): Promise<Comment[]> {
    const rows = await this.rows<{ data: Comment }>(
      `SELECT c.data FROM comments c JOIN claims k ON k.id = c.claim_id
       WHERE c.article_id = $1 AND k.data->'deleted' = 'null'::jsonb ORDER BY c.created_at, c.id`,
      [articleId],
    );
    return rows.map((r) => r.data);
  }

  async claimHistory(claimId: string): Promise<HistoryEntry[]> {
    return (await this.rows<{ data: HistoryEntry }>('SELECT data FROM history WHERE claim_id = $1 ORDER BY n', [claimId])).map((r) => r.data);
  }

  async articleActivity(articleId: string, page: PageRequest): Promise<Page<HistoryEntry>> {
    const cursor = parseActivityCursor(page.before);
    const rows = cursor
      ? await this.rows<{ data: HistoryEntry }>(
          'SELECT data FROM history WHERE article_id = $1 AND (at, entry_id) < ($2, $3) ORDER BY at DESC, entry_id DESC LIMIT $4',
          [articleId, cursor.at, cursor.id, page.limit + 1],
        )
      : await this.rows<{ data: HistoryEntry }>('SELECT data FROM history WHERE article_id = $1 ORDER BY at DESC, entry_id DESC LIMIT $2', [
          articleId,
          page.limit + 1,
        ]);
    const items = rows.slice(0, page.limit).map((r) => r.data);
    return { items, next: rows.length > page.limit ? activityCursor(items.at(-1)!) : null };
  }

  async revisions(articleId: string, page: PageRequest): Promise<Page<Revision>> {
    const article = await this.article(articleId);
    if (!article) return { items: [], next: null };
    const before = page.before === undefined ? 2 ** 31 - 1 : Math.trunc(Number(page.before)) || 0;
    const rows = await this.rows<{ revision: number; by_name: string; by_id: string | null; at: string; body: string[] | null }>(
      'SELECT revision, by_name, by_id, at, body FROM revisions WHERE article_id = $1 AND revision < $2 ORDER BY revision DESC LIMIT $3',
      [articleId, before, page.limit + 1],
    );
    if (rows.length === 0 && page.before === undefined) {
      return { items: [{ revision: article.revision, by: 'original', byId: null, at: article.updatedAt, body: article.body }], next: null };
    }
    const items = rows.slice(0, page.limit).map((r) => ({ revision: r.revision, by: r.by_name, byId: r.by_id, at: r.at, body: r.body ?? article.body }));
    return { items, next: rows.length > page.limit ? String(items.at(-1)!.revision) : null };
  }

  async seq(articleId: string): Promise<number> {
    return Number((await this.one<{ seq: string }>('SELECT seq FROM articles WHERE id = $1', [articleId]))?.seq ?? 0);
  }

  async liveClaimCount(articleId: string): Promise<number> {
    return (await this.one<{ claim_count: number }>('SELECT claim_count FROM articles WHERE id = $1', [articleId]))?.claim_count ?? 0;
  }

  async changesSince(articleId: string, sinceSeq: number): Promise<ChangeEvent[] | null> {
    const seq = await this.seq(articleId);
    if (sinceSeq > seq) return null;
    if (sinceSeq === seq) return [];
    const rows = await this.rows<ChangeRow>(
      'SELECT seq, event, payload FROM changes WHERE article_id = $1 AND seq > $2 ORDER BY seq',
      [articleId, sinceSeq],
    );
    // The log must reach back to the change right after sinceSeq, and on to seq, without a hole.
    if (rows.length !== seq - sinceSeq || Number(rows[0]!.seq) !== sinceSeq + 1) return null;
    return rows.map((r) => withChangeDefaults({ ...r, seq: Number(r.seq) }));
  }

  async articleRecords(articleId: string): Promise<ArticleRecords | undefined> {
    const article = await this.article(articleId);
    if (!article) return undefined;
    const [claims, comments, entries] = [
      await this.claimsOfArticle(articleId),
      (await this.rows<{ data: Comment }>('SELECT data FROM comments WHERE article_id = $1 ORDER BY created_at, id', [articleId])).map((r) => r.data),
      (await this.rows<{ data: HistoryEntry }>('SELECT data FROM history WHERE article_id = $1 ORDER BY n', [articleId])).map((r) => r.data),
    ];
    const history: Record<string, HistoryEntry[]> = {};
    for (const c of claims) history[c.id] = [];
    for (const e of entries) (history[e.claimId] ??= []).push(e);
    return { article, claims, comments, history };
  }

  async settings(): Promise<WorkspaceSettings> {
    const stored = (await this.one<{ value: WorkspaceSettings }>(`SELECT value FROM isnad_meta WHERE key = 'settings'`))?.value;
    return stored ? withSettingsDefaults(stored) : DEFAULT_SETTINGS;
  }

  async user(id: string): Promise<StoredUser | undefined> {
    return (await this.one<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1', [id]))?.data;
  }

  async userByEmail(email: string): Promise<StoredUser | undefined> {
    return (await this.one<{ data: StoredUser }>('SELECT data FROM users WHERE email = $1', [email]))?.data;
  }

  async users(): Promise<StoredUser[]> {
    return (await this.rows<{ data: StoredUser }>(`SELECT data FROM users ORDER BY data->>'createdAt', id`)).map((r) => r.data);
  }

  async session(key: string): Promise<StoredSession | undefined> {
    return (await this.one<{ data: StoredSession }>('SELECT data FROM sessions WHERE key = $1', [key]))?.data;
  }

  async invite(key: string): Promise<StoredInvite | undefined> {
    return (await this.one<{ data: StoredInvite }>('SELECT data FROM invites WHERE key = $1', [key]))?.data;
  }

  async openInvites(now: string): Promise<[string, StoredInvite][]> {
    const rows = await this.rows<{ key: string; data: StoredInvite }>(
      `SELECT key, data FROM invites WHERE data->>'usedAt' IS NULL AND data->>'expiresAt' > $1 ORDER BY data->>'createdAt', key`,
      [now],
    );
    return rows.map((r) => [r.key, r.data]);
  }

  async storedOp(key: string): Promise<StoredOp | undefined> {
    return (await this.one<{ op: StoredOp }>('SELECT op FROM ops WHERE key = $1', [key]))?.op;
  }

  async rankClaims(request: ClaimRankRequest): Promise<Array<{ claim: Claim; score: number }>> {
    await this.before();
    return rankClaimsPg(this.db, request);
  }

  sourceTallies(): Promise<SourceTally[]> {
    return pgSourceTallies((sql, params) => this.rows(sql, params));
  }

  sourceMerges(): Promise<Map<string, SourceMerge>> {
    return pgSourceMerges((sql, params) => this.rows(sql, params));
  }

  sourceClaims(keys: readonly string[], page: SourceClaimsPage): Promise<{ items: Claim[]; next: string | null }> {
    return pgSourceClaims((sql, params) => this.rows(sql, params), keys, page);
  }

  async publications(articleId: string): Promise<Publication[]> {
    return (await this.rows<{ data: Publication }>('SELECT data FROM publications WHERE article_id = $1 ORDER BY version', [articleId])).map((r) => r.data);
  }

  async latestPublication(articleId: string): Promise<Publication | undefined> {
    return (await this.one<{ data: Publication }>('SELECT data FROM publications WHERE article_id = $1 ORDER BY version DESC LIMIT 1', [articleId]))?.data;
  }

  async publicationBySlug(slug: string): Promise<Publication | undefined> {
    return (await this.one<{ data: Publication }>('SELECT data FROM publications WHERE slug = $1 ORDER BY version DESC LIMIT 1', [slug]))?.data;
  }
}
