import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { ClaimStatus } from '../../../shared/domain/status.ts';
import type { Ack } from '../../../shared/protocol/events.ts';
import type { ClaimChanges } from '../../../shared/protocol/payloads.ts';
import { applyOperation, claimsInReadingOrder, type Operation } from '../../../shared/ops/apply.ts';
import { UNAUTHENTICATED, type ConnectionState, type Realtime } from '../realtime/connection.ts';
import { emptyWorkspace, workspaceReducer } from './workspaceReducer.ts';
import { ApiRequestError, fetchArticle } from './api.ts';

export type UpdateResult = Ack<{ claim: Claim }>;

/** The operations applied optimistically: changes to an existing claim. */
type ClaimChangeOperation = Extract<Operation, { type: 'claim:update' | 'claim:delete' | 'claim:restore' }>;

/** What the UI can do to claims; every call resolves to the server's answer. */
export interface ClaimActions {
  createClaim(start: number, end: number, status?: ClaimStatus): Promise<Ack<{ claim: Claim }>>;
  updateClaim(id: string, changes: ClaimChanges, baseVersion?: number): Promise<UpdateResult>;
  deleteClaim(id: string): Promise<Ack>;
  restoreClaim(id: string): Promise<Ack<{ claim: Claim }>>;
}

/** The signed-in person, as the optimistic changes record them. */
export interface Actor {
  id: string;
  name: string;
}

/**
 * Keeps one article and its claims in sync with the server: joins (and
 * re-joins after every reconnect), applies broadcasts, and applies the
 * user's own changes optimistically with the shared `applyOperation`,
 * rolling back when the server says no. `unauthenticated` turns true when
 * the server no longer knows the session (REST 401, socket refused, or an
 * `unauthenticated` ack), so the app can ask the person to sign in again.
 */
export function useWorkspace(realtime: Realtime | null, articleId: string, actor: Actor) {
  const { id: actorId, name: actorName } = actor;
  const [data, dispatch] = useReducer(workspaceReducer, emptyWorkspace);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [connectionError, setConnectionError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [sessionLost, setSessionLost] = useState(false);
  /** Shows a refusal, or notes that the session is gone (the sign-in page says so instead). */
  const refuse = useCallback((error: { code: string; message: string }) => {
    if (error.code === UNAUTHENTICATED) setSessionLost(true);
    else setNotice(error.message);
  }, []);
  const dataRef = useRef(data);
  dataRef.current = data;
  /** Set as soon as a join result is in, so a slower REST answer cannot overwrite it. */
  const joined = useRef(false);

  // Show the text at once from the REST API, even before the socket is up.
  useEffect(() => {
    dispatch({ type: 'reset' });
    joined.current = false;
    const abort = new AbortController();
    fetchArticle(articleId, abort.signal)
      .then((r) => {
        if (!joined.current) dispatch({ type: 'loaded', article: r.article, claims: r.claims });
      })
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        if (e instanceof ApiRequestError) refuse(e);
        else setNotice(e instanceof Error ? e.message : String(e));
      });
    return () => abort.abort();
  }, [articleId, refuse]);

  useEffect(() => {
    if (!realtime) return;
    const join = async () => {
      const ack = await realtime.joinArticle(articleId);
      if (ack.ok) {
        joined.current = true;
        dispatch({ type: 'loaded', article: ack.article, claims: ack.claims, users: ack.users });
      }
      else if (ack.error.code === UNAUTHENTICATED) setSessionLost(true);
      else setNotice(`Could not open the article: ${ack.error.message}`);
    };
    const mine = (e: { articleId: string }) => e.articleId === articleId;
    const offs = [
      realtime.onState((state, error) => {
        setConnection(state);
        setConnectionError(error);
        if (state === 'connected') void join();
      }),
      realtime.on('claim:created', (e) => mine(e) && dispatch({ type: 'upsert', claim: e.claim })),
      realtime.on('claim:updated', (e) => mine(e) && dispatch({ type: 'upsert', claim: e.claim })),
      realtime.on('claim:restored', (e) => mine(e) && dispatch({ type: 'upsert', claim: e.claim })),
      realtime.on('claim:deleted', (e) => mine(e) && dispatch({ type: 'remoteDeleted', id: e.id })),
      realtime.on('presence', (e) => mine(e) && dispatch({ type: 'presence', users: e.users })),
    ];
    return () => {
      offs.forEach((off) => off());
      if (realtime.state === 'connected') void realtime.leaveArticle(articleId);
    };
  }, [realtime, articleId]);

  /**
   * Applies `op` locally, sends it, and settles: the server's claim on
   * success, the previous claim back on failure (unless someone else's
   * newer version has replaced ours meanwhile).
   */
  const optimistic = useCallback(
    async <T extends object>(op: ClaimChangeOperation, send: () => Promise<Ack<T>>): Promise<Ack<T>> => {
      const before = dataRef.current;
      let applied: Claim | undefined;
      if (before.article) {
        const result = applyOperation(
          // No comments are needed to change a claim; the state only has to have the field.
          { articles: { [before.article.id]: before.article }, claims: before.claims, comments: {} },
          op,
          { actor: actorName, actorId, now: new Date().toISOString() },
        );
        if (result.ok && result.changed) {
          applied = result.claim;
          dispatch({ type: 'set', claim: result.claim });
        }
      }
      const ack = await send();
      const id = op.input.id;
      const previous = before.claims[id];
      if (ack.ok) {
        if ('claim' in ack) dispatch({ type: 'upsert', claim: ack.claim as Claim });
      } else {
        if (applied && previous) dispatch({ type: 'rollback', applied, previous });
        if (ack.current) dispatch({ type: 'upsert', claim: ack.current });
        // Conflicts are shown beside the field by the editor, not as a banner.
        if (ack.error.code !== 'conflict') refuse(ack.error);
      }
      return ack;
    },
    [actorName, actorId, refuse],
  );

  const actions = useMemo<ClaimActions>(() => {
    const offline = { ok: false as const, error: { code: 'internal_error' as const, message: 'Not connected yet.' } };
    return {
      async createClaim(start, end, status) {
        if (!realtime) return offline;
        const input = { articleId, target: { start, end }, ...(status ? { status } : {}) };
        const ack = await realtime.createClaim(input);
        if (ack.ok) dispatch({ type: 'upsert', claim: ack.claim });
        else refuse(ack.error);
        return ack;
      },
      updateClaim(id, changes, baseVersion) {
        if (!realtime) return Promise.resolve(offline);
        const input = baseVersion === undefined ? { id, changes } : { id, changes, baseVersion };
        return optimistic({ type: 'claim:update', input }, () => realtime.updateClaim(input));
      },
      deleteClaim(id) {
        if (!realtime) return Promise.resolve(offline);
        return optimistic({ type: 'claim:delete', input: { id } }, () => realtime.deleteClaim(id));
      },
      restoreClaim(id) {
        if (!realtime) return Promise.resolve(offline);
        return optimistic({ type: 'claim:restore', input: { id } }, () => realtime.restoreClaim(id));
      },
    };
  }, [realtime, articleId, optimistic, refuse]);

  const claims = useMemo(() => claimsInReadingOrder(Object.values(data.claims), articleId), [data.claims, articleId]);

  return {
    article: data.article,
    claims,
    allClaims: data.claims,
    users: data.users,
    connection,
    connectionError,
    unauthenticated: sessionLost || connectionError === UNAUTHENTICATED,
    notice,
    dismissNotice: () => setNotice(null),
    actions,
  };
}
