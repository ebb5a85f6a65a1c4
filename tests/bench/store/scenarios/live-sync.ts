import type { BenchConfig } from '../config.ts';
import { startRelay, stopPlain } from '../servers.ts';
import { concat, cpuSeconds, now, summarize, type Summary } from '../stats.ts';
import type { LiveWriter, Pad } from '../worker/api.ts';
import type { ClientRef, WorkerPool } from '../workers.ts';
import { sleep } from './figures.ts';
import { SUMMARIES, type Grown } from './growth.ts';

/**
 * Durable live sync: 200 clients in one article of the grown workspace, 10
 * of them writing 250 changes a second between them (open loop, evenly
 * spaced), and the time from each send to its receipt by every client (the
 * sender's receipt is its ack). The bare relay is measured with the same
 * clients, worker processes, pace and tags, in turns with ours (ours,
 * relay, ours, relay). Its messages carry a claim and history entry as
 * large as our broadcasts, so both move the same bytes and the difference
 * is what our server does: validation, the transaction, the journal's fsync.
 */

export interface LiveFigures {
  latency: Summary;
  /** Changes sent after the warm-up, and of those acked ok. */
  sent: number;
  acked: number;
  /** Receipts (broadcasts and acks) expected for acked changes, and those that never came. */
  expected: number;
  missing: number;
  duplicates: number;
  /** Receipts of changes whose ack said they failed (should be none). */
  unexpected: number;
  /** Receipts over sent changes × clients, in percent. */
  deliveredPct: number;
  /** Bytes of JSON in one broadcast. */
  messageBytes: number;
  /** Receiving clients whose connection had dropped by the end. */
  disconnected: number;
  /** Snapshots our server wrote by itself during the run (null for the relay). */
  snapshots: number | null;
  /** CPU used during the run, in percent of one core: the server, and the client processes together. */
  serverCpuPct: number;
  clientCpuPct: number;
}

export interface LiveRate {
  rate: number;
  ours: LiveFigures;
  relay: LiveFigures;
  pairRatios: number[];
}

export interface LiveSyncResult {
  clients: number;
  writers: number;
  rates: LiveRate[];
  maxClockOffsetMs: number;
}

export interface Run {
  figures: LiveFigures;
  latencies: Float64Array;
  sample: Pad | null;
}

export async function runLiveSync(cfg: BenchConfig, pool: WorkerPool, grown: Grown, dir: string, log: (s: string) => void): Promise<LiveSyncResult> {
  const { clients, writers } = cfg.live;
  const article = grown.workspace.articles[1]!;
  const reviewers = grown.workspace.accounts.reviewers;
  const ours = await pool.connect(grown.server.url, Array.from({ length: clients }, (_, i) => reviewers[i % reviewers.length]!), 8);
  const relay = await startRelay(dir);
  const relayed = await pool.connect(relay.url, Array.from({ length: clients }, () => null), 8);
  await joinAll(pool, ours, article.id);
  await joinAll(pool, relayed, article.id);
  await pool.calibrate();
  log(`live sync: ${clients} clients joined on each server`);

  const rates: LiveRate[] = [];
  for (const { rate, pairs } of cfg.live.rates) {
    const oursRuns: Run[] = [];
    const relayRuns: Run[] = [];
    for (let p = 0; p < pairs; p++) {
      const snapshots = async () => (await grown.server.child.call('stats', null)).store.snapshots;
      oursRuns.push(await runOnce(cfg, rate, pool, ours, article.claimIds, null, grown.server.child.pid, snapshots));
      relayRuns.push(await runOnce(cfg, rate, pool, relayed, article.claimIds, oursRuns[0]!.sample, relay.child.pid));
      const [o, r] = [oursRuns.at(-1)!.figures, relayRuns.at(-1)!.figures];
      const line = (f: LiveFigures) => `p99 ${f.latency.p99.toFixed(1)} ms, ${f.deliveredPct.toFixed(1)}% delivered, CPU server ${f.serverCpuPct.toFixed(0)}% clients ${f.clientCpuPct.toFixed(0)}%${f.snapshots ? `, ${f.snapshots} snapshot(s) meanwhile` : ''}`;
      log(`live sync ${rate}/s, pair ${p + 1}: ours ${line(o)}; relay ${line(r)}`);
    }
    rates.push({
      rate,
      ours: pooled(oursRuns, clients),
      relay: pooled(relayRuns, clients),
      pairRatios: oursRuns.map((r, i) => r.figures.latency.p99 / relayRuns[i]!.figures.latency.p99),
    });
  }
  await pool.disconnectAll();
  await stopPlain(relay);
  return { clients, writers, rates, maxClockOffsetMs: pool.maxOffsetMs };
}

async function joinAll(pool: WorkerPool, refs: ClientRef[], articleId: string): Promise<void> {
  const groups = pool.byWorker(refs, (ref) => ref.index);
  await Promise.all(groups.map((clients, w) => (clients.length ? pool.workers[w]!.call('join', { clients, articleId, concurrency: 4, leave: false }) : null)));
}

