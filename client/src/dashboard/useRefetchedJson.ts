import { useCallback, useEffect, useRef, useState } from 'react';
import { UNAUTHENTICATED } from '../realtime/connection.ts';
import { requestJson } from '../state/http.ts';

export interface RefetchedJson<T> {
  /** The newest answer, with the URL it answers: while a new URL loads, that is still the old one. */
  answer: { url: string; data: T } | null;
  /** Why the last request failed, and for which URL; cleared by the next answer. The answer, if any, is older. */
  error: { url: string; message: string } | null;
}

interface Request {
  url: string;
  refreshKey: number;
  abort: AbortController;
}

/**
 * GETs `url` (nothing while it is null), and again whenever `refreshKey`
 * moves. At most one request is in flight: a refresh asked for meanwhile
 * is sent when the request answers (however many were asked for, one is
 * sent); a new URL cancels the request for the old one and is sent at once.
 * Answers are numbered in the order they were asked for, and one older than
 * the answer shown is dropped, so a slow old answer never replaces a newer
 * one. A lost session calls `onSessionLost`.
 */
export function useRefetchedJson<T extends object>(url: string | null, refreshKey: number, onSessionLost: () => void): RefetchedJson<T> {
  const [state, setState] = useState<RefetchedJson<T>>({ answer: null, error: null });
  const wanted = useRef({ url, refreshKey });
  wanted.current = { url, refreshKey };
  const sessionLost = useRef(onSessionLost);
  sessionLost.current = onSessionLost;
  const inFlight = useRef<Request | null>(null);
  const asked = useRef(0);
  const shown = useRef(0);

  const send = useCallback(() => {
    const { url, refreshKey } = wanted.current;
    if (url === null) return;
    const number = ++asked.current;
    const request: Request = { url, refreshKey, abort: new AbortController() };
    inFlight.current = request;
    const settle = () => {
      if (inFlight.current === request) inFlight.current = null;
    };
    requestJson<T>('GET', url, undefined, request.abort.signal).then(
      (result) => {
        settle();
        if (request.abort.signal.aborted || number < shown.current) return;
        shown.current = number;
        if (result.ok) setState({ answer: { url, data: result }, error: null });
        else {
          if (result.error.code === UNAUTHENTICATED) sessionLost.current();
          setState((s) => ({ ...s, error: { url, message: result.error.message } }));
        }
        // Asked for again while this one was on its way: once more, with what is wanted now.
        const next = wanted.current;
        if (next.url !== null && (next.url !== url || next.refreshKey !== refreshKey)) send();
      },
      // Aborted (a newer URL, or the page closed): nothing to show.
      settle,
    );
  }, []);

  useEffect(() => {
    const current = inFlight.current;
    if (current) {
      // The same URL on its way: the refresh is sent when it answers.
      if (current.url === url) return;
      current.abort.abort();
      inFlight.current = null;
    }
    if (url !== null) send();
  }, [url, refreshKey, send]);

  useEffect(
    () => () => {
      inFlight.current?.abort.abort();
      inFlight.current = null;
    },
    [],
  );

  return state;
}
