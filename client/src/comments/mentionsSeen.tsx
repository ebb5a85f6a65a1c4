import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { readJson, storageKey, writeJson } from '../state/localStore.ts';

/**
 * Which comments mentioning the signed-in person they have actually seen
 * (shown in the thread, on screen). A mention stays unread, and counted by
 * the badge, until then. Kept per account and article on this device.
 */
export interface MentionsSeen {
  seen: ReadonlySet<string>;
  markSeen(commentId: string): void;
  /** The comment the badge asked for: its thread scrolls it into view. */
  focus: { commentId: string; nonce: number } | null;
  focusComment(commentId: string): void;
}

const SeenSchema = z.array(z.string());

export function useMentionsSeen(userId: string, articleId: string): MentionsSeen {
  const key = storageKey('mentions-seen', userId, articleId);
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set(readJson(key, SeenSchema) ?? []));
  const [loadedKey, setLoadedKey] = useState(key);
  const [focus, setFocus] = useState<MentionsSeen['focus']>(null);
  // Another article (or person): start from what was recorded for it.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setSeen(new Set(readJson(key, SeenSchema) ?? []));
  }
  const markSeen = useCallback(
    (commentId: string) =>
      setSeen((s) => {
        if (s.has(commentId)) return s;
        const next = new Set(s).add(commentId);
        writeJson(key, [...next]);
        return next;
      }),
    [key],
  );
  const focusComment = useCallback((commentId: string) => setFocus((f) => ({ commentId, nonce: (f?.nonce ?? 0) + 1 })), []);
  return useMemo(() => ({ seen, markSeen, focus, focusComment }), [seen, markSeen, focus, focusComment]);
}

export const MentionsSeenContext = createContext<MentionsSeen | null>(null);
export const useMentionsSeenContext = () => useContext(MentionsSeenContext);
