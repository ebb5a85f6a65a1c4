import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Realtime } from '../realtime/connection.ts';
import { throttle } from '../realtime/throttle.ts';
import { isTempId } from '../sync/outboxEntry.ts';

type Span = { start: number; end: number } | null;

/** About ten presence updates a second at most (the server coalesces to the same rate). */
export const PRESENCE_INTERVAL_MS = 100;

/**
 * Tells colleagues which claim this person has open and what text they have
 * selected. Throttled, always ending with the latest state, and repeated
 * after every join because the server forgets presence with the connection.
 * Selections arrive through the returned callback rather than React state,
 * so dragging a selection does not re-render the workspace.
 */
export function usePresenceReporter(realtime: Realtime | null, articleId: string, joins: number, claimId: string | null): (span: Span) => void {
  const latest = useRef<{ claimId: string | null; selection: Span }>({ claimId: null, selection: null });
  const send = useMemo(
    () =>
      throttle((value: { claimId: string | null; selection: Span }) => {
        // A claim still being created has no id colleagues could know.
        const shared = value.claimId && !isTempId(value.claimId) ? value.claimId : null;
        realtime?.updatePresence({ articleId, claimId: shared, selection: value.selection });
      }, PRESENCE_INTERVAL_MS),
    [realtime, articleId],
  );
  useEffect(() => () => send.cancel(), [send]);

  useEffect(() => {
    latest.current = { ...latest.current, claimId };
    if (joins > 0) send(latest.current);
  }, [claimId, joins, send]);

  return useCallback(
    (selection: Span) => {
      const prev = latest.current.selection;
      if (prev?.start === selection?.start && prev?.end === selection?.end) return;
      latest.current = { ...latest.current, selection };
      if (joins > 0) send(latest.current);
    },
    [joins, send],
  );
}
