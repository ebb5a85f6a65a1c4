import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/domain/schemas.ts';
import { UNAUTHENTICATED, type ConnectionState, type Realtime } from '../realtime/connection.ts';

/** A burst of notices (and whatever else asks for a refresh at the same moment) costs one request. */
export const REFRESH_DEBOUNCE_MS = 300;
/** How often the clock moves on: claims become stale with time alone. */
export const TICK_MS = 60_000;

export interface DashboardWatch {
  connection: ConnectionState;
  connectionError?: string;
  /** The server tells this page when articles change (its watch was acked on this connection). */
  live: boolean;
  /** Moves whenever the figures may be out of date; the page fetches them again. */
  refreshes: number;
}

export interface DashboardWatchCallbacks {
  onSessionLost(): void;
  /** An article was added (`article:created`): for the filter's list of articles. */
  onArticleCreated?(article: Article): void;
}

/**
 * When to fetch the dashboard again. The figures come from the server over
 * HTTP; this hook only says when they may have changed: on
 * `dashboard:changed` and `article:created`, after each (re)connect (the
 * watch is sent again, since the server forgets it with the connection, and
 * notices may have been missed meanwhile), when the page is shown again,
 * and every minute. Refreshes are debounced by REFRESH_DEBOUNCE_MS.
 */
export function useDashboardWatch(realtime: Realtime | null, callbacks: DashboardWatchCallbacks): DashboardWatch {
  const [connection, setConnection] = useState<ConnectionState>(realtime?.state ?? 'connecting');
  const [connectionError, setConnectionError] = useState<string | undefined>();
  const [live, setLive] = useState(false);
  const [refreshes, setRefreshes] = useState(0);
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Sends the watch again (a failed one is retried at the next tick). */
  const rewatch = useRef<() => void>(() => {});
  const liveRef = useRef(live);
  liveRef.current = live;

  const refreshSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setRefreshes((n) => n + 1), REFRESH_DEBOUNCE_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!realtime) return;
    let active = true;
    /** Counts connections, so an ack from an earlier one is not taken for this one. */
    let connectionNo = 0;
    const watch = async () => {
      const mine = connectionNo;
      const ack = await realtime.watchDashboard(true);
      if (!active || mine !== connectionNo) return;
      if (ack.ok) {
        setLive(true);
        // Changes made while this page was not watching were never announced.
        refreshSoon();
      } else if (ack.error.code === UNAUTHENTICATED) latest.current.onSessionLost();
    };
    rewatch.current = () => {
      if (realtime.state === 'connected') void watch();
    };
    const offs = [
      realtime.onState((state, error) => {
        setConnection(state);
        setConnectionError(error);
        connectionNo += 1;
        if (state === 'connected') void watch();
        else setLive(false);
        if (error === UNAUTHENTICATED) latest.current.onSessionLost();
      }),
      realtime.on('dashboard:changed', refreshSoon),
      realtime.on('article:created', ({ article }) => {
        latest.current.onArticleCreated?.(article);
        refreshSoon();
      }),
    ];
    return () => {
      active = false;
      rewatch.current = () => {};
      offs.forEach((off) => off());
      setLive(false);
      if (realtime.state === 'connected') void realtime.watchDashboard(false);
    };
  }, [realtime, refreshSoon]);

  // Back on the page: whatever happened while it was hidden.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshSoon();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refreshSoon]);

  // The clock: stale claims are a matter of time. A hidden page waits until it is shown.
  useEffect(() => {
    const tick = setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      if (!liveRef.current) rewatch.current();
      refreshSoon();
    }, TICK_MS);
    return () => clearInterval(tick);
  }, [refreshSoon]);

  return { connection, connectionError, live, refreshes };
}
