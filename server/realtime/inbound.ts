import type { z } from 'zod';
import { describeIssues } from '../../shared/protocol/payloads.ts';
import type { Ack, ClientToServerEvents } from '../../shared/protocol/events.ts';
import type { IsnadSocket } from './socket-types.ts';

export type Reply = (result: Ack<object>) => void;

/** What a handler gets: the validated payload. */
export type Handler<T> = (input: T) => Promise<Ack<object>> | Ack<object>;

/**
 * Registers one inbound event. The event map's types describe well-behaved
 * clients only; here every packet is treated as unknown: parsed with its
 * schema, and answered with an error ack instead of throwing. A packet with
 * no ack callback is still processed, just not answered.
 */
export function onEvent<S extends z.ZodType>(
  socket: IsnadSocket,
  event: keyof ClientToServerEvents,
  schema: S,
  handler: Handler<z.infer<S>>,
  onCrash: (error: unknown, event: string) => void,
): void {
  const raw = socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void };
  raw.on(event, (...args: unknown[]) => {
    // A client that sends only a callback gets it as the first argument.
    const callback = args.find((a): a is Reply => typeof a === 'function');
    const payload = typeof args[0] === 'function' ? undefined : args[0];
    const reply: Reply = callback ?? (() => {});
    void (async () => {
      try {
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          reply({ ok: false, error: { code: 'invalid_payload', message: describeIssues(parsed.error) } });
          return;
        }
        reply(await handler(parsed.data));
      } catch (error) {
        onCrash(error, event);
        reply({ ok: false, error: { code: 'internal_error', message: 'the server could not process this request' } });
      }
    })();
  });
}
