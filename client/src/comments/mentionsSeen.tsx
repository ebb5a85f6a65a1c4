import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { EMPTY_MARK, isMentionSeen, type MentionsSeenMark } from '../../../shared/domain/mentions-seen.ts';
import { readJson, storageKey, writeJson } from '../state/localStore.ts';
import type { MentionsSync } from './mentionsSync.ts';
import { useAccountMark } from './useAccountMark.ts';

/**
 * Which comments mentioning the signed-in person they have actually seen
 * (shown in the thread, on screen). A mention stays unread, and counted by
 * the badge, until then. Kept with the account on the server (every device
 * agrees, and hears the others at once) and, as the offline fallback, per
 * account and article on this device.
 */
export interface MentionsSeen {
  /** Seen on this device. */
  seen: ReadonlySet<string>;
  /** What the account has seen, on any device. */
  mark: MentionsSeenMark;
  isSeen(comment: { id: string; createdAt: string }): boolean;
  markSeen(commentId: string): void;
  /** The comment the badge asked for: its thread scrolls it into view. */
  focus: { commentId: string; nonce: number } | null;
  focusComment(commentId: string): void;
}

const SeenSchema = z.array(z.string());

export function useMentionsSeen(userId: string, articleId: string, sync: MentionsSync | null = null): MentionsSeen {
  const key = storageKey('mentions-seen', userId, articleId);
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set(readJson(key, SeenSchema) ?? []));
  const [loadedKey, setLoadedKey] = useState(key);
  const [focus, setFocus] = useState<MentionsSeen['focus']>(null);
  // Another article (or person): start from what was recorded for it.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setSeen(new Set(readJson(key, SeenSchema) ?? []));
  }
  const account = useAccountMark(articleId, sync);
  const markLocally = useCallback(
    (commentId: string) =>
      setSeen((s) => {
        if (s.has(commentId)) return s;
        const next = new Set(s).add(commentId);
        writeJson(key, [...next]);
        return next;
      }),
    [key],
  );
  const { send } = account;
  const markSeen = useCallback(
    (commentId: string) => {
      markLocally(commentId);
      send(commentId);
    },
    [markLocally, send],
  );
  const mark = account.mark ?? EMPTY_MARK;
  const isSeen = useCallback((c: { id: string; createdAt: string }) => seen.has(c.id) || isMentionSeen(mark, c), [seen, mark]);
  const focusComment = useCallback((commentId: string) => setFocus((f) => ({ commentId, nonce: (f?.nonce ?? 0) + 1 })), []);
  return useMemo(() => ({ seen, mark, isSeen, markSeen, focus, focusComment }), [seen, mark, isSeen, markSeen, focus, focusComment]);
}

export const MentionsSeenContext = createContext<MentionsSeen | null>(null);
export const useMentionsSeenContext = () => useContext(MentionsSeenContext);
