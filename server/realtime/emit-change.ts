import type { BroadcastOperator } from 'socket.io';
import type { ChangeBroadcast, ServerToClientEvents } from '../../shared/protocol/events.ts';
import type { SocketData } from './socket-types.ts';

/** Where a change goes: an article's room, from a socket (everyone but the sender) or from the server. */
export type ChangeTarget = BroadcastOperator<ServerToClientEvents, SocketData>;

/**
 * Sends a numbered change through the one typed event map. The switch is
 * what lets the compiler pair each event with its own payload (a union of
 * pairs cannot be passed to emit as it is); a new change event that is not
 * added here fails to compile.
 */
export function emitChange(target: ChangeTarget, b: ChangeBroadcast): void {
  switch (b.event) {
    case 'claim:created':
      target.emit(b.event, b.payload);
      return;
    case 'claim:updated':
      target.emit(b.event, b.payload);
      return;
    case 'claim:deleted':
      target.emit(b.event, b.payload);
      return;
    case 'claim:restored':
      target.emit(b.event, b.payload);
      return;
    case 'comment:created':
      target.emit(b.event, b.payload);
      return;
    case 'article:revised':
      target.emit(b.event, b.payload);
      return;
    case 'suggestion:dismissed':
      target.emit(b.event, b.payload);
      return;
    case 'article:published':
      target.emit(b.event, b.payload);
      return;
    default:
      b satisfies never;
  }
}
