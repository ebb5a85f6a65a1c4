import type { ConnectionState } from '../realtime/connection.ts';

const TEXT: Record<ConnectionState, string> = {
  connected: 'Live',
  connecting: 'Connecting…',
  disconnected: 'Offline — reconnecting',
};

/** Tells the user when their changes cannot reach colleagues. */
export function ConnectionIndicator({ state, error }: { state: ConnectionState; error?: string }) {
  const text = error ? `Disconnected: ${error}` : TEXT[state];
  return (
    <span className={`connection connection-${state}`} data-testid="connection" data-state={state} role="status" title={text}>
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
