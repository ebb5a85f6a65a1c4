import { can } from '../../shared/domain/roles.ts';
import type { IsnadSocket } from './socket-types.ts';

/**
 * The connections of people who manage users: they hear `users:changed`.
 * A role change disconnects the person's sockets (see the account routes),
 * so membership is decided once, when a connection is made.
 */
export const ADMINS_ROOM = 'admins';

export function joinAdminsRoom(socket: IsnadSocket): void {
  if (can(socket.data.user.role, 'users:manage')) void socket.join(ADMINS_ROOM);
}
