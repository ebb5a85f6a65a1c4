import type { Server, Socket } from 'socket.io';
import type { Role } from '../../shared/domain/roles.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.ts';
import type { PresenceMessage } from './presence.ts';

/** Per-connection data set by the handshake middleware from the session cookie. */
export interface SocketData {
  user: { id: string; name: string; role: Role };
  /** The session cookie's token, re-checked on every packet (kept in memory only). */
  sessionToken: string;
}

/** Between server nodes (through the cluster adapter): who is connected where. */
export interface InterServerEvents {
  'presence:node': (message: PresenceMessage) => void;
}

export type IsnadServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type IsnadSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const ARTICLE_ROOM_PREFIX = 'article:';
export const articleRoom = (articleId: string): string => `${ARTICLE_ROOM_PREFIX}${articleId}`;
/** Every connection of one account, so a role change or deactivation can reach them all. */
export const userRoom = (userId: string): string => `user:${userId}`;
/** Every connection of one login, so signing out closes them. */
export const sessionRoom = (sessionKey: string): string => `session:${sessionKey}`;

/** Every signed-in connection: for workspace-wide news such as a new article. */
export const WORKSPACE_ROOM = 'workspace';
