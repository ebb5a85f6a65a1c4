import { claimsInReadingOrder } from '../../shared/ops/apply.ts';
import { ArticleJoinSchema, ArticleLeaveSchema, PresenceUpdateSchema } from '../../shared/protocol/payloads.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { JoinResult, MissedEvent } from '../../shared/protocol/events.ts';
import { currentSeq, missedSince } from '../commands/change-log.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { onEvent, type InboundGuards } from './inbound.ts';
import type { PresenceRegistry } from './presence.ts';
import { articleRoom, type IsnadSocket } from './socket-types.ts';

/** Joining, leaving and presence in an article. */
export function registerArticleHandlers(
  socket: IsnadSocket,
  { store, presence, guards }: { store: WorkspaceStore; presence: PresenceRegistry; guards: InboundGuards },
): void {
  onEvent(socket, 'article:join', ArticleJoinSchema, async ({ articleId, sinceSeq, watch }) => {
    const state = store.state;
    const article = Object.hasOwn(state.articles, articleId) ? state.articles[articleId] : undefined;
    if (!article) return { ok: false, error: apiError('not_found') };
    await socket.join(articleRoom(articleId));
    if (!watch) presence.join(articleId, socket.id, socket.data.user);
    const base = { article, users: presence.users(articleId), seq: currentSeq(state, articleId) };
    const missed = sinceSeq === undefined ? null : missedSince(state, articleId, sinceSeq);
    const result: JoinResult = missed
      ? { ...base, snapshot: false, missed: missed as unknown as MissedEvent[] }
      : {
          ...base,
          snapshot: true,
          claims: claimsInReadingOrder(Object.values(state.claims), articleId),
          comments: Object.values(state.comments).filter(
            (c) => c.articleId === articleId && !state.claims[c.claimId]?.deleted,
          ),
        };
    return { ok: true, ...result };
  }, guards);

  onEvent(socket, 'article:leave', ArticleLeaveSchema, async ({ articleId }) => {
    if (!Object.hasOwn(store.state.articles, articleId)) return { ok: false, error: apiError('not_found') };
    await socket.leave(articleRoom(articleId));
    presence.leave(articleId, socket.id);
    return { ok: true };
  }, guards);

  onEvent(socket, 'presence:update', PresenceUpdateSchema, ({ articleId, claimId, selection }) => {
    const updated = presence.update(articleId, socket.id, { claimId, selection });
    return updated ? { ok: true } : { ok: false, error: apiError('not_found') };
  }, guards);

  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      if (room.startsWith('article:')) presence.leave(room.slice('article:'.length), socket.id);
    }
  });
}
