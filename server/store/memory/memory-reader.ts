import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { changesSinceIn } from '../../../shared/ops/catch-up.ts';
import { withChangeDefaults } from '../codec/record-codec.ts';
import type { ChangeEvent, Revision, StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import type { ArticleRecords, ArticleSummary, Page, PageRequest, WorkspaceReader } from '../store.ts';
import type { WorkspaceMemory } from './workspace-memory.ts';
import type { ClaimRankRequest } from '../../../shared/similarity/rank.ts';
import type { Publication } from '../../../shared/publish/publication.ts';
import { dumpMemory, type WorkspaceDump } from '../copy/workspace-dump.ts';
import type { SourceClaimsPage } from '../source-store.ts';
import { readSources } from './source-index.ts';

/**
 * Every read of the embedded store, answered from WorkspaceMemory's
 * indexes: one article's claims, comments and history, one claim's history,
 * a page of activity or revisions, the status counts kept per article.
 * Nothing here walks the whole workspace except listing articles (whose
 * answer is every article).
 */
export class MemoryReader implements WorkspaceReader {
  constructor(protected readonly memory: WorkspaceMemory) {}

  async article(id: string): Promise<Article | undefined> {
    return this.memory.article(id);
  }

  async articleSummaries(): Promise<ArticleSummary[]> {
    const out: ArticleSummary[] = [];
    for (const index of this.memory.articles.values()) {
      if (!index.article) continue;
      const { body, dismissed: _dismissed, ...meta } = index.article;
      out.push({ ...meta, paragraphs: body.length, claimCount: index.live, counts: { ...index.counts } });
    }
    return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async claim(id: string): Promise<Claim | undefined> {
    return this.memory.claim(id);
  }

  async claimsOfArticle(articleId: string): Promise<Claim[]> {
    return [...(this.memory.articles.get(articleId)?.claims.values() ?? [])];
  }

  async commentsOfArticle(articleId: string): Promise<Comment[]> {
    const index = this.memory.articles.get(articleId);
    if (!index) return [];
    return [...index.comments.values()].filter((c) => index.claims.get(c.claimId)?.deleted === null);
  }

  async claimHistory(claimId: string): Promise<HistoryEntry[]> {
    return [...(this.memory.history.get(claimId) ?? [])];
  }

  async articleActivity(articleId: string, page: PageRequest): Promise<Page<HistoryEntry>> {
    const list = this.memory.articles.get(articleId)?.activity ?? [];
    const cursor = parseActivityCursor(page.before);
    const end = cursor ? this.memory.articles.get(articleId)!.activityIndexOf(cursor.at, cursor.id) : list.length;
    const start = Math.max(0, end - page.limit);
    const items = list.slice(start, end).reverse();
    return { items, next: start > 0 && items.length > 0 ? activityCursor(items.at(-1)!) : null };
  }

  async revisions(articleId: string, page: PageRequest): Promise<Page<Revision>> {
    const index = this.memory.articles.get(articleId);
    const article = index?.article;
    if (!index || !article) return { items: [], next: null };
    const list = index.revisions.length ? index.revisions : [{ revision: article.revision, by: 'original', byId: null, at: article.updatedAt }];
    const before = page.before === undefined ? Infinity : Number(page.before);
    const older = list.filter((r) => r.revision < before);
    const items = older.slice(Math.max(0, older.length - page.limit)).reverse();
    return {
      items: items.map((r) => ({ ...r, body: r.body ?? article.body })),
      next: older.length > items.length ? String(items.at(-1)!.revision) : null,
    };
  }

  async seq(articleId: string): Promise<number> {
    return this.memory.articles.get(articleId)?.seq ?? 0;
  }

  async liveClaimCount(articleId: string): Promise<number> {
    return this.memory.articles.get(articleId)?.live ?? 0;
  }

  async changesSince(articleId: string, sinceSeq: number): Promise<ChangeEvent[] | null> {
    const index = this.memory.articles.get(articleId);
    const missed = changesSinceIn(index?.log ?? [], (l) => l.change.seq, index?.seq ?? 0, sinceSeq);
    return missed && missed.map((l) => withChangeDefaults(l.change));
  }

  async articleRecords(articleId: string): Promise<ArticleRecords | undefined> {
    const index = this.memory.articles.get(articleId);
    if (!index?.article) return undefined;
    const claims = [...index.claims.values()];
    const history: Record<string, HistoryEntry[]> = {};
    for (const c of claims) history[c.id] = this.memory.history.get(c.id) ?? [];
    return { article: index.article, claims, comments: [...index.comments.values()], history };
  }

  async settings(): Promise<WorkspaceSettings> {
    return this.memory.settings;
  }

  async user(id: string): Promise<StoredUser | undefined> {
    return this.memory.users.get(id);
  }

  async userByEmail(email: string): Promise<StoredUser | undefined> {
    return this.memory.usersByEmail.get(email);
  }

  async users(): Promise<StoredUser[]> {
    return [...this.memory.users.values()];
  }

  async session(key: string): Promise<StoredSession | undefined> {
    return this.memory.sessions.get(key);
  }

  async invite(key: string): Promise<StoredInvite | undefined> {
    return this.memory.invites.get(key);
  }

  async openInvites(now: string): Promise<[string, StoredInvite][]> {
    return this.memory.openInvites.list(this.memory.invites, now);
  }

  async storedOp(key: string): Promise<StoredOp | undefined> {
    return this.memory.ops.get(key)?.op;
  }

  async rankClaims(request: ClaimRankRequest): Promise<Array<{ claim: Claim; score: number }>> {
    return this.memory.claimTerms.rank(request);
  }

  sourceTallies() {
    return readSources(this.memory.sources, (id) => this.memory.claim(id)).sourceTallies();
  }

  sourceMerges() {
    return readSources(this.memory.sources, (id) => this.memory.claim(id)).sourceMerges();
  }

  sourceClaims(keys: readonly string[], page: SourceClaimsPage) {
    return readSources(this.memory.sources, (id) => this.memory.claim(id)).sourceClaims(keys, page);
  }

  /** Everything, as plain records (see WorkspaceDump). */
  dump(): WorkspaceDump {
    return dumpMemory(this.memory);
  }

  async publications(articleId: string): Promise<Publication[]> {
    return [...this.memory.publications.of(articleId)];
  }

  async latestPublication(articleId: string): Promise<Publication | undefined> {
    return this.memory.publications.latest(articleId);
  }

  async publicationBySlug(slug: string): Promise<Publication | undefined> {
    return this.memory.publications.bySlug(slug);
  }
}

/** Activity pages are cut at an entry's (time, id): stable across restarts and the same on any store. */
export function activityCursor(entry: HistoryEntry): string {
  return `${entry.at}~${entry.id}`;
}

export function parseActivityCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (cursor === undefined) return null;
  const cut = cursor.indexOf('~');
  return cut > 0 ? { at: cursor.slice(0, cut), id: cursor.slice(cut + 1) } : null;
}
