import type { ChangeEventName, ChangePayloads } from '../../shared/protocol/events.ts';
import type { Article, Claim, Comment, HistoryEntry } from '../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../shared/domain/settings.ts';
import type { StatusCounts } from '../../shared/protocol/events.ts';
import type { ClaimRankRequest } from '../../shared/similarity/rank.ts';
import type { SourceReader, SourceWriter } from './source-store.ts';
import type { ChangeEvent, Revision, StoredInvite, StoredOp, StoredSession, StoredUser } from './records.ts';
import type { Publication } from '../../shared/publish/publication.ts';

/**
 * The one interface the server stores through. The embedded store
 * (json-store.ts: memory, a journal and db.json snapshots) and a store on a
 * database both implement it, so commands, routes and socket handlers never
 * know which one they run on.
 *
 * Reads are asynchronous and answer from indexes: each costs what its
 * answer costs, never a scan of the workspace. Changes go through
 * `transact`: a function of a transaction that reads what it needs and
 * records puts and appends; the store applies them all or none, and the
 * promise settles only when they are durable.
 */

/** An article as lists show it: everything but its text (a list of a hundred articles is not a hundred texts) and its dismissed suggestions (up to a thousand keys). */
export interface ArticleSummary extends Omit<Article, 'body' | 'dismissed'> {
  /** How many paragraphs its text has. */
  paragraphs: number;
  claimCount: number;
  counts: StatusCounts;
}

/** A page of a long list, newest first; `next` is the cursor for the page after it (`?before=`), null at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface PageRequest {
  limit: number;
  /** A cursor from an earlier page's `next`. */
  before?: string;
}

/** What a report or the dashboard reads about articles: their claims, comments, history and the names of assignees. */
export interface ArticleRecords {
  article: Article;
  /** Every claim of the article, deleted ones included (reports leave them out themselves). */
  claims: Claim[];
  comments: Comment[];
  /** Per claim id, oldest first. */
  history: Record<string, HistoryEntry[]>;
}

export interface WorkspaceReader extends SourceReader {
  article(id: string): Promise<Article | undefined>;
  /** Every article with its live claim counts, oldest first; counts are kept up to date, not counted per request. */
  articleSummaries(): Promise<ArticleSummary[]>;
  /** A claim by id, deleted ones included. */
  claim(id: string): Promise<Claim | undefined>;
  /** The article's claims, deleted ones included, in no particular order. */
  claimsOfArticle(articleId: string): Promise<Claim[]>;
  /** The article's comments on claims that are not deleted. */
  commentsOfArticle(articleId: string): Promise<Comment[]>;
  /** Complete, oldest first. */
  claimHistory(claimId: string): Promise<HistoryEntry[]>;
  /** The article's history entries across its claims, newest first. */
  articleActivity(articleId: string, page: PageRequest): Promise<Page<HistoryEntry>>;
  /** Revisions with their text, newest first. */
  revisions(articleId: string, page: PageRequest): Promise<Page<Revision>>;
  /** The article's last sequence number (0 before its first change). */
  seq(articleId: string): Promise<number>;
  /** The article's claims that are not deleted: a kept count, not counted per call. */
  liveClaimCount(articleId: string): Promise<number>;
  /**
   * The changes after `sinceSeq`, in order, or null when the kept log no
   * longer reaches back that far (or the number is from the future): the
   * client then needs a full snapshot.
   */
  changesSince(articleId: string, sinceSeq: number): Promise<ChangeEvent[] | null>;
  /** An article with everything reports say about it; undefined for an unknown id. */
  articleRecords(articleId: string): Promise<ArticleRecords | undefined>;

  settings(): Promise<WorkspaceSettings>;
  user(id: string): Promise<StoredUser | undefined>;
  userByEmail(email: string): Promise<StoredUser | undefined>;
  users(): Promise<StoredUser[]>;
  session(key: string): Promise<StoredSession | undefined>;
  invite(key: string): Promise<StoredInvite | undefined>;
  /** Invitations and reset links neither used (nor revoked) nor expired at `now`, with their keys; as many as are open, not all ever made. */
  openInvites(now: string): Promise<[string, StoredInvite][]>;
  storedOp(key: string): Promise<StoredOp | undefined>;
  /**
   * Live claims ranked by the terms they share with a query
   * (shared/similarity/), best first: kept up to date with every claim put,
   * and costing the query terms' capped posting lists, never the workspace.
   */
  rankClaims(request: ClaimRankRequest): Promise<Array<{ claim: Claim; score: number }>>;

