import type { ConnectionState } from '../realtime/connection.ts';
import { useT } from '../i18n/useT.ts';
import { statusMessages } from './status.messages.ts';

const TEXT = { connected: 'live', connecting: 'connecting', disconnected: 'offline' } as const satisfies Record<ConnectionState, keyof typeof statusMessages>;
const PENDING = { connected: 'liveSending', connecting: 'connectingPending', disconnected: 'offlinePending' } as const satisfies Record<
  ConnectionState,
  keyof typeof statusMessages
>;

/**
 * Tells the user whether their changes reach colleagues, and how many are
 * still only on this device (`data-pending`): the count goes to zero once
 * the server has acked them all.
 */
export function ConnectionIndicator({ state, error, pending = 0 }: { state: ConnectionState; error?: string; pending?: number }) {
  const t = useT(statusMessages);
  let text = error ? t('disconnected', { error }) : t(TEXT[state]);
  if (pending > 0) text = t(PENDING[state], { changes: t('changes', { count: pending }) });
  return (
    <span
      className={`connection connection-${state}`}
      data-testid="connection"
      data-state={state}
      data-pending={String(pending)}
      role="status"
      title={pending > 0 ? t('keptHere', { text }) : text}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
