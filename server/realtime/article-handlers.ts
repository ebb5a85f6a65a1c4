import { claimsInReadingOrder } from '../../shared/ops/apply.ts';
import { ArticleJoinSchema, ArticleLeaveSchema, DashboardWatchSchema, PresenceUpdateSchema } from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { JoinResult, MissedEvent } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { DASHBOARD_ROOM } from './dashboard-feed.ts';
import { onEvent, type InboundGuards } from './inbound.ts';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Presence updates one connection may send per second before the rest are dropped. */
export const PRESENCE_PER_SECOND = 20;
import type { PresenceRegistry } from './presence.ts';
import { ARTICLE_ROOM_PREFIX, articleRoom, type IsnadSocket } from './socket-types.ts';

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
    const [article, seq, missed, claims, comments] = await store.consistentRead((r) =>
      Promise.all([
        r.article(articleId),
        r.seq(articleId),
        sinceSeq === undefined ? null : r.changesSince(articleId, sinceSeq),
        r.claimsOfArticle(articleId),
        r.commentsOfArticle(articleId),
      ]),
    );
    const base = { article: article!, users: presence.users(articleId), seq };
    const result: JoinResult = missed
      ? { ...base, snapshot: false, missed: missed as unknown as MissedEvent[] }
      : { ...base, snapshot: true, claims: claimsInReadingOrder(claims, articleId), comments };
    return { ok: true, ...result };
  }, guards);

  onEvent(socket, 'article:leave', ArticleLeaveSchema, async ({ articleId }) => {
    if (!(await store.article(articleId))) return { ok: false, error: apiError('not_found') };
    await socket.leave(articleRoom(articleId));
    presence.leave(articleId, socket.id);
    return { ok: true };
  }, guards);

  // Volatile and unacked in the app, sent ~10 a second at most: more than twice that is a flood.
  const presenceBudget = new RateLimiterMemory({ points: PRESENCE_PER_SECOND, duration: 1 });
  onEvent(socket, 'presence:update', PresenceUpdateSchema, async ({ articleId, claimId, selection }) => {
    const within = await presenceBudget.consume(socket.id).then(
      () => true,
      () => false,
    );
    if (!within) return { ok: false, error: apiError('rate_limited') };
    const updated = presence.update(articleId, socket.id, { claimId, selection });
    return updated ? { ok: true } : { ok: false, error: apiError('not_found') };
  }, guards);

  onEvent(socket, 'dashboard:watch', DashboardWatchSchema, async ({ watch }) => {
    if (watch) await socket.join(DASHBOARD_ROOM);
    else await socket.leave(DASHBOARD_ROOM);
    return { ok: true };
  }, guards);

  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      if (room.startsWith(ARTICLE_ROOM_PREFIX)) presence.leave(room.slice(ARTICLE_ROOM_PREFIX.length), socket.id);
    }
  });
}