  /** The article's published versions, oldest first (the public page and the export read only the latest). */
  publications(articleId: string): Promise<Publication[]>;
  latestPublication(articleId: string): Promise<Publication | undefined>;
  /** The latest version published under this slug, through an index. */
  publicationBySlug(slug: string): Promise<Publication | undefined>;
}

/**
 * A transaction. Reads see the transaction's own writes. Writes are
 * recorded in order and applied together when the function returns; if it
 * throws, nothing is applied.
 */
export interface StoreTx extends WorkspaceReader, SourceWriter {
  /**
   * Takes the article for this transaction (a row lock on a database;
   * transactions already run one at a time in memory) and returns its
   * current sequence number. Call it before reading what you will change.
   */
  lockArticle(articleId: string): Promise<number>;
  putArticle(article: Article): void;
  /**
   * Starts a new revision of an article's text: the text it has now is kept
   * as the previous revision's, and `meta` describes the new one. Called
   * before `putArticle` with the new text (and before the first `putArticle`
   * of a new article).
   */
  addRevision(articleId: string, meta: { revision: number; by: string; byId: string | null; at: string }): void;
  putClaim(claim: Claim): void;
  putComment(comment: Comment): void;
  appendHistory(entry: HistoryEntry): void;
  /** Numbers the article's next change and keeps its broadcast for catching up; returns its seq. */
  appendChange<E extends ChangeEventName>(articleId: string, event: E, makePayload: (seq: number) => ChangePayloads[E]): number;
  putOp(key: string, op: StoredOp): void;
  putSettings(settings: WorkspaceSettings): void;
  putUser(user: StoredUser): void;
  putSession(key: string, session: StoredSession): void;
  deleteSession(key: string): void;
  /** Keys of the user's sessions. */
  sessionsOfUser(userId: string): Promise<string[]>;
  putInvite(key: string, invite: StoredInvite): void;
  /** A new version, or the latest one again (marked unpublished). */
  putPublication(publication: Publication): void;
}

export interface StoreStats {
  /** Transactions that changed something and are durable. */
  commits: number;
  /** Group commits: each one append and one fsync of the journal, however many transactions it holds. */
  groupCommits: number;
  /** Bytes appended to the journal in all. */
  journalBytesWritten: number;
  /** Snapshots written since start. */
  snapshots: number;
}

/** Whether the store can take changes now: for readiness checks (GET /api/health). */
export interface StoreHealth {
  store: 'embedded' | 'postgres';
  ok: boolean;
  /** Why not, when not. */
  problem?: string;
}

export interface WorkspaceStore extends WorkspaceReader {
  /**
   * Runs `fn` as one transaction. Transactions run one at a time; their
   * writes become visible to readers together, and the promise resolves
   * once they are durable (a transaction that wrote nothing resolves once
   * everything it may have read is durable). Rejects with StorageError
   * (nothing kept) or StoreClosedError.
   */
  transact<R>(fn: (tx: StoreTx) => R | Promise<R>): Promise<R>;
  /** Resolves when every change applied so far is durable (or was refused). */
  settled(): Promise<void>;
  /**
   * Runs several reads as of one moment (a join answers with claims and the
   * seq they are at: a change slipping in between would never be sent).
   */
  consistentRead<R>(fn: (reader: WorkspaceReader) => Promise<R>): Promise<R>;
  stats(): StoreStats;
  health(): Promise<StoreHealth>;
  /** Stops taking changes, finishes pending writes (and, where it applies, writes a final snapshot). */
  close(): Promise<void>;
}

export class StoreClosedError extends Error {
  readonly code = 'shutting_down';
  constructor() {
    super('the server is shutting down and takes no more changes');
  }
}

export class StorageError extends Error {
  readonly code = 'storage_failed';
}

/** The store's files are unreadable, damaged or not ours: the server must refuse to start and touch nothing. */
export class DbFileError extends Error {}

/** Whether an error is one a command answers with its code rather than letting it crash. */
export function storeErrorCode(error: unknown): 'storage_failed' | 'shutting_down' | null {
  if (error instanceof StorageError) return 'storage_failed';
  if (error instanceof StoreClosedError) return 'shutting_down';
  return null;
}
