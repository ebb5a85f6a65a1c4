import { concat, now } from '../store/stats.ts';
import { sleep } from '../store/scenarios/figures.ts';
import { SUMMARIES } from '../store/scenarios/growth.ts';
import type { WorkerPool } from '../store/workers.ts';
import type { RoomReceiver, RoomsSent, RoomsStats, RoomsWriter } from './rooms-live.ts';
import { cpuProbe, type CpuShare, type CpuSources } from './cpu.ts';
import type { Setup } from './setups.ts';

/**
 * One paced live-sync run on a setup: every writer of the plan sends
 * `ratePerWriter` changes a second (open loop, writers evenly spaced), and
 * every client of each article records each change of it: latency from
 * the send to the receipt by every client of the article, the sender's
 * receipt being its ack, as store/scenarios/live-sync.ts measures, with the
 * receipts on the writer's node (local) and on the others (remote) kept
 * apart. After the last ack the run waits until receipts stop arriving, so
 * "missing" means never received. `during` runs alongside, `duringAtMs`
 * after the first change (a restart, for the restart runs).
 */
export interface LiveOptions {
  ratePerWriter: number;
  warmupMs: number;
  measureMs: number;
  during?: { atMs: number; run: () => Promise<void> };
}

export interface LiveRun {
  /** Send → ack of the measured acked changes. */
  acks: Float64Array;
  local: Float64Array;
  remote: Float64Array;
  sent: number;
  acked: number;
  /** Receipts expected (clients of the article but the sender, for measured acked changes) and those never received. */
  expectedLocal: number;
  expectedRemote: number;
  missingLocal: number;
  missingRemote: number;
  /** Receipts + acks over measured sends × the clients of their article, in percent. */
  deliveredPct: number;
  delivered: number;
  offered: number;
  duplicates: number;
  unexpected: number;
  outOfOrder: number;
  stragglers: number;
  disconnected: number;
  cpu: CpuShare;
  /** Per measured change, in the controller's clock: when sent, whether acked, receivers that never got it. */
  changes: Array<{ at: number; acked: boolean; missingLocal: number; missingRemote: number }>;
  /** When the first change was due (controller clock). */
  startAt: number;
}

let runs = 0;

