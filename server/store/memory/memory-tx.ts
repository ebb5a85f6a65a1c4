import type { ChangeEventName, ChangePayloads } from '../../../shared/protocol/events.ts';
import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import type { StoredInvite, StoredOp, StoredSession, StoredUser } from '../records.ts';
import type { StoreTx } from '../store.ts';
import type { SourceMerge } from '../../../shared/sources/merges.ts';
import type { Publication } from '../../../shared/publish/publication.ts';
import { compactPayload } from './change-payloads.ts';
import { MemoryReader } from './memory-reader.ts';
import type { Mutation } from './mutations.ts';
import type { WorkspaceMemory } from './workspace-memory.ts';

/**
 * A transaction on the embedded store. Writes are recorded as mutations and
 * kept aside until the transaction's function returns; then the store
 * applies them all at once, so no reader ever sees half a transaction.
 * Point reads (and an article's claims) see the transaction's own writes.
 */
export class MemoryTx extends MemoryReader implements StoreTx {
  readonly mutations: Mutation[] = [];
  private readonly claimsPut = new Map<string, Claim>();
  private readonly articlesPut = new Map<string, Article>();
  private readonly commentsPut = new Map<string, Comment>();
  private readonly historyAdded = new Map<string, HistoryEntry[]>();
  private readonly seqs = new Map<string, number>();
  private readonly usersPut = new Map<string, StoredUser>();
  private readonly sessionsPut = new Map<string, StoredSession | null>();
  private readonly invitesPut = new Map<string, StoredInvite>();
  private readonly opsPut = new Map<string, StoredOp>();
  private settingsPut: WorkspaceSettings | undefined;
  private readonly publicationsPut: Publication[] = [];

  constructor(memory: WorkspaceMemory) {
    super(memory);
  }

  override async article(id: string) {
    return this.articlesPut.get(id) ?? this.memory.article(id);
  }

  override async claim(id: string) {
    return this.claimsPut.get(id) ?? this.memory.claim(id);
  }

  override async claimsOfArticle(articleId: string) {
    const claims = new Map(this.memory.articles.get(articleId)?.claims);
    for (const c of this.claimsPut.values()) if (c.articleId === articleId) claims.set(c.id, c);
    return [...claims.values()];
  }

  override async claimHistory(claimId: string) {
    return [...(await super.claimHistory(claimId)), ...(this.historyAdded.get(claimId) ?? [])];
  }

  override async seq(articleId: string) {
    return this.seqs.get(articleId) ?? this.memory.articles.get(articleId)?.seq ?? 0;
  }

  override async settings() {
    return this.settingsPut ?? this.memory.settings;
  }

  override async user(id: string) {
    return this.usersPut.get(id) ?? this.memory.users.get(id);
  }

  override async userByEmail(email: string) {
    for (const u of this.usersPut.values()) if (u.email === email) return u;
    const stored = this.memory.usersByEmail.get(email);
    // A user put in this transaction under another email no longer owns this one.
    return stored && !this.usersPut.has(stored.id) ? stored : undefined;
  }

  override async users() {
    const all = new Map(this.memory.users);
    for (const u of this.usersPut.values()) all.set(u.id, u);
    return [...all.values()];
  }

  override async session(key: string) {
    const put = this.sessionsPut.get(key);
    return put === undefined ? this.memory.sessions.get(key) : (put ?? undefined);
  }

  override async invite(key: string) {
    return this.invitesPut.get(key) ?? this.memory.invites.get(key);
  }

  override async storedOp(key: string) {
    return this.opsPut.get(key) ?? this.memory.ops.get(key)?.op;
  }

  async lockArticle(articleId: string): Promise<number> {
    // Transactions on the embedded store already run one at a time.
    return this.seq(articleId);
  }

  putArticle(article: Article): void {
    this.articlesPut.set(article.id, article);
    this.mutations.push({ k: 'article', v: article });
  }

  addRevision(articleId: string, meta: { revision: number; by: string; byId: string | null; at: string }): void {
    this.mutations.push({ k: 'revision', a: articleId, v: meta });
  }

  putClaim(claim: Claim): void {
    this.claimsPut.set(claim.id, claim);
    this.mutations.push({ k: 'claim', v: claim });
  }

  putComment(comment: Comment): void {
    this.commentsPut.set(comment.id, comment);
    this.mutations.push({ k: 'comment', v: comment });
  }

  appendHistory(entry: HistoryEntry): void {
    const list = this.historyAdded.get(entry.claimId);
    if (list) list.push(entry);
    else this.historyAdded.set(entry.claimId, [entry]);
    this.mutations.push({ k: 'history', v: entry });
  }

  appendChange<E extends ChangeEventName>(articleId: string, event: E, makePayload: (seq: number) => ChangePayloads[E]): number {
    const seq = (this.seqs.get(articleId) ?? this.memory.articles.get(articleId)?.seq ?? 0) + 1;
    this.seqs.set(articleId, seq);
    this.mutations.push({ k: 'change', a: articleId, s: seq, e: event, p: compactPayload(makePayload(seq)) });
    return seq;
  }

  putOp(key: string, op: StoredOp): void {
    this.opsPut.set(key, op);
    // The ack names the claim, comment and history entry this transaction stores: by reference in the journal.
    this.mutations.push({ k: 'op', key, v: { ...op, ack: compactPayload(op.ack) } });
  }

  putSettings(settings: WorkspaceSettings): void {
    this.settingsPut = settings;
    this.mutations.push({ k: 'settings', v: settings });
  }

  putUser(user: StoredUser): void {
    this.usersPut.set(user.id, user);
    this.mutations.push({ k: 'user', v: user });
  }

  putSession(key: string, session: StoredSession): void {
    this.sessionsPut.set(key, session);
    this.mutations.push({ k: 'session', key, v: session });
  }

  deleteSession(key: string): void {
    this.sessionsPut.set(key, null);
    this.mutations.push({ k: 'session', key, v: null });
  }

  async sessionsOfUser(userId: string): Promise<string[]> {
    const keys = new Set(this.memory.sessionsByUser.get(userId));
    for (const [key, s] of this.sessionsPut) {
      if (s === null) keys.delete(key);
      else if (s.userId === userId) keys.add(key);
    }
    return [...keys];
  }

  putInvite(key: string, invite: StoredInvite): void {
    this.invitesPut.set(key, invite);
    this.mutations.push({ k: 'invite', key, v: invite });
  }

  putSourceMerge(alias: string, merge: SourceMerge | null): void {
    this.mutations.push({ k: 'sourceMerge', key: alias, v: merge });
  }

  override async publications(articleId: string) {
    const list = new Map((await super.publications(articleId)).map((p) => [p.version, p]));
    for (const p of this.publicationsPut) if (p.articleId === articleId) list.set(p.version, p);
    return [...list.values()].sort((a, b) => a.version - b.version);
  }

  override async latestPublication(articleId: string) {
    return (await this.publications(articleId)).at(-1);
  }

  override async publicationBySlug(slug: string) {
    const put = this.publicationsPut.find((p) => p.slug === slug);
    return put ? this.latestPublication(put.articleId) : super.publicationBySlug(slug);
  }

  putPublication(publication: Publication): void {
    this.publicationsPut.push(publication);
    this.mutations.push({ k: 'publication', v: publication });
  }
}
