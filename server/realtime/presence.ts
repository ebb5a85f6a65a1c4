import type { PresenceUser } from '../../shared/protocol/events.ts';
import { PRESENCE_COLORS } from '../../shared/domain/presence.ts';

function colorIndexFor(userId: string): number {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % PRESENCE_COLORS.length;
}

/** At most this many presence broadcasts per article per second. */
export const PRESENCE_RATE = 10;

/** What nodes tell each other about the people connected to them. */
export type PresenceMessage =
  /** This node's people in one article, all of them. */
  | { kind: 'article'; node: string; articleId: string; users: PresenceUser[] }
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

/**
 * Who is in which article right now, which claim each has open, and what
 * text each has selected. Volatile by design: kept in memory per
 * connection, never stored, gone when the connection goes (socket.io's
 * heartbeat notices a silent one). Broadcasts are coalesced so a flurry of
 * selection changes goes out at most PRESENCE_RATE times a second, always
 * ending with the latest state.
 *
 * With several nodes, each node keeps its own connections and a copy of
 * every other node's (sent with `cluster`), and tells its own connections
 * the union: every node ends with the same list. A node that stops sending
 * heartbeats (it died) is dropped with its people.
 */
export class PresenceRegistry {
  private readonly byArticle = new Map<string, Map<string, PresenceUser>>();
  private readonly remote = new Map<string, { seen: number; articles: Map<string, PresenceUser[]> }>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | null = null;

  constructor(
    /** Tells this node's connections in the article who is there. */
    private readonly publish: (articleId: string, users: PresenceUser[]) => void,
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
    this.announce(articleId);
  }

  /** Returns false when the connection is not in the article. */
  update(articleId: string, connectionId: string, change: Pick<PresenceUser, 'claimId' | 'selection'>): boolean {
    const entry = this.byArticle.get(articleId)?.get(connectionId);
    if (!entry) return false;
    Object.assign(entry, change);
    this.announce(articleId);
    return true;
  }

  leave(articleId: string, connectionId: string): void {
    const users = this.byArticle.get(articleId);
    if (!users?.delete(connectionId)) return;
    if (users.size === 0) this.byArticle.delete(articleId);
    this.announce(articleId);
  }

  /** Everyone in the article, on this node and on the others. */
  users(articleId: string): PresenceUser[] {
    const here = [...(this.byArticle.get(articleId)?.values() ?? [])].map((u) => ({ ...u }));
    const there = [...this.remote.values()].flatMap((n) => n.articles.get(articleId) ?? []);
    return [...here, ...there];
  }

  private local(articleId: string): PresenceUser[] {
    return [...(this.byArticle.get(articleId)?.values() ?? [])].map((u) => ({ ...u }));
  }

  private receive(m: PresenceMessage): void {
    if (!this.cluster || m.node === this.cluster.node) return;
    let node = this.remote.get(m.node);
    if (!node) this.remote.set(m.node, (node = { seen: Date.now(), articles: new Map() }));
    node.seen = Date.now();
    if (m.kind === 'hello') {
      // A node (re)started: it knows nobody here yet.
      for (const articleId of this.byArticle.keys()) this.cluster.send({ kind: 'article', node: this.cluster.node, articleId, users: this.local(articleId) });
    } else if (m.kind === 'article') {
      if (m.users.length) node.articles.set(m.articleId, m.users);
      else node.articles.delete(m.articleId);
      this.schedule(m.articleId);
    }
  }

  private dropSilentNodes(): void {
    const limit = Date.now() - 3 * this.cluster!.heartbeatMs;
    for (const [id, node] of this.remote) {
      if (node.seen >= limit) continue;
      this.remote.delete(id);
      for (const articleId of node.articles.keys()) this.schedule(articleId);
    }
  }

  /** Other nodes hear of this node's people too. */
  private announce(articleId: string): void {
    this.cluster?.send({ kind: 'article', node: this.cluster.node, articleId, users: this.local(articleId) });
    this.schedule(articleId);
  }

  /**
   * Any change (a join, a leave, a selection) goes out at once when the
   * article has been quiet for a tenth of a second, else with the next
   * tick: each message carries the whole list to everyone in the article,
   * so 500 people joining at once must make at most ten of them a second,
   * not 500 (which took 16 s).
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
    this.publish(articleId, this.users(articleId));
  }

  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    if (this.timer) clearInterval(this.timer);
  }
}
