import { serve } from './ipc.ts';
import { now } from './stats.ts';
import type { Client, WorkerApi } from './worker/api.ts';
import { connectClient, joinAll, mapLimit } from './worker/connect.ts';
import { arm, finish, received, runWriters } from './worker/live.ts';
import { createClaims, updateLoad } from './worker/load.ts';
import { revise } from './worker/revise.ts';
import { roomsArm, roomsFinish, roomsReceived, roomsSend } from '../cluster/rooms-live.ts';

/**
 * A process of socket.io clients, driven by the benchmark over IPC. The
 * load is spread over several of these so that no single client process
 * (one core's worth of JSON parsing) becomes what is being measured.
 */

const clients: Client[] = [];
const pick = (indexes: number[]) => indexes.map((i) => clients[i]!);

serve<WorkerApi>(
  {
    clock: () => now(),
    connect: async ({ url, cookies, concurrency }) => {
      const first = clients.length;
      const sockets = await mapLimit(cookies, concurrency, (cookie) => connectClient(url, cookie));
      clients.push(...sockets);
      return { first, count: sockets.length };
    },
    join: ({ clients: indexes, articleId, concurrency, leave }) => joinAll(pick(indexes), articleId, concurrency, leave),
    load: ({ writers, durationMs, summaries, seed }) => updateLoad(clients, writers, durationMs, summaries, seed),
    create: ({ clients: indexes, articleId, specs }) => createClaims(clients, indexes, articleId, specs),
    liveArm: ({ clients: indexes, totalWriters, maxPerWriter, writerClients }) => {
      arm(clients, indexes, totalWriters, maxPerWriter, writerClients);
      return null;
    },
    live: (run) => runWriters(clients, run),
    liveReceived: () => received,
    liveFinish: (arg) => finish(clients, arg),
    revise: ({ editor, observers, articleId, body, baseRevision }) => revise(clients, editor, observers, articleId, body, baseRevision),
    roomsArm: (arg) => {
      roomsArm(clients, arg);
      return null;
    },
    roomsSend: (run) => roomsSend(clients, run),
    roomsReceived: () => roomsReceived,
    roomsFinish: (arg) => roomsFinish(clients, arg),
    disconnect: () => {
      for (const socket of clients.splice(0)) socket.disconnect();
      return null;
    },
  },
  null,
);
