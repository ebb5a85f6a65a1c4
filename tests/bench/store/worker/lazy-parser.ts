import { Decoder, Encoder, PacketType } from 'socket.io-parser';

/**
 * socket.io-client's own parser, except that claim:updated broadcasts are
 * handed to the listener as their raw text instead of being JSON.parsed.
 *
 * Why: 200 clients receiving 250 changes a second is 50,000 messages a
 * second of a few kilobytes each. In a newsroom each browser parses its own
 * share on its own CPU; here all 200 share two cores with the server, and
 * parsing them all would measure this machine's client processes, not the
 * server. The receipt time is still taken when socket.io delivers the
 * packet to the listener, after the frame was read and decoded by
 * engine.io; only the final JSON.parse is skipped (the tag is found in the
 * text). Connecting, joining, acks and every other packet go through the
 * stock decoder. Ours and the relay are received by the very same clients.
 */

const BROADCAST = '2["claim:updated",';

class LazyDecoder extends Decoder {
  override add(obj: unknown): void {
    if (typeof obj === 'string' && obj.startsWith(BROADCAST)) {
      this.emitReserved('decoded', { type: PacketType.EVENT, nsp: '/', data: ['claim:updated', obj] });
      return;
    }
    super.add(obj);
  }
}

export const lazyParser = { Encoder, Decoder: LazyDecoder };
