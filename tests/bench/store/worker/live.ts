import type { ClaimUpdateInput } from '../../../../shared/protocol/payloads.ts';
import { now } from '../stats.ts';
import { nextOpId } from './op-ids.ts';
import type { Client, LiveFinish, LiveRun, LiveStats, LiveWriterResult, Pad } from './api.ts';

/**
 * Live sync: writers send claim:update at a fixed pace (open loop: the
 * next one goes out on time whether or not the last was acked), and every
 * client records when each change reached it. Each change is tagged
 * `#writer.k` at the end of its summary; receipts are kept in one array per
 * client, indexed by writer and k, so 200 clients × thousands of changes
 * cost a few megabytes and no strings.
 */

interface Receiver {
  client: number;
  times: Float64Array;
}

let receivers: Receiver[] = [];
let maxPerWriter = 0;
let totalWriters = 0;
/** Which of this worker's clients is which global writer: its own changes come back as its ack, not a broadcast. */
let writerClient = new Map<number, number>();
let duplicates = 0;
/** Receipts so far, so the controller can wait until deliveries stop arriving. */
export let received = 0;

/**
 * The tag of a broadcast. It arrives as raw packet text (lazy-parser.ts):
 * the first "summary" in it is the claim's (ours) or the change's (the
 * relay's echo), both ending in the tag; summaries contain no quotes.
 */
const TAG = /"summary":"[^"]*#(\d+)\.(\d+)"/;

function tagOf(payload: unknown): [number, number] | null {
  const m = typeof payload === 'string' ? TAG.exec(payload) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export function arm(clients: Client[], indexes: number[], writers: number, perWriter: number, writerClients: Record<number, number>): void {
  for (const c of indexes) clients[c]!.off('claim:updated');
  totalWriters = writers;
  maxPerWriter = perWriter;
  writerClient = new Map(Object.entries(writerClients).map(([w, c]) => [Number(w), c]));
  duplicates = 0;
  received = 0;
  receivers = indexes.map((client) => {
    const times = new Float64Array(writers * perWriter).fill(Number.NaN);
    clients[client]!.on('claim:updated', (payload) => {
      const at = now();
      const tag = tagOf(payload);
      if (!tag) return;
      const slot = tag[0] * maxPerWriter + tag[1];
      if (!Number.isNaN(times[slot]!)) duplicates++;
      else {
        times[slot] = at;
        received++;
      }
    });
    return { client, times };
  });
}

/** Runs so far in this process: part of every summary, so no run repeats an earlier one's text (which would change nothing). */
let runs = 0;

/** Sends every writer's changes on schedule and waits for their acks. */
export async function runWriters(clients: Client[], run: LiveRun): Promise<LiveWriterResult[]> {
  const nonce = ++runs;
  const interval = 1000 / run.ratePerWriter;
  const count = Math.floor(run.durationMs / interval);
  if (count > maxPerWriter) throw new Error(`arm for at least ${count} changes per writer`);
  return Promise.all(
    run.writers.map(async ({ client, writer, claimIds }) => {
      const socket = clients[client]!;
      const send = new Float64Array(count).fill(Number.NaN);
      const ack = new Float64Array(count).fill(Number.NaN);
      const ok = new Uint8Array(count);
      let sample: Pad | null = null;
      // Writers are spread evenly over the interval, so the total rate is steady.
      const phase = (writer / run.totalWriters) * interval;
      const acks: Promise<void>[] = [];
      for (let k = 0; k < count; k++) {
        const due = run.startAt + phase + k * interval;
        const wait = due - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const summary = `${run.summaries[(writer * 7 + k) % run.summaries.length]!} [${nonce}] #${writer}.${k}`;
        const payload: ClaimUpdateInput = { id: claimIds[k % claimIds.length]!, changes: { summary }, opId: nextOpId('l') };
        const body = run.pad ? { ...payload, claim: { ...run.pad.claim, summary }, history: run.pad.history } : payload;
        send[k] = now();
        acks.push(
          socket
            .timeout(30_000)
            .emitWithAck('claim:update', body)
            .then((a) => {
              ack[k] = now();
              // An ack without a history entry changed nothing, so nothing was broadcast: not a delivered change.
              ok[k] = a.ok && !('history' in a && a.history === null) ? 1 : 0;
              if (a.ok && !sample && 'claim' in a && a.history) sample = { claim: a.claim, history: a.history };
            })
            .catch(() => undefined),
        );
      }
      await Promise.all(acks);
      return { writer, send, ack, ok, sample };
    }),
  );
}

/**
 * Latency of every measured change to every client of this worker but its
 * sender: receipt minus send (the controller has put the send times into
 * this worker's clock). Missing receipts and duplicates are counted.
 */
export function finish(clients: Client[], { send, status }: LiveFinish): LiveStats {
  const latency: number[] = [];
  let expected = 0;
  let missing = 0;
  let unexpected = 0;
  for (const { client, times } of receivers) {
    for (let w = 0; w < totalWriters; w++) {
      if (writerClient.get(w) === client) continue;
      const sends = send[w]!;
      const st = status[w]!;
      for (let k = 0; k < sends.length; k++) {
        const got = times[w * maxPerWriter + k]!;
        if (st[k] === 0) {
          if (!Number.isNaN(got)) unexpected++;
          continue;
        }
        if (st[k] !== 2) continue;
        expected++;
        if (Number.isNaN(got)) missing++;
        else latency.push(got - sends[k]!);
      }
    }
  }
  const disconnected = receivers.filter((r) => !clients[r.client]!.connected).length;
  return { latency: Float64Array.from(latency), expected, missing, duplicates, unexpected, disconnected };
}