export async function liveRun(setup: Setup, pool: WorkerPool, sources: CpuSources, o: LiveOptions): Promise<LiveRun> {
  const { plan } = setup;
  const run = ++runs;
  const durationMs = o.warmupMs + o.measureMs;
  const count = Math.floor(durationMs / (1000 / o.ratePerWriter));
  const seats = plan.seats.map((seat, i) => ({ seat, ref: setup.refs[i]! }));
  const receivers = pool.byWorker(setup.refs, (ref, i): RoomReceiver => ({ client: ref.index, room: plan.seats[i]!.room, node: plan.seats[i]!.node }));
  await Promise.all(pool.workers.map((w, i) => w.call('roomsArm', { run, receivers: receivers[i]!, totalWriters: plan.writers, maxPerWriter: count })));
  const writers: RoomsWriter[][] = pool.workers.map(() => []);
  for (const { seat, ref } of seats) if (seat.writer !== null) writers[ref.worker]!.push({ client: ref.index, writer: seat.writer, claimIds: seat.claimIds });

  const startAt = now() + 500;
  const cpu = cpuProbe(setup, pool, sources);
  const during = o.during ? sleep(startAt + o.during.atMs - now()).then(o.during.run) : Promise.resolve();
  const sentParts = await Promise.all(
    pool.workers.map(async (w, i) => {
      if (writers[i]!.length === 0) return [];
      const send = { run, writers: writers[i]!, totalWriters: plan.writers, ratePerWriter: o.ratePerWriter, durationMs, startAt: pool.toWorker(i, startAt), summaries: SUMMARIES };
      return (await w.call('roomsSend', send)).map((r): RoomsSent => ({ ...r, send: r.send.map((t) => pool.toController(i, t)), ack: r.ack.map((t) => pool.toController(i, t)) }));
    }),
  );
  await during;
  const share = cpu();
  await settle(pool);

  const sent = new Map(sentParts.flat().map((r) => [r.writer, r]));
  const measuredFrom = startAt + o.warmupMs;
  const status: Uint8Array[] = [];
  const send: Float64Array[] = [];
  const acks: number[] = [];
  const writerSeat = new Map(seats.filter(({ seat }) => seat.writer !== null).map((x) => [x.seat.writer!, x]));
  let sentCount = 0;
  let acked = 0;
  let offered = 0;
  const roomSize = (room: number) => plan.seats.filter((s) => s.room === room).length;
  for (let w = 0; w < plan.writers; w++) {
    const r = sent.get(w)!;
    const st = new Uint8Array(r.send.length);
    r.send.forEach((t, k) => {
      const measured = t >= measuredFrom;
      if (measured) {
        sentCount++;
        offered += roomSize(writerSeat.get(w)!.seat.room);
      }
      if (!r.ok[k]) return;
      st[k] = measured ? 2 : 1;
      if (!measured) return;
      acked++;
      acks.push(r.ack[k]! - t);
    });
    status.push(st);
    send.push(r.send);
  }
  const finish = {
    status,
    writerRoom: Array.from({ length: plan.writers }, (_, w) => writerSeat.get(w)!.seat.room),
    writerNode: Array.from({ length: plan.writers }, (_, w) => writerSeat.get(w)!.seat.node),
    writerClient: Array.from({ length: plan.writers }, (_, w) => ({ worker: writerSeat.get(w)!.ref.worker, client: writerSeat.get(w)!.ref.index })),
  };
  const stats: RoomsStats[] = await Promise.all(pool.workers.map((w, i) => w.call('roomsFinish', { ...finish, worker: i, send: send.map((s) => s.map((t) => pool.toWorker(i, t))) })));
  const sum = (pick: (s: RoomsStats) => number) => stats.reduce((n, s) => n + pick(s), 0);
  const missingLocal = sum((s) => s.missingLocal);
  const missingRemote = sum((s) => s.missingRemote);
  const expected = sum((s) => s.expectedLocal + s.expectedRemote);
  const changes: LiveRun['changes'] = [];
  send.forEach((times, w) =>
    times.forEach((at, k) => {
      if (status[w]![k] === 1) return;
      if (at < measuredFrom && status[w]![k] === 0) return;
      changes.push({ at, acked: status[w]![k] === 2, missingLocal: sum((s) => s.missingLocalBy[w]![k]!), missingRemote: sum((s) => s.missingRemoteBy[w]![k]!) });
    }),
  );
  return {
    acks: Float64Array.from(acks),
    local: concat(stats.map((s) => s.local)),
    remote: concat(stats.map((s) => s.remote)),
    sent: sentCount,
    acked,
    expectedLocal: sum((s) => s.expectedLocal),
    expectedRemote: sum((s) => s.expectedRemote),
    missingLocal,
    missingRemote,
    deliveredPct: (100 * (expected - missingLocal - missingRemote + acked)) / Math.max(1, offered),
    delivered: expected - missingLocal - missingRemote + acked,
    offered,
    duplicates: sum((s) => s.duplicates),
    unexpected: sum((s) => s.unexpected),
    outOfOrder: sum((s) => s.outOfOrder),
    stragglers: sum((s) => s.stragglers),
    disconnected: sum((s) => s.disconnected),
    cpu: share,
    changes: changes.sort((a, b) => a.at - b.at),
    startAt,
  };
}

/** Waits until receipts stop arriving (the count unchanged for 3 s, at most a minute). */
async function settle(pool: WorkerPool): Promise<void> {
  const count = async () => (await Promise.all(pool.workers.map((w) => w.call('roomsReceived', null)))).reduce((a, b) => a + b, 0);
  let last = -1;
  for (let still = 0, end = now() + 60_000; still < 3 && now() < end; ) {
    await sleep(1000);
    const n = await count();
    still = n === last ? still + 1 : 0;
    last = n;
  }
}
