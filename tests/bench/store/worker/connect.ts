import { io } from 'socket.io-client';
import { now } from '../stats.ts';
import type { Client } from './api.ts';
import { lazyParser } from './lazy-parser.ts';

/** Runs `fn` over `items` with at most `limit` at a time; results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/**
 * A client as the app's would be: the session cookie as a header, websocket
 * only, no automatic reconnection (a drop must show). Broadcasts of
 * claim:updated reach listeners unparsed (see lazy-parser.ts).
 */
export function connectClient(url: string, cookie: string | null): Promise<Client> {
  const socket: Client = io(url, {
    extraHeaders: cookie ? { cookie } : {},
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
    parser: lazyParser,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(new Error(`connect to ${url}: ${error.message}`)));
  });
}

/** Joins `articleId` with each client; returns how long each join's ack took (ms), optionally leaving again. */
export async function joinAll(clients: Client[], articleId: string, concurrency: number, leave: boolean): Promise<Float64Array> {
  const times = await mapLimit(clients, concurrency, async (socket) => {
    const start = now();
    const ack = await socket.timeout(60_000).emitWithAck('article:join', { articleId });
    const ms = now() - start;
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    if (leave) await socket.timeout(60_000).emitWithAck('article:leave', { articleId });
    return ms;
  });
  return Float64Array.from(times);
}
