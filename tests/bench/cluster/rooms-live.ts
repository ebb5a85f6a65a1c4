import { now } from '../store/stats.ts';
import type { Client } from '../store/worker/api.ts';
import { nextOpId } from '../store/worker/op-ids.ts';

/**
 * Live sync over several articles and nodes, inside a client worker
 * process (client-worker.ts). As store/worker/live.ts, writers send
 * claim:update at a fixed pace (open loop) tagged `#run.writer.k`, and every
 * client records when each change reached it; here each receiver is in one
 * article (its room) and on one node, so a change is expected only by the
 * clients of its article, and latencies are kept apart for receivers on
 * the writer's node (local) and on the others (remote: what the fan-out
 * adapter carries). Each receiver also checks the article's sequence
 * numbers arrive in order: the app takes a lower number after a higher one
 * as a gap and joins again to catch up.
 */

export interface RoomReceiver {
  client: number;
  room: number;
  node: number;
}

export interface RoomsArm {
  /** The run's number: receipts tagged with another (a straggler of an earlier run) are not counted. */
  run: number;
  receivers: RoomReceiver[];
  totalWriters: number;
  maxPerWriter: number;
}

export interface RoomsWriter {
  client: number;
  /** Global writer number: tags are `#run.writer.k`. */
  writer: number;
  claimIds: string[];
}

export interface RoomsSend {
  run: number;
  writers: RoomsWriter[];
  totalWriters: number;
  ratePerWriter: number;
  durationMs: number;
  /** When the first change is due, in this worker's clock. */
  startAt: number;
  summaries: string[];
}

export interface RoomsSent {
  writer: number;
  send: Float64Array;
  ack: Float64Array;
  /** 1: acked and changed something (so broadcast); 0: refused, timed out or not sent. */
  ok: Uint8Array;
}

/** Per global writer: 0 not expected, 1 acked during warm-up, 2 acked and measured (receipts expected). */
export interface RoomsFinish {
  send: Float64Array[];
  status: Uint8Array[];
  writerRoom: number[];
  writerNode: number[];
  writerClient: Array<{ worker: number; client: number }>;
  worker: number;
}

export interface RoomsStats {
  local: Float64Array;
  remote: Float64Array;
  expectedLocal: number;
  expectedRemote: number;
  missingLocal: number;
  missingRemote: number;
  /** Per writer and change: how many of this worker's receivers on the writer's node, and on the others, never got it. */
  missingLocalBy: Uint16Array[];
  missingRemoteBy: Uint16Array[];
  duplicates: number;
  /** Receipts of changes that were not acked as changed (should be none). */
  unexpected: number;
  /** Broadcasts that came after one of a higher sequence number of the same article. */
  outOfOrder: number;
  /** Receipts of an earlier run's changes, arriving during this one (not counted as receipts). */
  stragglers: number;
  receipts: number;
  disconnected: number;
}

interface Receiver extends RoomReceiver {
  times: Float64Array;
  lastSeq: number;
}

let receivers: Receiver[] = [];
let perWriter = 0;
let writers = 0;
let duplicates = 0;
let outOfOrder = 0;
let stragglers = 0;
let armed = -1;
export let roomsReceived = 0;

/** The tag is at the end of the claim's summary, the first "summary" in the raw packet (see store/worker/live.ts). */
const TAG = /"summary":"[^"]*#(\d+)\.(\d+)\.(\d+)"/;
/** The broadcast's own seq closes the payload ({ articleId, claim, history, seq }). */
const SEQ = /"seq":(\d+)\}\]$/;

