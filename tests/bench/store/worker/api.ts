import type { Socket } from 'socket.io-client';
import type { Claim, HistoryEntry } from '../../../../shared/domain/schemas.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../shared/protocol/events.ts';
import type { ClaimSpec } from '../text-gen.ts';
import type { RoomsArm, RoomsFinish, RoomsSend, RoomsSent, RoomsStats } from '../../cluster/rooms-live.ts';

/**
 * What a client worker process does on the controller's behalf (see
 * client-worker.ts). Clients are numbered in the order they were connected;
 * times are in the worker's own clock (performance.timeOrigin + now()), which
 * the controller relates to its own by measuring the offset.
 */

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LoadWriter {
  client: number;
  claimIds: string[];
}

export interface LoadResult {
  /** When each acked update was sent, and its round trip to the ack (ms). */
  sent: Float64Array;
  latency: Float64Array;
  /** Acks that changed something (durable updates), that changed nothing, and errors by code. */
  ok: number;
  unchanged: number;
  errors: Record<string, number>;
}

/** A realistic broadcast body (claim and history entry) for the size-matched relay. */
export interface Pad {
  claim: Claim;
  history: HistoryEntry;
}

export interface LiveWriter {
  client: number;
  /** Global writer number: tags are `#writer.k`. */
  writer: number;
  claimIds: string[];
}

export interface LiveRun {
  writers: LiveWriter[];
  totalWriters: number;
  ratePerWriter: number;
  durationMs: number;
  /** When the first message is due, in this worker's clock. */
  startAt: number;
  summaries: string[];
  /** Sent along to the relay so that what it relays is as large as our broadcasts. */
  pad: Pad | null;
}

export interface LiveWriterResult {
  writer: number;
  send: Float64Array;
  ack: Float64Array;
  ok: Uint8Array;
  /** One acked claim and its history entry, to pad the relay's messages with. */
  sample: Pad | null;
}

/** Per global writer: 0 failed or not sent, 1 acked during warm-up, 2 acked and measured. */
export interface LiveFinish {
  send: Float64Array[];
  status: Uint8Array[];
}

export interface LiveStats {
  latency: Float64Array;
  expected: number;
  missing: number;
  duplicates: number;
  unexpected: number;
  /** Receiving clients whose connection had dropped by the end. */
  disconnected: number;
}

export interface ReviseResult {
  ackMs: number;
  /** When each observer got article:revised, from the send (ms). */
  observedMs: number[];
  moved: number;
  orphaned: number;
  unchanged: number;
  error: string | null;
}

export interface WorkerApi {
  clock: { arg: null; result: number };
  connect: { arg: { url: string; cookies: Array<string | null>; concurrency: number }; result: { first: number; count: number } };
  join: { arg: { clients: number[]; articleId: string; concurrency: number; leave: boolean }; result: Float64Array };
  load: { arg: { writers: LoadWriter[]; durationMs: number; summaries: string[]; seed: number }; result: LoadResult };
  create: { arg: { clients: number[]; articleId: string; specs: ClaimSpec[] }; result: { claimIds: Array<string | null>; errors: Record<string, number> } };
  /** Starts recording every claim:updated these clients receive. */
  liveArm: { arg: { clients: number[]; totalWriters: number; maxPerWriter: number; writerClients: Record<number, number> }; result: null };
  live: { arg: LiveRun; result: LiveWriterResult[] };
  /** Receipts recorded since liveArm. */
  liveReceived: { arg: null; result: number };
  liveFinish: { arg: LiveFinish; result: LiveStats };
  revise: { arg: { editor: number; observers: number[]; articleId: string; body: string; baseRevision: number }; result: ReviseResult };
  disconnect: { arg: null; result: null };
  /** Live sync over several articles and nodes (tests/bench/cluster/rooms-live.ts). */
  roomsArm: { arg: RoomsArm; result: null };
  roomsSend: { arg: RoomsSend; result: RoomsSent[] };
  roomsReceived: { arg: null; result: number };
  roomsFinish: { arg: RoomsFinish; result: RoomsStats };
}
