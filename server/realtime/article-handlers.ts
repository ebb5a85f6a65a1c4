import { joinAnswer } from '../../shared/ops/catch-up.ts';
import { ArticleJoinSchema, ArticleLeaveSchema, DashboardWatchSchema, PresenceUpdateSchema, type PresenceUpdateInput } from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { DASHBOARD_ROOM } from './dashboard-feed.ts';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { onEvent, type InboundGuards } from './inbound.ts';
import type { PresenceRegistry } from './presence.ts';
import { ARTICLE_ROOM_PREFIX, articleRoom, type IsnadSocket } from './socket-types.ts';

/** Presence updates one connection may send per second; past that only its latest state is kept. */
export const PRESENCE_PER_SECOND = 20;

/** Joining, leaving and presence in an article; following the dashboard. */
export function registerArticleHandlers(
  socket: IsnadSocket,
  { store, presence, guards }: { store: WorkspaceStore; presence: PresenceRegistry; guards: InboundGuards },
): void {
  onEvent(socket, 'article:join', ArticleJoinSchema, async ({ articleId, sinceSeq, watch }) => {
    // Join the room first, so no broadcast falls between what is read here and what arrives next.
    if (!(await store.article(articleId))) return { ok: false, error: apiError('not_found') };
    await socket.join(articleRoom(articleId));
    if (!watch) presence.join(articleId, socket.id, socket.data.user);
    // Only what is durable is answered: a change still being written could yet be refused.
    await store.settled();
    // One moment: the claims and comments are exactly those as of `seq`.
    // One after another: on PostgreSQL the reader is one connection, which runs one query at a time anyway.
    const [article, seq, missed, claims, comments] = await store.consistentRead(async (r) => [
      await r.article(articleId),
      await r.seq(articleId),
      sinceSeq === undefined ? null : await r.changesSince(articleId, sinceSeq),
      await r.claimsOfArticle(articleId),
      await r.commentsOfArticle(articleId),
    ] as const);
    return { ok: true, ...joinAnswer({ article: article!, users: presence.users(articleId), seq }, missed, claims, comments) };
  }, guards);

  onEvent(socket, 'article:leave', ArticleLeaveSchema, async ({ articleId }) => {
    if (!(await store.article(articleId))) return { ok: false, error: apiError('not_found') };
    await socket.leave(articleRoom(articleId));
    presence.leave(articleId, socket.id);
    return { ok: true };
  }, guards);

  // Volatile and unacked in the app, sent ~10 a second at most: more than twice that is a flood.
  // Over the budget only the latest state is kept, and applied once the second is up, so
  // where someone's cursor ends is never lost, whatever the pace of what came before.
  const presenceBudget = new RateLimiterMemory({ points: PRESENCE_PER_SECOND, duration: 1 });
  let held: PresenceUpdateInput | null = null;
  let heldTimer: ReturnType<typeof setTimeout> | null = null;
  const applyPresence = ({ articleId, claimId, selection }: PresenceUpdateInput) => presence.update(articleId, socket.id, { claimId, selection });
  onEvent(socket, 'presence:update', PresenceUpdateSchema, async (input) => {
    const wait = await presenceBudget.consume(socket.id).then(
      () => 0,
      (r: RateLimiterRes) => r.msBeforeNext,
    );
    if (wait > 0) {
      held = input;
      heldTimer ??= setTimeout(() => {
        heldTimer = null;
        const latest = held;
        held = null;
        if (latest && socket.connected) applyPresence(latest);
      }, wait);
      return { ok: false, error: apiError('rate_limited') };
    }
    held = null; // this one is newer than anything held
    return applyPresence(input) ? { ok: true } : { ok: false, error: apiError('not_found') };
  }, guards);

  onEvent(socket, 'dashboard:watch', DashboardWatchSchema, async ({ watch }) => {
    if (watch) await socket.join(DASHBOARD_ROOM);
    else await socket.leave(DASHBOARD_ROOM);
    return { ok: true };
  }, guards);

  socket.on('disconnecting', () => {
    if (heldTimer) clearTimeout(heldTimer);
    for (const room of socket.rooms) {
      if (room.startsWith(ARTICLE_ROOM_PREFIX)) presence.leave(room.slice(ARTICLE_ROOM_PREFIX.length), socket.id);
    }
  });
}
