import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../../../shared/domain/settings.ts';
import type { ChangeEvent, StoredInvite, StoredOp, StoredRevision, StoredSession, StoredUser } from '../records.ts';
import { ArticleIndex, compareEntries } from './article-index.ts';
import { resolvePayload, type RecordLookup } from './change-payloads.ts';
import type { Mutation } from './mutations.ts';
import { MemoryClaimTerms } from './claim-terms.ts';
import { SourceIndex } from './source-index.ts';
import { PublicationIndex } from './publication-index.ts';
import { OpenInviteIndex } from './open-invite-index.ts';

/**
 * How much of the recent past is kept for catching up and for retries.
 * Both are caches: trimming them only means an older reconnect gets a full
 * snapshot, or a very late retry of an op runs again.
 */
export interface MemoryCaps {
  /** Broadcasts kept per article, by count and by bytes of JSON. */
  logEvents: number;
  logBytes: number;
  /** Acks kept for retried opIds, by count and by bytes. */
  ops: number;
  opBytes: number;
}

export const DEFAULT_CAPS: MemoryCaps = { logEvents: 500, logBytes: 1024 * 1024, ops: 2000, opBytes: 8 * 1024 * 1024 };

/** Reverses one applied mutation. */
export type Undo = () => void;

/** Thrown when a mutation cannot follow from the state it is applied to (a damaged or foreign journal). */
export class MutationError extends Error {}

/**
 * The embedded store's workspace in memory, indexed for every read the
 * server makes. Records are immutable objects: a change puts a new object
 * in place of the old one (lists of history and revisions are replaced,
 * not grown in place), so a snapshot in progress can hold the old ones
 * while changes go on. `apply` is the only way anything changes, at run
 * time and when the journal is replayed, and each application returns its
 * own undo for a write that fails.
 */
export class WorkspaceMemory implements RecordLookup {
  settings: WorkspaceSettings = DEFAULT_SETTINGS;
  readonly articles = new Map<string, ArticleIndex>();
  readonly claims = new Map<string, Claim>();
  readonly comments = new Map<string, Comment>();
  /** Per claim, oldest first. */
  readonly history = new Map<string, HistoryEntry[]>();
  /** Insertion order is age: the oldest are forgotten first. */
  readonly ops = new Map<string, { op: StoredOp; bytes: number }>();
  opBytes = 0;
  readonly users = new Map<string, StoredUser>();
  readonly usersByEmail = new Map<string, StoredUser>();
  readonly sessions = new Map<string, StoredSession>();
  readonly sessionsByUser = new Map<string, Set<string>>();
  readonly invites = new Map<string, StoredInvite>();
  /** The invites neither used nor yet found expired: what listing the open ones walks. */
  readonly openInvites = new OpenInviteIndex();
  /** Live claims by their terms, for similar claims and claim search. */
  readonly claimTerms = new MemoryClaimTerms((id) => this.claims.get(id));
  /** Per source key: live claim tallies, claim ids, and the merges (shared/sources/). */
  readonly sources = new SourceIndex();
  readonly publications = new PublicationIndex();

  constructor(readonly caps: MemoryCaps = DEFAULT_CAPS) {}

