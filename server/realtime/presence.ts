import type { PresenceUser } from '../../shared/protocol/events.ts';
import { PRESENCE_COLORS, type PresenceChange } from '../../shared/domain/presence.ts';

function colorIndexFor(userId: string): number {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % PRESENCE_COLORS.length;
}

/** At most this many presence broadcasts per article per second. */
export const PRESENCE_RATE = 10;

/** What nodes tell each other about the people connected to them. */
export type PresenceMessage =
  /**
   * This node's people in one article, all of them. `version` goes up with
   * every message a node sends, so one that arrives late (messages between
   * nodes can overtake each other) is ignored rather than bringing back
   * someone who left.
   */
  | { kind: 'article'; node: string; articleId: string; users: PresenceUser[]; version: number }
  /** This node is alive (sent every few seconds); `hello` asks the others to send everything. */
  | { kind: 'heartbeat' | 'hello'; node: string };

/** How nodes reach each other (socket.io's serverSideEmit through the cluster adapter). */
export interface PresenceCluster {
  node: string;
  send(message: PresenceMessage): void;
  onMessage(handler: (message: PresenceMessage) => void): void;
  /** Between heartbeats; a node silent for three of them is taken for dead and its people leave. */
  heartbeatMs: number;
}

interface RemoteNode {
  seen: number;
  articles: Map<string, Map<string, PresenceUser>>;
  versions: Map<string, number>;
}

/**
 * Who is in which article right now, which claim each has open, and what
 * text each has selected. Volatile by design: kept in memory per
 * connection, never stored, gone when the connection goes (socket.io's
 * heartbeat notices a silent one).
 *
 * What goes out is what changed: each connection that joined, moved its
 * selection or left since the last message is marked, and the next message
 * carries only those (the whole list goes once, in the join answer). So a
 * person moving their selection in a room of 500 costs one entry per
 * listener, not 500. Messages are coalesced to PRESENCE_RATE a second per
 * article, always ending with the latest state.
 *
 * With several nodes, each node keeps its own connections and a copy of
 * every other node's (sent with `cluster`, whole per article and at most
 * PRESENCE_RATE a second), and tells its own connections what changed in
 * the union: every node ends with the same list. A node that stops sending
 * heartbeats (it died) is dropped with its people.
 */
export class PresenceRegistry {
  private readonly byArticle = new Map<string, Map<string, PresenceUser>>();
  private readonly remote = new Map<string, RemoteNode>();
  /** Per article, the connections whose entry changed since the last message. */
  private readonly dirty = new Map<string, Set<string>>();
  /** Articles whose people on this node changed since the other nodes last heard. */
  private readonly toAnnounce = new Set<string>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | null = null;
  private version = 0;

  constructor(
    /** Tells this node's connections in the article what changed. */
    private readonly publish: (change: PresenceChange) => void,
    private readonly cluster: PresenceCluster | null = null,
  ) {
    if (!cluster) return;
    cluster.onMessage((m) => this.receive(m));
    this.timer = setInterval(() => {
      cluster.send({ kind: 'heartbeat', node: cluster.node });
      this.dropSilentNodes();
    }, cluster.heartbeatMs);
    this.timer.unref();
    cluster.send({ kind: 'hello', node: cluster.node });
  }

  join(articleId: string, connectionId: string, user: { id: string; name: string }): void {
    let users = this.byArticle.get(articleId);
    if (!users) this.byArticle.set(articleId, (users = new Map()));
    const colorIndex = colorIndexFor(user.id);
    users.set(connectionId, {
      id: connectionId,
      userId: user.id,
      name: user.name,
      colorIndex,
      color: PRESENCE_COLORS[colorIndex]!,
      claimId: null,
      selection: null,
    });
    this.changedHere(articleId, connectionId);
  }

  /** Returns false when the connection is not in the article. */
  update(articleId: string, connectionId: string, change: Pick<PresenceUser, 'claimId' | 'selection'>): boolean {
    const entry = this.byArticle.get(articleId)?.get(connectionId);
    if (!entry) return false;
    Object.assign(entry, change);
    this.changedHere(articleId, connectionId);
    return true;
  }

  leave(articleId: string, connectionId: string): void {
    const users = this.byArticle.get(articleId);
    if (!users?.delete(connectionId)) return;
    if (users.size === 0) this.byArticle.delete(articleId);
    this.changedHere(articleId, connectionId);
  }

