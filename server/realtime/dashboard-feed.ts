import type { IsnadServer } from './socket-types.ts';

/** Connections following the dashboard. */
export const DASHBOARD_ROOM = 'dashboard';

/** At most one notice this often: a burst of changes costs a dashboard one refresh. */
export const DASHBOARD_NOTICE_MS = 1000;

/**
 * Tells dashboards which articles changed, coalesced: the first change
 * after a quiet spell goes out at once, later ones are gathered and sent
 * together at most once per DASHBOARD_NOTICE_MS. A notice names articles,
 * not changes; the dashboard asks GET /api/dashboard for the figures,
 * which the server keeps per article (server/dashboard/dashboard-service.ts).
 */
export class DashboardFeed {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private lastSent = 0;

  constructor(
    private readonly io: IsnadServer,
    private readonly intervalMs = DASHBOARD_NOTICE_MS,
  ) {}

  changed(articleId: string): void {
    this.pending.add(articleId);
    if (this.timer) return;
    const wait = Math.max(0, this.lastSent + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    this.lastSent = Date.now();
    const articleIds = [...this.pending].sort();
    this.pending.clear();
    this.io.to(DASHBOARD_ROOM).emit('dashboard:changed', { articleIds });
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
