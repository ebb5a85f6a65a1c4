import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { ApiError } from '../../../shared/protocol/errors.ts';
import type { Realtime } from '../realtime/connection.ts';
import type { MutationAck, WireOp } from '../realtime/wire.ts';
import { Outbox, type OutboxEvent } from '../sync/outbox.ts';
import type { OutboxEntry, ParkedConflict } from '../sync/outboxEntry.ts';
import { outboxKey } from '../sync/outboxStorage.ts';
import type { Person, Provisional } from '../sync/pendingOverlay.ts';
import { createdIds } from '../sync/rebase.ts';
import { browserStorage } from './localStore.ts';
import type { WorkspaceAction } from './workspaceReducer.ts';

export interface OutboxState {
  outbox: Outbox;
  entries: readonly OutboxEntry[];
  conflicts: readonly ParkedConflict[];
  /** Acked results the numbered state has not caught up with yet. */
  provisional: readonly Provisional[];
  /** Temporary claim ids the server has named: temp id -> real id. */
  aliases: Readonly<Record<string, string>>;
  /** Goes up with every ack of ours, so history and activity know to reload. */
  acks: number;
}

interface Callbacks {
  onNotice(message: string): void;
  onSessionLost(): void;
  /** A refusal that suggests our copy is behind (the claim is gone, say): catch up. */
  onStale(): void;
  /** The server's answer to a revision of the text (the editor waits for it). */
  onRevision?(entry: OutboxEntry, ack: MutationAck): void;
}

const WHAT: Record<WireOp['event'], string> = {
  'claim:create': 'The claim could not be captured',
  'claim:update': 'Your change to a claim was not saved',
  'claim:delete': 'The claim could not be deleted',
  'claim:restore': 'The claim could not be restored',
  'evidence:add': 'Your evidence was not added',
  'evidence:remove': 'The evidence could not be removed',
  'comment:create': 'Your comment was not posted',
  'claim:reattach': 'The claim could not be re-attached',
  'article:revise': 'Your revision of the article was not saved',
};

/** The words the person wrote in a refused change, so a refusal never silently loses them. */
function writtenText(op: WireOp): string | null {
  if (op.event === 'comment:create') return op.payload.text;
  if (op.event === 'claim:update') {
    const { summary, attributedTo, note } = op.payload.changes;
    return [summary, attributedTo, note].filter((t) => t).join(' / ') || null;
  }
  return null;
}

export function refusalMessage(entry: OutboxEntry, error: ApiError): string {
  const text = writtenText(entry.op);
  const base = `${WHAT[entry.op.event]}: ${error.message}`;
  return text ? `${base} Your text: “${text}”` : base;
}

/**
 * The outbox of one person in one article, wired to the socket and the
 * numbered state: it sends only once the join has caught up (`caughtUp`),
 * feeds every ack into the reducer, keeps acked results visible until the
 * numbered state includes them, and reports refusals.
 */
export function useOutbox(
  realtime: Realtime | null,
  articleId: string,
  me: Person,
  caughtUp: boolean,
  seq: number | null,
  dispatch: Dispatch<WorkspaceAction>,
  cb: Callbacks,
): OutboxState {
  const realtimeRef = useRef(realtime);
  realtimeRef.current = realtime;
  const callbacks = useRef(cb);
  callbacks.current = cb;
  const outbox = useMemo(
    () =>
      new Outbox({
        storage: browserStorage(),
        key: outboxKey(me.id, articleId),
        send: (op) => realtimeRef.current?.send(op) ?? Promise.resolve({ delivered: false, reason: 'offline' }),
      }),
    [me.id, articleId],
  );
  const [snapshot, setSnapshot] = useState(() => ({ entries: outbox.entries, conflicts: outbox.conflicts }));
  const [provisional, setProvisional] = useState<Provisional[]>([]);
  const [aliases, setAliases] = useState<Record<string, string>>({});
  const [acks, setAcks] = useState(0);

  useEffect(() => {
    setSnapshot({ entries: outbox.entries, conflicts: outbox.conflicts });
    const onEvent = (e: OutboxEvent) => {
      switch (e.type) {
        case 'changed':
          return setSnapshot({ entries: outbox.entries, conflicts: outbox.conflicts });
        case 'blocked':
          return callbacks.current.onSessionLost();
        case 'dropped':
          return callbacks.current.onNotice(refusalMessage(e.entry, { code: 'not_found', message: e.reason }));
        case 'settled': {
          const { entry, ack } = e;
          if (entry.op.event === 'article:revise') callbacks.current.onRevision?.(entry, ack);
          if (!ack.ok) {
            // Conflicts are parked in the outbox and shown beside the field.
            if (ack.error.code !== 'conflict') callbacks.current.onNotice(refusalMessage(entry, ack.error));
            if (ack.error.code === 'not_found' || ack.error.code === 'conflict') callbacks.current.onStale();
            return;
          }
          dispatch({ type: 'acked', op: entry.op, ack, by: { name: me.name, id: me.id, at: new Date().toISOString() } });
          const deletedId = entry.op.event === 'claim:delete' ? entry.op.payload.id : undefined;
          setProvisional((p) => [...p, { seq: ack.seq, claim: ack.claim, comment: ack.comment, deletedId }]);
          const ids = createdIds(entry, ack);
          if (ids && entry.op.event === 'claim:create') setAliases((a) => ({ ...a, [ids.from]: ids.to }));
          setAcks((n) => n + 1);
        }
      }
    };
    return outbox.subscribe(onEvent);
  }, [outbox, dispatch, me.id, me.name]);

  useEffect(() => {
    if (caughtUp) outbox.resume();
    else outbox.pause();
  }, [outbox, caughtUp]);
  useEffect(() => () => outbox.pause(), [outbox]);

  // Once the numbered state has an acked change, it no longer needs showing separately.
  useEffect(() => {
    if (seq !== null) setProvisional((p) => (p.some((x) => x.seq <= seq) ? p.filter((x) => x.seq > seq) : p));
  }, [seq]);

  return { outbox, ...snapshot, provisional, aliases, acks };
}
