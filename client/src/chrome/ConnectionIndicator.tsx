import type { ConnectionState } from '../realtime/connection.ts';

const TEXT: Record<ConnectionState, string> = {
  connected: 'Live',
  connecting: 'Connecting…',
  disconnected: 'Offline — reconnecting',
};

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/**
 * Tells the user whether their changes reach colleagues, and how many are
 * still only on this device (`data-pending`): the count goes to zero once
 * the server has acked them all.
 */
export function ConnectionIndicator({ state, error, pending = 0 }: { state: ConnectionState; error?: string; pending?: number }) {
  let text = error ? `Disconnected: ${error}` : TEXT[state];
  if (pending > 0) {
    const prefix = { connected: 'Live · sending', connecting: 'Connecting ·', disconnected: 'Offline ·' }[state];
    text = state === 'connected' ? `${prefix} ${changes(pending)}` : `${prefix} ${changes(pending)} pending`;
  }
  return (
    <span
      className={`connection connection-${state}`}
      data-testid="connection"
      data-state={state}
      data-pending={String(pending)}
      role="status"
      title={pending > 0 ? `${text}. They are kept on this device and sent in order when the connection is back.` : text}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
