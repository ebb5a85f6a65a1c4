import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { isTempId } from '../sync/outboxEntry.ts';
import { fetchClaimHistory } from '../state/api.ts';
import { mergeHistory } from './describe.ts';

export interface LoadedHistory {
  entries: HistoryEntry[];
  /** Set when the server could not be asked (offline): what is shown may be incomplete. */
  error: string | null;
  loading: boolean;
}

/** Waits a moment after the last trigger, so a burst of changes costs one request. */
export const RELOAD_DELAY_MS = 250;

/**
 * Loads a list from the server, merges in entries heard live, and reloads
 * when `reloadKey` changes: our own acks carry no history entry, so after
 * one of our changes is acked the list is fetched again.
 */
function useMergedHistory(load: ((signal: AbortSignal) => Promise<HistoryEntry[]>) | null, live: readonly HistoryEntry[], reloadKey: number): LoadedHistory {
  const [fetched, setFetched] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const loadedOnce = useRef<typeof load>(null);
  useEffect(() => {
    if (!load) {
      setLoading(false);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      load(abort.signal)
        .then((list) => {
          // A reload that was cancelled must not overwrite the list.
          if (abort.signal.aborted) return;
          setFetched(list);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
        })
        .finally(() => {
          if (!abort.signal.aborted) setLoading(false);
        });
    }, loadedOnce.current === load ? RELOAD_DELAY_MS : 0);
    loadedOnce.current = load;
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [load, reloadKey]);
  const entries = useMemo(() => mergeHistory(fetched, live), [fetched, live]);
  return { entries, error, loading };
}

/** A claim's complete history, oldest first. */
export function useClaimHistory(claimId: string, liveHistory: readonly HistoryEntry[], reloadKey: number): LoadedHistory {
  // A claim still being created has no history on the server yet.
  const load = useMemo(
    () => (isTempId(claimId) ? null : (signal: AbortSignal) => fetchClaimHistory(claimId, signal).then((r) => r.history)),
    [claimId],
  );
  const live = useMemo(() => liveHistory.filter((h) => h.claimId === claimId), [liveHistory, claimId]);
  return useMergedHistory(load, live, reloadKey);
}