  /** Everyone in the article, on this node and on the others (for the join answer). */
  users(articleId: string): PresenceUser[] {
    const there = [...this.remote.values()].flatMap((n) => [...(n.articles.get(articleId)?.values() ?? [])]);
    return [...this.local(articleId), ...there.map((u) => ({ ...u }))];
  }

  private local(articleId: string): PresenceUser[] {
    return [...(this.byArticle.get(articleId)?.values() ?? [])].map((u) => ({ ...u }));
  }

  /** Where a connection's entry is now, on this node or another; undefined once it left. */
  private find(articleId: string, connectionId: string): PresenceUser | undefined {
    const here = this.byArticle.get(articleId)?.get(connectionId);
    if (here) return here;
    for (const node of this.remote.values()) {
      const there = node.articles.get(articleId)?.get(connectionId);
      if (there) return there;
    }
    return undefined;
  }

  private mark(articleId: string, connectionId: string): void {
    let ids = this.dirty.get(articleId);
    if (!ids) this.dirty.set(articleId, (ids = new Set()));
    ids.add(connectionId);
  }

  private changedHere(articleId: string, connectionId: string): void {
    this.mark(articleId, connectionId);
    if (this.cluster) this.toAnnounce.add(articleId);
    this.schedule(articleId);
  }

  private receive(m: PresenceMessage): void {
    if (!this.cluster || m.node === this.cluster.node) return;
    let node = this.remote.get(m.node);
    if (!node) this.remote.set(m.node, (node = { seen: Date.now(), articles: new Map(), versions: new Map() }));
    node.seen = Date.now();
    if (m.kind === 'hello') {
      // A node (re)started: it knows nobody here yet.
      for (const articleId of this.byArticle.keys()) this.announce(articleId);
    } else if (m.kind === 'article') {
      if ((node.versions.get(m.articleId) ?? -1) >= m.version) return; // overtaken by a newer one
      node.versions.set(m.articleId, m.version);
      const before = node.articles.get(m.articleId) ?? new Map<string, PresenceUser>();
      const after = new Map(m.users.map((u) => [u.id, u]));
      // Only the entries that differ are passed on to this node's connections.
      for (const id of before.keys()) if (!after.has(id)) this.mark(m.articleId, id);
      for (const [id, u] of after) if (JSON.stringify(before.get(id)) !== JSON.stringify(u)) this.mark(m.articleId, id);
      if (after.size) node.articles.set(m.articleId, after);
      else node.articles.delete(m.articleId);
      this.schedule(m.articleId);
    }
  }

  private dropSilentNodes(): void {
    const limit = Date.now() - 3 * this.cluster!.heartbeatMs;
    for (const [id, node] of this.remote) {
      if (node.seen >= limit) continue;
      this.remote.delete(id);
      for (const [articleId, users] of node.articles) {
        for (const connectionId of users.keys()) this.mark(articleId, connectionId);
        this.schedule(articleId);
      }
    }
  }

  /** The other nodes hear this node's people in the article, all of them. */
  private announce(articleId: string): void {
    this.cluster?.send({ kind: 'article', node: this.cluster.node, articleId, users: this.local(articleId), version: ++this.version });
  }

  /**
   * Any change (a join, a leave, a selection) goes out at once when the
   * article has been quiet for a tenth of a second, else with the next
   * tick: 500 people joining at once make at most ten messages a second,
   * not 500.
   */
  private schedule(articleId: string): void {
    const wait = 1000 / PRESENCE_RATE - (Date.now() - (this.lastSent.get(articleId) ?? 0));
    if (wait <= 0) {
      clearTimeout(this.pending.get(articleId));
      this.pending.delete(articleId);
      this.send(articleId);
    } else if (!this.pending.has(articleId)) {
      this.pending.set(articleId, setTimeout(() => {
        this.pending.delete(articleId);
        this.send(articleId);
      }, wait));
    }
  }

  private send(articleId: string): void {
    this.lastSent.set(articleId, Date.now());
    if (this.toAnnounce.delete(articleId)) this.announce(articleId);
    const ids = this.dirty.get(articleId);
    this.dirty.delete(articleId);
    if (!ids?.size) return;
    const change: PresenceChange = { articleId, users: [], left: [] };
    for (const id of ids) {
      const now = this.find(articleId, id);
      if (now) change.users.push({ ...now });
      else change.left.push(id);
    }
    this.publish(change);
    if (!this.byArticle.has(articleId) && ![...this.remote.values()].some((n) => n.articles.has(articleId))) this.lastSent.delete(articleId);
  }

  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    if (this.timer) clearInterval(this.timer);
  }
}
