import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import { UNAUTHENTICATED, type ConnectionState, type Realtime } from '../realtime/connection.ts';
import { requestJson } from '../state/http.ts';
import { articlesWithGaps, dashboardInput, emptyLiveData, liveReducer, type ExportDocument } from './liveData.ts';

export interface LiveDashboard {
  input: DashboardInput;
  /** True once the first export has loaded. */
  loaded: boolean;
  loadError: string | null;
  connection: ConnectionState;
  connectionError?: string;
  /** Articles whose changes arrive live right now. */
  liveArticles: number;
}

function exportUrl(articleId?: string): string {
  return articleId === undefined ? '/api/export?format=json' : `/api/articles/${encodeURIComponent(articleId)}/export?format=json`;
}

/**
 * The whole workspace, live, for the dashboard: the JSON export for a first
 * paint and for history, then every article joined on the page's one
 * connection (client/src/realtime) and kept in step by the reader's
 * workspaceReducer. A join that answers with a snapshot (the first one, or
 * after a long time away) is followed by a fresh export of what it covers,
 * so the decisions made meanwhile are counted too.
 */
export function useLiveDashboard(realtime: Realtime | null, onSessionLost: () => void): LiveDashboard {
  const [data, dispatch] = useReducer(liveReducer, emptyLiveData);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [connection, setConnection] = useState<ConnectionState>(realtime?.state ?? 'connecting');
  const [connectionError, setConnectionError] = useState<string | undefined>();
  const dataRef = useRef(data);
  dataRef.current = data;
  const sessionLost = useRef(onSessionLost);
  sessionLost.current = onSessionLost;
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const load = useCallback(async (articleId?: string) => {
    const r = await requestJson<ExportDocument>('GET', exportUrl(articleId));
    if (!alive.current) return;
    if (!r.ok) {
      if (r.error.code === UNAUTHENTICATED) sessionLost.current();
      // An article-only refresh failing leaves its joined claims as they are.
      else if (articleId === undefined) setLoadError(r.error.message);
      return;
    }
    setLoadError(null);
    dispatch({ type: 'exported', document: r, ...(articleId === undefined ? {} : { articleId }) });
  }, []);

  /** Per article: a join in flight, and whether another is wanted after it. */
  const inFlight = useRef(new Set<string>());
  /** Articles joined (or being joined) on the current connection. */
  const attempted = useRef(new Set<string>());
  const again = useRef(new Set<string>());
  const join = useCallback(
    async (ids: readonly string[]) => {
      if (!realtime) return;
      const todo = ids.filter((id) => {
        if (!inFlight.current.has(id)) return true;
        again.current.add(id);
        return false;
      });
      todo.forEach((id) => {
        inFlight.current.add(id);
        attempted.current.add(id);
      });
      const snapshots: string[] = [];
      await Promise.all(
        todo.map(async (articleId) => {
          const seq = Object.hasOwn(dataRef.current.joined, articleId) ? dataRef.current.joined[articleId]!.seq : null;
          // Watch only: readers should not see the dashboard's viewer in their presence bar.
          const ack = await realtime.joinArticle(articleId, seq ?? undefined, { watch: true });
          if (!alive.current) return;
          if (!ack.ok) {
            if (ack.error.code === UNAUTHENTICATED) sessionLost.current();
            return;
          }
          dispatch({ type: 'joined', articleId, result: ack });
          if (ack.snapshot) snapshots.push(articleId);
        }),
      );
      todo.forEach((id) => inFlight.current.delete(id));
      if (!alive.current) return;
      if (snapshots.length === 1) await load(snapshots[0]);
      else if (snapshots.length > 1) await load();
      const more = todo.filter((id) => again.current.delete(id));
      if (more.length && realtime.state === 'connected') await join(more);
    },
    [realtime, load],
  );

  useEffect(() => {
    void load();
  }, [load]);

  // The live channel: changes to any joined article, and (re)joins on every connect.
  useEffect(() => {
    if (!realtime) return;
    const offs = [
      realtime.onState((state, error) => {
        setConnection(state);
        setConnectionError(error);
        if (state === 'connected') void join(Object.keys(dataRef.current.exported?.articles ?? {}));
        else attempted.current.clear();
        if (error === UNAUTHENTICATED) sessionLost.current();
      }),
      realtime.on('claim:created', (payload) => dispatch({ type: 'change', change: { event: 'claim:created', payload } })),
      realtime.on('claim:updated', (payload) => dispatch({ type: 'change', change: { event: 'claim:updated', payload } })),
      realtime.on('claim:restored', (payload) => dispatch({ type: 'change', change: { event: 'claim:restored', payload } })),
      realtime.on('claim:deleted', (payload) => dispatch({ type: 'change', change: { event: 'claim:deleted', payload } })),
      realtime.on('comment:created', (payload) => dispatch({ type: 'change', change: { event: 'comment:created', payload } })),
      realtime.on('article:revised', (payload) => dispatch({ type: 'change', change: { event: 'article:revised', payload } })),
      // A new article: reload the workspace export; the effect below then joins it.
      realtime.on('article:created', () => void load()),
    ];
    return () => {
      offs.forEach((off) => off());
      if (realtime.state === 'connected') for (const id of Object.keys(dataRef.current.joined)) void realtime.leaveArticle(id);
    };
  }, [realtime, join, load]);

  // Articles the export names that are not joined yet (a first load after connecting, or one added since).
  const articleIds = Object.keys(data.exported?.articles ?? {}).sort().join(' ');
  useEffect(() => {
    if (connection !== 'connected' || !articleIds) return;
    const fresh = articleIds.split(' ').filter((id) => !attempted.current.has(id));
    if (fresh.length) void join(fresh);
  }, [articleIds, connection, join]);

  // A gap in an article's change numbers: catch up from the last change applied.
  const gaps = articlesWithGaps(data).map((g) => g.articleId).join(' ');
  useEffect(() => {
    if (connection === 'connected' && gaps) void join(gaps.split(' '));
  }, [gaps, connection, join]);

  // Back on the page after a while: articles may have been added meanwhile.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const input = useMemo(() => dashboardInput(data), [data]);
  const liveArticles = Object.values(data.joined).filter((d) => d.seq !== null).length;
  return { input, loaded: data.exported !== null, loadError, connection, connectionError, liveArticles };
}
