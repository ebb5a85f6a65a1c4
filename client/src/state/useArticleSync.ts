import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import type { ConnectionState, Realtime } from '../realtime/connection.ts';
import { UNAUTHENTICATED } from '../realtime/unauthenticated.ts';
import { throttle } from '../realtime/throttle.ts';
import { notePublication } from '../realtime/publicationNotices.ts';
import { ApiRequestError, fetchArticle } from './api.ts';
import { loadCachedWorkspace, saveCachedWorkspace } from './workspaceCache.ts';
import { emptyWorkspace, workspaceReducer, type Change, type WorkspaceAction, type WorkspaceData } from './workspaceReducer.ts';

export interface ArticleSync {
  data: WorkspaceData;
  dispatch: Dispatch<WorkspaceAction>;
  connection: ConnectionState;
  connectionError?: string;
  /** True from the moment a join's answer is applied until the connection drops: the outbox may send. */
  caughtUp: boolean;
  /** Goes up with every completed join, so presence can be re-announced. */
  joins: number;
  /** Asks the server for what we may have missed (a refusal suggested we are behind). */
  catchUp(): void;
}

interface Callbacks {
  onNotice(message: string): void;
  onSessionLost(): void;
}

/** After this many catch-ups in a row that still leave a gap, ask for a whole snapshot. */
const MAX_GAP_JOINS = 2;
/**
 * How long a missing change may be late before we ask for it. Broadcasts
 * from other nodes can overtake each other by a few hundred milliseconds
 * under load; the overtaking ones wait in `early` meanwhile.
 */
export const GAP_GRACE_MS = 1000;
const SAVE_INTERVAL_MS = 300;

function initialState(userId: string, articleId: string): WorkspaceData {
  const cached = loadCachedWorkspace(userId, articleId);
  return cached ? workspaceReducer(emptyWorkspace, { type: 'restored', ...cached }) : emptyWorkspace;
}

/**
 * Keeps one article in step with the server. Starts from this browser's
 * saved copy when there is one (so a reload offline still shows the work),
 * else from REST; joins on every (re)connect with the last seq applied, so
 * the server sends only what was missed, in order, or a snapshot; re-joins
 * when a broadcast shows a gap. Mounted once per article (the caller keys
 * it by article id), so nothing from another article can leak in.
 */
