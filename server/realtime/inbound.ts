import { z } from 'zod';
import { firstInvalidField } from '../../shared/protocol/payloads.ts';
import { hasBinary, hasPoisonedKeys } from '../../shared/protocol/poisoned-keys.ts';
import { apiError } from '../../shared/protocol/errors.ts';
import type { Ack, ClientToServerEvents } from '../../shared/protocol/events.ts';
import type { IsnadSocket } from './socket-types.ts';
import { storeErrorCode } from '../store/store.ts';

export type Reply = (result: Ack<object>) => void;

/** What a handler gets: the validated payload. */
export type Handler<T> = (input: T) => Promise<Ack<object>> | Ack<object>;

export interface InboundGuards {
  /** Checked before the payload is even parsed; returns an error ack to refuse. */
  before?: (event: string) => Promise<Ack<object> | null> | Ack<object> | null;
  onCrash: (error: unknown, event: string) => void;
}

/**
 * Registers one inbound event. The event map's types describe well-behaved
 * clients only; here every packet is treated as unknown: refused if it
 * carries binary attachments, checked for prototype-poisoning keys, parsed with its schema, and answered with an
 * error ack instead of throwing. A packet with no ack callback is still
 * processed, just not answered.
 */
export function onEvent<S extends z.core.$ZodType>(
  socket: IsnadSocket,
  event: keyof ClientToServerEvents,
  schema: S,
  handler: Handler<z.infer<S>>,
  guards: InboundGuards,
): void {
  const raw = socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void };
  raw.on(event, (...args: unknown[]) => {
    // A client that sends only a callback gets it as the first argument.
    const callback = args.find((a): a is Reply => typeof a === 'function');
    const payload = typeof args[0] === 'function' ? undefined : args[0];
    const reply: Reply = callback ?? (() => {});
    void (async () => {
      try {
        // Binary first: the other checks would walk an attachment byte by byte.
        if (args.some((a) => hasBinary(a))) return reply({ ok: false, error: apiError('invalid_payload') });
        const refused = await guards.before?.(event);
        if (refused) return reply(refused);
        if (hasPoisonedKeys(payload)) return reply({ ok: false, error: apiError('invalid_payload') });
        const parsed = z.safeParse(schema, payload);
        if (!parsed.success) {
          return reply({ ok: false, error: apiError('invalid_payload', firstInvalidField(parsed.error)) });
        }
        reply(await handler(parsed.data));
      } catch (error) {
        // A store that is closing or cannot write is an answer, not a crash.
        const refused = storeErrorCode(error);
        if (refused) return reply({ ok: false, error: apiError(refused) });
        guards.onCrash(error, event);
        reply({ ok: false, error: apiError('internal_error') });
      }
    })();
  });
}