export function roomsArm(clients: Client[], arm: RoomsArm): void {
  for (const r of receivers) clients[r.client]?.off('claim:updated');
  writers = arm.totalWriters;
  perWriter = arm.maxPerWriter;
  duplicates = 0;
  outOfOrder = 0;
  stragglers = 0;
  armed = arm.run;
  roomsReceived = 0;
  receivers = arm.receivers.map((spec) => {
    const receiver: Receiver = { ...spec, times: new Float64Array(writers * perWriter).fill(Number.NaN), lastSeq: 0 };
    clients[spec.client]!.on('claim:updated', (payload: unknown) => {
      const at = now();
      const text = typeof payload === 'string' ? payload : '';
      const seq = SEQ.exec(text);
      if (seq) {
        if (Number(seq[1]) < receiver.lastSeq) outOfOrder++;
        receiver.lastSeq = Math.max(receiver.lastSeq, Number(seq[1]));
      }
      const tag = TAG.exec(text);
      if (!tag) return;
      if (Number(tag[1]) !== armed) {
        stragglers++;
        return;
      }
      const slot = Number(tag[2]) * perWriter + Number(tag[3]);
      if (!Number.isNaN(receiver.times[slot]!)) duplicates++;
      else {
        receiver.times[slot] = at;
        roomsReceived++;
      }
    });
    return receiver;
  });
}

/** Sends every writer's changes on schedule (writers spread evenly over the interval) and waits for their acks. */
export async function roomsSend(clients: Client[], run: RoomsSend): Promise<RoomsSent[]> {
  const interval = 1000 / run.ratePerWriter;
  const count = Math.floor(run.durationMs / interval);
  if (count > perWriter) throw new Error(`arm for at least ${count} changes per writer`);
  return Promise.all(
    run.writers.map(async ({ client, writer, claimIds }) => {
      const socket = clients[client]!;
      const send = new Float64Array(count).fill(Number.NaN);
      const ack = new Float64Array(count).fill(Number.NaN);
      const ok = new Uint8Array(count);
      const phase = (writer / run.totalWriters) * interval;
      const acks: Array<Promise<void>> = [];
      for (let k = 0; k < count; k++) {
        const wait = run.startAt + phase + k * interval - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        // The run's number makes every run's text new, so each change changes something.
        const summary = `${run.summaries[(writer * 7 + k) % run.summaries.length]!} #${run.run}.${writer}.${k}`;
        send[k] = now();
        if (!socket.connected) continue;
        acks.push(
          socket
            .timeout(30_000)
            .emitWithAck('claim:update', { id: claimIds[k % claimIds.length]!, changes: { summary }, opId: nextOpId('m') })
            .then((a) => {
              ack[k] = now();
              ok[k] = a.ok && !('history' in a && a.history === null) ? 1 : 0;
            })
            .catch(() => undefined),
        );
      }
      await Promise.all(acks);
      return { writer, send, ack, ok };
    }),
  );
}

/** Latency of every expected change at every receiver of this worker in its article but its sender (send times in this worker's clock). */
export function roomsFinish(clients: Client[], f: RoomsFinish): RoomsStats {
  const local: number[] = [];
  const remote: number[] = [];
  const s = { expectedLocal: 0, expectedRemote: 0, missingLocal: 0, missingRemote: 0, unexpected: 0 };
  const missingLocalBy = f.send.map((sends) => new Uint16Array(sends.length));
  const missingRemoteBy = f.send.map((sends) => new Uint16Array(sends.length));
  for (const r of receivers) {
    for (let w = 0; w < writers; w++) {
      if (f.writerRoom[w] !== r.room) continue;
      if (f.writerClient[w]!.worker === f.worker && f.writerClient[w]!.client === r.client) continue;
      const isLocal = f.writerNode[w] === r.node;
      const sends = f.send[w]!;
      for (let k = 0; k < sends.length; k++) {
        const got = r.times[w * perWriter + k]!;
        const st = f.status[w]![k]!;
        if (st === 0) {
          if (!Number.isNaN(got)) s.unexpected++;
          continue;
        }
        if (st !== 2) continue;
        if (isLocal) s.expectedLocal++;
        else s.expectedRemote++;
        if (Number.isNaN(got)) {
          if (isLocal) s.missingLocal++;
          else s.missingRemote++;
          const by = (isLocal ? missingLocalBy : missingRemoteBy)[w]!;
          by[k] = by[k]! + 1;
        } else (isLocal ? local : remote).push(got - sends[k]!);
      }
    }
  }
  return {
    ...s,
    local: Float64Array.from(local),
    remote: Float64Array.from(remote),
    missingLocalBy,
    missingRemoteBy,
    duplicates,
    outOfOrder,
    stragglers,
    receipts: roomsReceived,
    disconnected: receivers.filter((r) => !clients[r.client]!.connected).length,
  };
}