export function useArticleSync(realtime: Realtime | null, articleId: string, userId: string, cb: Callbacks): ArticleSync {
  const [data, dispatch] = useReducer(workspaceReducer, undefined, () => initialState(userId, articleId));
  const [connection, setConnection] = useState<ConnectionState>(realtime?.state ?? 'connecting');
  const [connectionError, setConnectionError] = useState<string | undefined>();
  const [caughtUp, setCaughtUp] = useState(false);
  const [joins, setJoins] = useState(0);
  const dataRef = useRef(data);
  dataRef.current = data;
  const callbacks = useRef(cb);
  callbacks.current = cb;
  const joining = useRef(false);
  const joinAgain = useRef(false);
  const gapJoins = useRef(0);

  // First paint from REST when this browser has no copy yet; the join replaces it.
  useEffect(() => {
    if (dataRef.current.seq !== null) return;
    const abort = new AbortController();
    fetchArticle(articleId, abort.signal)
      .then((r) => dispatch({ type: 'preview', article: r.article, claims: r.claims }))
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        if (e instanceof ApiRequestError && e.code === UNAUTHENTICATED) callbacks.current.onSessionLost();
        // Unreachable or refused: the socket's join will say more, or the indicator shows offline.
      });
    return () => abort.abort();
  }, [articleId]);

  // Keep the copy of the numbered state for the next visit or an offline
  // reload: at most every SAVE_INTERVAL_MS, and at once when the page goes
  // away (a reload right after an ack must not lose that change).
  const save = useMemo(
    () =>
      throttle((d: WorkspaceData) => {
        if (d.article && d.seq !== null) {
          saveCachedWorkspace(userId, { article: d.article, seq: d.seq, claims: Object.values(d.claims), comments: Object.values(d.comments) });
        }
      }, SAVE_INTERVAL_MS),
    [userId],
  );
  // Keyed on the stored parts: `data` as a whole also changes with presence.
  useEffect(() => {
    if (data.seq !== null) save(data);
  }, [data.article, data.seq, data.claims, data.comments, save]);
  useEffect(() => {
    const flush = () => save.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

  const join = useCallback(async () => {
    if (!realtime) return;
    if (joining.current) {
      joinAgain.current = true;
      return;
    }
    joining.current = true;
    try {
      do {
        joinAgain.current = false;
        const { seq } = dataRef.current;
        const since = seq !== null && gapJoins.current < MAX_GAP_JOINS ? seq : undefined;
        const ack = await realtime.joinArticle(articleId, since);
        if (!ack.ok) {
          if (ack.error.code === UNAUTHENTICATED) callbacks.current.onSessionLost();
          else if (realtime.state === 'connected') callbacks.current.onNotice(`Could not open the article: ${ack.error.message}`);
          return;
        }
        dispatch({ type: 'joined', result: ack });
        // A publication while we were away: the Reports tab fetches the state again.
        if (!ack.snapshot) for (const m of ack.missed) if (m.event === 'article:published') notePublication(m.payload);
        setCaughtUp(true);
        setJoins((n) => n + 1);
      } while (joinAgain.current);
    } finally {
      joining.current = false;
    }
  }, [realtime, articleId]);

  // A gap that the late change does not fill in time: catch up with
  // sinceSeq; if catching up keeps leaving one, take a snapshot. The timer
  // is not restarted by further early changes, only by a finished join.
  const gapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (data.gapAt === null) {
      gapJoins.current = 0;
      if (gapTimer.current) clearTimeout(gapTimer.current);
      gapTimer.current = null;
      return;
    }
    // While disconnected, the join on reconnect catches up anyway.
    if (realtime?.state !== 'connected' || gapTimer.current) return;
    gapTimer.current = setTimeout(() => {
      gapTimer.current = null;
      gapJoins.current += 1;
      void join();
    }, GAP_GRACE_MS);
  }, [data.gapAt, realtime, join, joins]);
  useEffect(
    () => () => {
      if (gapTimer.current) clearTimeout(gapTimer.current);
    },
    [],
  );

  useEffect(() => {
    if (!realtime) return;
    const mine = (e: { articleId: string }) => e.articleId === articleId;
    const change = (c: Change) => mine(c.payload) && dispatch({ type: 'change', change: c });
    const offs = [
      realtime.onState((state, error) => {
        setConnection(state);
        setConnectionError(error);
        if (state === 'connected') void join();
        else {
          setCaughtUp(false);
          // Who is here is not known while we are away; the next join says again.
          dispatch({ type: 'presence', users: [] });
        }
      }),
      realtime.on('claim:created', (payload) => change({ event: 'claim:created', payload })),
      realtime.on('claim:updated', (payload) => change({ event: 'claim:updated', payload })),
      realtime.on('claim:restored', (payload) => change({ event: 'claim:restored', payload })),
      realtime.on('claim:deleted', (payload) => change({ event: 'claim:deleted', payload })),
      realtime.on('comment:created', (payload) => change({ event: 'comment:created', payload })),
      realtime.on('article:revised', (payload) => change({ event: 'article:revised', payload })),
      realtime.on('suggestion:dismissed', (payload) => change({ event: 'suggestion:dismissed', payload })),
      realtime.on('article:published', (payload) => {
        if (!mine(payload)) return;
        change({ event: 'article:published', payload });
        notePublication(payload);
      }),
      realtime.on('presence:changed', (e) => mine(e) && dispatch({ type: 'presence-changed', change: e })),
      realtime.on('article:seq', (e) => mine(e) && dispatch({ type: 'heard-seq', seq: e.seq })),
    ];
    return () => {
      offs.forEach((off) => off());
      if (realtime.state === 'connected') void realtime.leaveArticle(articleId);
    };
  }, [realtime, articleId, join]);

  const catchUp = useCallback(() => {
    if (realtime?.state === 'connected') void join();
  }, [realtime, join]);

  return { data, dispatch, connection, connectionError, caughtUp, joins, catchUp };
}
