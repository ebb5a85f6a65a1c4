import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serve } from './store/ipc.ts';

/**
 * The reference of the live-sync comparison: a bare socket.io relay. A
 * client joins a room; every claim:update it sends is emitted as it is to
 * the others in the room, and acked. No validation, no storage, no
 * accounts: what socket.io itself costs on this machine, measured by the
 * same clients in the same way as our server.
 */

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 1_000_000 });

io.on('connection', (socket) => {
  let room: string | null = null;
  socket.on('article:join', (payload: { articleId?: unknown }, ack: (r: object) => void) => {
    room = `article:${String(payload?.articleId)}`;
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('claim:update', (payload: unknown, ack: (r: object) => void) => {
    if (room) socket.to(room).emit('claim:updated', payload);
    ack({ ok: true });
  });
});

await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const { port } = httpServer.address() as AddressInfo;
serve<Record<string, never>>({}, { url: `http://127.0.0.1:${port}` });
