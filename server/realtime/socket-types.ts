import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.ts';

/** Per-connection data set by the handshake middleware. */
export interface SocketData {
  name: string;
}

export type IsnadServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type IsnadSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const articleRoom = (articleId: string): string => `article:${articleId}`;