/** One timed run of live sync on the clients `refs` (already joined); exported for trying variations by hand. */
export async function runOnce(
  cfg: BenchConfig,
  rate: number,
  pool: WorkerPool,
  refs: ClientRef[],
  claimIds: string[],
  pad: Pad | null,
  serverPid: number,
  snapshots: () => Promise<number | null> = async () => null,
): Promise<Run> {
  const { writers, warmupMs, measureMs } = cfg.live;
  const perWriter = rate / writers;
  const durationMs = warmupMs + measureMs;
  const count = Math.floor(durationMs / (1000 / perWriter));
  // The first `writers` clients write, each on its own slice of the article's claims.
  const writerRefs = refs.slice(0, writers);
  const slice = Math.floor(claimIds.length / writers);
  const plan = pool.byWorker(writerRefs, (ref, w): LiveWriter => ({ client: ref.index, writer: w, claimIds: claimIds.slice(w * slice, (w + 1) * slice) }));
  const everyone = pool.byWorker(refs, (ref) => ref.index);
  await Promise.all(
    pool.workers.map((worker, i) =>
      worker.call('liveArm', {
        clients: everyone[i]!,
        totalWriters: writers,
        maxPerWriter: count,
        writerClients: Object.fromEntries(plan[i]!.map((w) => [w.writer, w.client])),
      }),
    ),
  );
  const startAt = now() + 500;
  const cpu = () => ({ at: now(), server: cpuSeconds(serverPid), clients: pool.workers.reduce((n, w) => n + cpuSeconds(w.pid), 0) });
  const before = cpu();
  const snapshotsBefore = await snapshots();
  const results = (
    await Promise.all(
      pool.workers.map(async (worker, i) => {
        const run = { writers: plan[i]!, totalWriters: writers, ratePerWriter: perWriter, durationMs, startAt: pool.toWorker(i, startAt), summaries: SUMMARIES, pad };
        return (await worker.call('live', run)).map((r) => ({ ...r, send: r.send.map((t) => pool.toController(i, t)), ack: r.ack.map((t) => pool.toController(i, t)) }));
      }),
    )
  ).flat();
  const after = cpu();
  const snapshotsAfter = await snapshots();
  const pct = (key: 'server' | 'clients') => (100 * (after[key] - before[key])) / ((after.at - before.at) / 1000);
  await settle(pool);

  const measuredFrom = startAt + warmupMs;
  const send: Float64Array[] = [];
  const status: Uint8Array[] = [];
  const ackLatency: number[] = [];
  let sent = 0;
  let acked = 0;
  for (const r of results.sort((a, b) => a.writer - b.writer)) {
    const st = new Uint8Array(r.send.length);
    r.send.forEach((t, k) => {
      const measured = t >= measuredFrom;
      if (measured) sent++;
      if (!r.ok[k]) return;
      st[k] = measured ? 2 : 1;
      if (!measured) return;
      acked++;
      // The sender's receipt is its ack.
      ackLatency.push(r.ack[k]! - t);
    });
    send.push(r.send);
    status.push(st);
  }
  const stats = await Promise.all(pool.workers.map((worker, i) => worker.call('liveFinish', { send: send.map((s) => s.map((t) => pool.toWorker(i, t))), status })));
  const latencies = concat([...stats.map((s) => s.latency), Float64Array.from(ackLatency)]);
  const expected = stats.reduce((n, s) => n + s.expected, 0) + acked;
  const missing = stats.reduce((n, s) => n + s.missing, 0);
  const sample = results.find((r) => r.sample)?.sample ?? null;
  const summary = `${SUMMARIES[0]} #0.0`;
  const messageBytes = Buffer.byteLength(JSON.stringify(pad ? { id: claimIds[0], changes: { summary }, claim: { ...pad.claim, summary }, history: pad.history } : { articleId: sample?.claim.articleId, seq: 1, claim: sample?.claim, history: sample?.history }));
  return {
    figures: {
      latency: summarize(latencies),
      sent,
      acked,
      expected,
      missing,
      duplicates: stats.reduce((n, s) => n + s.duplicates, 0),
      unexpected: stats.reduce((n, s) => n + s.unexpected, 0),
      deliveredPct: (100 * (expected - missing)) / Math.max(1, sent * refs.length),
      messageBytes,
      disconnected: stats.reduce((n, s) => n + s.disconnected, 0),
      snapshots: snapshotsAfter === null || snapshotsBefore === null ? null : snapshotsAfter - snapshotsBefore,
      serverCpuPct: pct('server'),
      clientCpuPct: pct('clients'),
    },
    latencies,
    sample,
  };
}

/**
 * Waits until no more broadcasts arrive (the count of receipts stays the
 * same for 3 s, at most 2 minutes): on an overloaded machine they keep
 * coming long after the last ack, and a receipt is only missing if it never
 * comes.
 */
async function settle(pool: WorkerPool): Promise<void> {
  const count = async () => (await Promise.all(pool.workers.map((w) => w.call('liveReceived', null)))).reduce((a, b) => a + b, 0);
  let last = -1;
  let still = 0;
  for (const end = now() + 120_000; still < 3 && now() < end; ) {
    await sleep(1000);
    const n = await count();
    still = n === last ? still + 1 : 0;
    last = n;
  }
}

/** Runs of one server as one: latencies pooled, counts added. */
function pooled(runs: Run[], clients: number): LiveFigures {
  const sum = (pick: (f: LiveFigures) => number) => runs.reduce((n, r) => n + pick(r.figures), 0);
  const sent = sum((f) => f.sent);
  const expected = sum((f) => f.expected);
  const missing = sum((f) => f.missing);
  return {
    latency: summarize(concat(runs.map((r) => r.latencies))),
    sent,
    acked: sum((f) => f.acked),
    expected,
    missing,
    duplicates: sum((f) => f.duplicates),
    unexpected: sum((f) => f.unexpected),
    deliveredPct: (100 * (expected - missing)) / Math.max(1, sent * clients),
    messageBytes: runs[0]!.figures.messageBytes,
    disconnected: Math.max(...runs.map((r) => r.figures.disconnected)),
    snapshots: runs[0]!.figures.snapshots === null ? null : sum((f) => f.snapshots ?? 0),
    serverCpuPct: sum((f) => f.serverCpuPct) / runs.length,
    clientCpuPct: sum((f) => f.clientCpuPct) / runs.length,
  };
}
