import { now } from '../stats.ts';
import type { Client, ReviseResult } from './api.ts';
import { nextOpId } from './op-ids.ts';

/**
 * One article:revise by an editor, timed from the send to its ack, and to
 * the article:revised broadcast at each observer (colleagues with the
 * article open, whose pages update in place).
 */
export async function revise(clients: Client[], editor: number, observers: number[], articleId: string, body: string, baseRevision: number): Promise<ReviseResult> {
  const start = now();
  const observed = observers.map(
    (index) =>
      new Promise<number>((resolve) => {
        const socket = clients[index]!;
        const timer = setTimeout(() => resolve(Number.NaN), 60_000);
        socket.once('article:revised', () => {
          clearTimeout(timer);
          resolve(now() - start);
        });
      }),
  );
  const ack = await clients[editor]!.timeout(60_000).emitWithAck('article:revise', { articleId, body, baseRevision, opId: nextOpId('r') });
  const ackMs = now() - start;
  if (!ack.ok) return { ackMs, observedMs: [], moved: 0, orphaned: 0, unchanged: 0, error: ack.error.code };
  return {
    ackMs,
    observedMs: await Promise.all(observed),
    moved: ack.result.moved.length,
    orphaned: ack.result.orphaned.length,
    unchanged: ack.result.unchanged.length,
    error: null,
  };
}
