import type { MentionsSeenMark } from '../../../shared/domain/mentions-seen.ts';
import type { Ack } from '../../../shared/protocol/events.ts';
import type { Realtime } from '../realtime/connection.ts';

/**
 * What the mentions badge needs of the server: the account's mark for an
 * article, marking a mention seen, and hearing the person's other devices
 * mark one. A narrow interface so the badge is tested without a socket.
 */
export interface MentionsSync {
  get(articleId: string): Promise<Ack<{ mark: MentionsSeenMark }>>;
  mark(articleId: string, commentId: string): Promise<Ack<{ mark: MentionsSeenMark }>>;
  onMark(handler: (event: { articleId: string; mark: MentionsSeenMark }) => void): () => void;
  /** Called with true now and on every reconnect: the mark is read again then (a device away missed events). */
  onConnected(listener: (connected: boolean) => void): () => void;
}

export function mentionsSyncOf(realtime: Realtime | null): MentionsSync | null {
  if (!realtime?.mentionsSeen || !realtime.markMentionSeen) return null;
  const get = realtime.mentionsSeen.bind(realtime);
  const mark = realtime.markMentionSeen.bind(realtime);
  return {
    get,
    mark,
    onMark: (handler) => realtime.on('mentions:seen', handler),
    onConnected: (listener) => realtime.onState((state) => listener(state === 'connected')),
  };
}
