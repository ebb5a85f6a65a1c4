import { useEffect, useState } from 'react';
import { connect } from '../realtime/connection.ts';

/** Calls `onChange` on every `users:changed` (and after a reconnect, when some may have been missed); returns the unsubscribe. */
export type UsersChangedSource = (onChange: () => void) => () => void;

/** The Users page's own connection: the server tells admins when accounts or invitations change. */
export const socketUsersChanged: UsersChangedSource = (onChange) => {
  const realtime = connect();
  let connectedBefore = false;
  const offState = realtime.onState((state) => {
    if (state !== 'connected') return;
    if (connectedBefore) onChange();
    connectedBefore = true;
  });
  const offEvent = realtime.on('users:changed', () => onChange());
  return () => {
    offEvent();
    offState();
    realtime.close();
  };
};

/** A number that moves whenever the lists of users and invitations may be out of date: the page fetches them again. */
export function useUsersChanged(source: UsersChangedSource): number {
  const [version, setVersion] = useState(0);
  useEffect(() => source(() => setVersion((v) => v + 1)), [source]);
  return version;
}
