import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeMarks, type MentionsSeenMark } from '../../../shared/domain/mentions-seen.ts';
import type { MentionsSync } from './mentionsSync.ts';

/**
 * The account's mentions-seen mark for one article, from the server: read
 * on every (re)connect, joined with what the person's other devices mark
 * (`mentions:seen`), and sent each time this device sees one. A mention
 * seen while offline is sent once the connection is back.
 */
export function useAccountMark(articleId: string, sync: MentionsSync | null) {
  const [state, setState] = useState<{ articleId: string; mark: MentionsSeenMark } | null>(null);
  const unsent = useRef(new Set<string>());
  const mark = state?.articleId === articleId ? state.mark : null;

  const take = useCallback((forArticle: string, next: MentionsSeenMark) => {
    setState((s) => (s?.articleId === forArticle ? { articleId: forArticle, mark: mergeMarks(s.mark, next) } : { articleId: forArticle, mark: next }));
  }, []);

  const push = useCallback(
    (commentId: string) => {
      if (!sync) return;
      unsent.current.add(commentId);
      void sync.mark(articleId, commentId).then((ack) => {
        if (ack.ok) take(articleId, ack.mark);
        // Refused for good (not a mention of theirs): never resent. Offline or timed out: kept for the reconnect.
        if (ack.ok || ack.error.code === 'not_found' || ack.error.code === 'invalid_payload') unsent.current.delete(commentId);
      });
    },
    [sync, articleId, take],
  );

  useEffect(() => {
    if (!sync) return;
    unsent.current = new Set();
    const offMark = sync.onMark((e) => e.articleId === articleId && take(articleId, e.mark));
    const offState = sync.onConnected((connected) => {
      if (!connected) return;
      void sync.get(articleId).then((ack) => ack.ok && take(articleId, ack.mark));
      for (const id of [...unsent.current]) push(id);
    });
    return () => {
      offMark();
      offState();
    };
  }, [sync, articleId, take, push]);

  return { mark, send: push };
}
