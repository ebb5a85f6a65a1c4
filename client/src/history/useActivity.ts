import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { fetchActivity } from '../state/api.ts';
import { withFirstPage, withOlderPage, type LoadedPages } from '../state/pages.ts';
import { mergeHistory } from './describe.ts';
import { RELOAD_DELAY_MS, type LoadedHistory } from './useHistory.ts';

export const ACTIVITY_LIMIT = 50;

export interface LoadedActivity extends LoadedHistory {
  /** Older entries exist that are not loaded yet. */
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder(): void;
}

const idOf = (e: HistoryEntry) => e.id;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The article's changes, newest first: the latest page, loaded again when
 * `reloadKey` moves (our own acks carry no history entry), entries heard
 * live merged in, and older pages on request.
 */
export function useActivity(articleId: string, liveHistory: readonly HistoryEntry[], reloadKey: number): LoadedActivity {
  const [pages, setPages] = useState<LoadedPages<HistoryEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  const loadedFor = useRef<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    // A burst of changes costs one reload; the first load goes at once.
    const timer = setTimeout(
      () => {
        fetchActivity(articleId, { limit: ACTIVITY_LIMIT }, abort.signal)
          .then((r) => {
            if (abort.signal.aborted) return;
            setPages((held) => withFirstPage(loadedFor.current === articleId ? held : null, { items: r.activity, next: r.next }, idOf));
            loadedFor.current = articleId;
            setError(null);
          })
          .catch((e: unknown) => {
            if (!abort.signal.aborted) setError(errorText(e));
          })
          .finally(() => {
            if (!abort.signal.aborted) setLoading(false);
          });
      },
      loadedFor.current === articleId ? RELOAD_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [articleId, reloadKey]);

  const loadOlder = useCallback(() => {
    const next = pagesRef.current?.next;
    if (!next) return;
    setLoadingOlder(true);
    fetchActivity(articleId, { limit: ACTIVITY_LIMIT, before: next })
      .then((r) => {
        // Only below the page it was asked from (a reload may have started the list again since).
        setPages((held) => (held?.next === next && loadedFor.current === articleId ? withOlderPage(held, { items: r.activity, next: r.next }, idOf) : held));
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setLoadingOlder(false));
  }, [articleId]);

  const live = useMemo(() => liveHistory.filter((h) => h.articleId === articleId), [liveHistory, articleId]);
  const entries = useMemo(() => mergeHistory(pages?.items ?? [], live).reverse(), [pages, live]);
  return { entries, error, loading, hasOlder: Boolean(pages?.next), loadingOlder, loadOlder };
}
