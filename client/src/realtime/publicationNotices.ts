import { useSyncExternalStore } from 'react';
import type { ChangePayloads } from '../../../shared/protocol/events.ts';

export type PublicationNotice = ChangePayloads['article:published'];

/**
 * The latest `article:published` heard for each article, live or in a
 * catch-up. The article's sync (state/useArticleSync.ts) feeds it from the
 * socket; the Reports tab reads it, so a publication by another editor shows
 * without a reload and without the component touching the socket. Kept per
 * article id, and only the newest notice (by seq): it is a signal to fetch
 * the publication state again, not a copy of it.
 */
const latest = new Map<string, PublicationNotice>();
const listeners = new Set<() => void>();

export function notePublication(notice: PublicationNotice): void {
  const known = latest.get(notice.articleId);
  if (known && known.seq >= notice.seq) return;
  latest.set(notice.articleId, notice);
  for (const listener of listeners) listener();
}

export function publicationNotice(articleId: string): PublicationNotice | null {
  return latest.get(articleId) ?? null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newest publication notice of one article (null until one is heard). */
export function usePublicationNotice(articleId: string): PublicationNotice | null {
  return useSyncExternalStore(
    subscribe,
    () => publicationNotice(articleId),
    () => null,
  );
}
