import { EMPTY_MARK, MentionSeenInputSchema, MentionsGetInputSchema, withMentionSeen, type MentionsSeenMark } from '../../shared/domain/mentions-seen.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack } from '../../shared/protocol/events.ts';
import type { WorkspaceStore } from '../store/store.ts';
import { onEvent, type InboundGuards } from './inbound.ts';
import { userRoom, type IsnadSocket } from './socket-types.ts';

/**
 * Mentions seen, per account: marking one seen is stored with the person's
 * account (both stores keep users as whole records) and sent to all their
 * connections, so the phone that read it clears the laptop's badge too.
 */
export function registerMentionHandlers(socket: IsnadSocket, { store, guards }: { store: WorkspaceStore; guards: InboundGuards }): void {
  const userId = socket.data.user.id;

  onEvent(socket, 'mentions:get', MentionsGetInputSchema, async ({ articleId }): Promise<Ack<{ mark: MentionsSeenMark }>> => {
    const user = await store.user(userId);
    return { ok: true, mark: user?.mentionsSeen?.[articleId] ?? EMPTY_MARK };
  }, guards);

  onEvent(socket, 'mentions:seen', MentionSeenInputSchema, async ({ articleId, commentId }): Promise<Ack<{ mark: MentionsSeenMark }>> => {
    // Costs the article's comments (what it touches), not the workspace's.
    const comment = (await store.commentsOfArticle(articleId)).find((c) => c.id === commentId);
    if (!comment || !comment.mentions.includes(userId)) return { ok: false, error: apiError('not_found') };
    const mark = await store.transact(async (tx) => {
      const user = await tx.user(userId);
      if (!user) return null;
      const before = user.mentionsSeen?.[articleId] ?? EMPTY_MARK;
      const after = withMentionSeen(before, comment);
      if (after !== before) tx.putUser({ ...user, mentionsSeen: { ...user.mentionsSeen, [articleId]: after } });
      return after;
    });
    if (!mark) return { ok: false, error: apiError('not_found') };
    socket.nsp.to(userRoom(userId)).emit('mentions:seen', { articleId, mark });
    return { ok: true, mark };
  }, guards);
}