  /** The article's index, made on first use (a new article's revision comes before the article itself). */
  index(articleId: string): ArticleIndex {
    let entry = this.articles.get(articleId);
    if (!entry) this.articles.set(articleId, (entry = new ArticleIndex(articleId)));
    return entry;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id)?.article;
  }

  claim(id: string): Claim | undefined {
    return this.claims.get(id);
  }

  comment(id: string): Comment | undefined {
    return this.comments.get(id);
  }

  historyEntry(claimId: string, entryId: string): HistoryEntry | undefined {
    const list = this.history.get(claimId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.id === entryId) return list[i];
    return undefined;
  }

  apply(m: Mutation): Undo {
    switch (m.k) {
      case 'article':
        return this.putArticle(m.v);
      case 'revision':
        return this.addRevision(m.a, m.v);
      case 'claim':
        return this.putClaim(m.v);
      case 'comment':
        return this.putComment(m.v);
      case 'history':
        return this.appendHistory(m.v);
      case 'change':
        return this.appendChange(m.a, m.s, m.e, m.p);
      case 'op':
        // Its ack refers to records of the same transaction (see MemoryTx.putOp); a whole ack passes as it is.
        return this.putOp(m.key, { ...m.v, ack: resolvePayload(m.v.ack, this) });
      case 'settings': {
        const before = this.settings;
        this.settings = m.v;
        return () => void (this.settings = before);
      }
      case 'user':
        return this.putUser(m.v);
      case 'session':
        return this.setSession(m.key, m.v ?? undefined);
      case 'invite': {
        const before = this.invites.get(m.key);
        this.invites.set(m.key, m.v);
        this.openInvites.put(m.key, m.v);
        return () => {
          if (before) this.invites.set(m.key, before);
          else this.invites.delete(m.key);
          this.openInvites.put(m.key, before);
        };
      }
      case 'sourceMerge':
        return this.sources.putMerge(m.key, m.v);
      case 'publication':
        return this.publications.put(m.v);
    }
  }

  private putArticle(article: Article): Undo {
    const index = this.index(article.id);
    const before = index.article;
    index.article = article;
    return () => void (index.article = before);
  }

  /** The text the article has now becomes the last revision's; a new revision entry starts. */
  private addRevision(articleId: string, meta: { revision: number; by: string; byId: string | null; at: string }): Undo {
    const index = this.index(articleId);
    const before = index.revisions;
    const current = index.article;
    const list = [...before];
    if (current) {
      const last = list.at(-1);
      if (last && last.revision === current.revision) list[list.length - 1] = { ...last, body: current.body };
      // Articles from before revisions were recorded: their text was the original.
      else list.push({ revision: current.revision, by: 'original', byId: null, at: current.updatedAt, body: current.body });
    }
    if (list.length > 0 && meta.revision <= list.at(-1)!.revision) {
      throw new MutationError(`revision ${meta.revision} of article ${articleId} does not follow revision ${list.at(-1)!.revision}`);
    }
    list.push({ revision: meta.revision, by: meta.by, byId: meta.byId, at: meta.at });
    index.revisions = list;
    return () => void (index.revisions = before);
  }

  private putClaim(claim: Claim): Undo {
    const before = this.claims.get(claim.id);
    if (before && before.articleId !== claim.articleId) throw new MutationError(`claim ${claim.id} cannot move to another article`);
    const index = this.index(claim.articleId);
    index.setClaim(before, claim);
    const undoSource = this.sources.setClaim(before, claim);
    this.claims.set(claim.id, claim);
    this.claimTerms.put(before, claim);
    return () => {
      this.claimTerms.put(claim, before);
      undoSource();
      index.setClaim(claim, before);
      if (before) this.claims.set(claim.id, before);
      else this.claims.delete(claim.id);
    };
  }

  private putComment(comment: Comment): Undo {
    const before = this.comments.get(comment.id);
    const index = this.index(comment.articleId);
    this.comments.set(comment.id, comment);
    index.comments.set(comment.id, comment);
    return () => {
      if (before) {
        this.comments.set(comment.id, before);
        index.comments.set(comment.id, before);
      } else {
        this.comments.delete(comment.id);
        index.comments.delete(comment.id);
      }
    };
  }

  private appendHistory(entry: HistoryEntry): Undo {
    const before = this.history.get(entry.claimId);
    this.history.set(entry.claimId, before ? [...before, entry] : [entry]);
    const index = this.index(entry.articleId);
    index.addActivity(entry);
    return () => {
      if (before) this.history.set(entry.claimId, before);
      else this.history.delete(entry.claimId);
      index.removeActivity(entry);
    };
  }

  private appendChange(articleId: string, seq: number, event: string, compact: Record<string, unknown>): Undo {
    const index = this.index(articleId);
    if (seq !== index.seq + 1) throw new MutationError(`change ${seq} of article ${articleId} does not follow change ${index.seq}`);
    const payload = resolvePayload(compact, this);
    // The size of what a catch-up would send, so the kept log is bounded by bytes as well as count.
    const bytes = JSON.stringify(payload).length;
    // The payload the runner built for this event (ChangePayloads), kept compact and resolved back: typed here, where it is read back.
    index.log.push({ change: { seq, event, payload } as ChangeEvent, bytes });
    index.logBytes += bytes;
    index.seq = seq;
    index.trimLog(this.caps.logEvents, this.caps.logBytes);
    return () => {
      // The trim may already have dropped it (a change bigger than the whole byte cap).
      if (index.log.at(-1)?.change.seq === seq) {
        index.log.pop();
        index.logBytes -= bytes;
      }
      index.seq = seq - 1;
    };
  }

  /** Trimming drops the oldest entries; undoing the newest (pop) stays right, since it is never trimmed first. */
  private putOp(key: string, op: StoredOp): Undo {
    const before = this.ops.get(key);
    const bytes = JSON.stringify(op).length;
    if (before) this.ops.delete(key);
    this.ops.set(key, { op, bytes });
    this.opBytes += bytes - (before?.bytes ?? 0);
    this.trimOps(this.caps.ops, this.caps.opBytes);
    return () => {
      if (this.ops.delete(key)) this.opBytes -= bytes;
      if (before) {
        this.ops.set(key, before);
        this.opBytes += before.bytes;
      }
    };
  }

  /** Forgets the oldest kept acks beyond the caps (a retry of one of those would run again, so the caps are generous). */
  trimOps(maxOps: number, maxBytes: number): void {
    for (const [key, { bytes }] of this.ops) {
      if (this.ops.size <= maxOps && this.opBytes <= maxBytes) break;
      this.ops.delete(key);
      this.opBytes -= bytes;
    }
  }

  private putUser(user: StoredUser): Undo {
    const before = this.users.get(user.id);
    const owner = this.usersByEmail.get(user.email);
    if (owner && owner.id !== user.id) throw new MutationError(`two users would share the email ${user.email}`);
    const set = (u: StoredUser | undefined, gone: StoredUser | undefined) => {
      if (gone) this.usersByEmail.delete(gone.email);
      if (u) {
        this.users.set(u.id, u);
        this.usersByEmail.set(u.email, u);
      } else if (gone) this.users.delete(gone.id);
    };
    set(user, before);
    return () => set(before, user);
  }

  private setSession(key: string, session: StoredSession | undefined): Undo {
    const before = this.sessions.get(key);
    const set = (s: StoredSession | undefined, gone: StoredSession | undefined) => {
      if (gone) this.sessionsByUser.get(gone.userId)?.delete(key);
      if (s) {
        this.sessions.set(key, s);
        let keys = this.sessionsByUser.get(s.userId);
        if (!keys) this.sessionsByUser.set(s.userId, (keys = new Set()));
        keys.add(key);
      } else this.sessions.delete(key);
    };
    set(session, before);
    return () => set(before, session);
  }

  /** Bulk loading from a snapshot: no undo, activity sorted once per article at the end. */
  loadRevisions(articleId: string, revisions: StoredRevision[]): void {
    this.index(articleId).revisions = revisions;
  }

  loadHistory(claimId: string, entries: HistoryEntry[]): void {
    this.history.set(claimId, entries);
    for (const entry of entries) this.index(entry.articleId).activity.push(entry);
  }

  finishLoading(): void {
    for (const index of this.articles.values()) index.activity.sort(compareEntries);
  }
}
