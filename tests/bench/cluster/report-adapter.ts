import { fmt } from '../store/stats.ts';
import type { ClusterResults } from './cluster.bench.ts';
import { liveRatios, p99Remote, rateRatios, type SetupFigures } from './figures.ts';
import { WHOLE_AFTER_MS, type RestartFigures } from './restart.ts';

/**
 * The restart runs as a table, and the adapter chosen, with the figures
 * behind the choice. The rule is written down before the figures: Redis
 * Streams (a second service to run) is chosen only if it is clearly faster
 * in every round, else the postgres adapter (PostgreSQL the only service).
 */

/** How much faster Redis must be, in every round, to be worth a second service. */
export const CLEARLY = 1.5;

const span = (w: [number, number] | null) => (w ? `${fmt(w[0] / 1000)} … ${fmt(w[1] / 1000)} s` : '—');
const x = (r: number) => `${fmt(r)}×`;

function exitsText(f: RestartFigures): string {
  if (!f.exits.length) return 'none';
  const byCause = new Map<string, string[]>();
  for (const e of f.exits) byCause.set(`exit ${e.code}: ${e.cause}`, [...(byCause.get(`exit ${e.code}: ${e.cause}`) ?? []), e.setup]);
  return [...byCause].map(([cause, setups]) => `${setups.length} (${[...new Set(setups)].join(', ')}), ${cause}`).join('; ');
}

export function restartTable(r: ClusterResults): string {
  const head = ['what restarted', 'loaded setup', 'away (ms)', 'sent / acked', 'not acked, sent at', "acked but never received: changes with receivers missing on the writer's node / on others", 'receipts missing', 'those sent at', 'slowest receipt (ms)', `whole again ${WHOLE_AFTER_MS / 1000} s after`, 'nodes of any setup that exited'];
  const rows = r.restarts.map((f) => [
    f.title,
    f.setup,
    f.detail ? `${fmt(f.downMs)} (${f.detail})` : fmt(f.downMs),
    `${f.sent} / ${f.acked}`,
    span(f.failedWindow),
    `${f.lostLocal} / ${f.lostRemote}`,
    String(f.missingReceipts),
    span(f.lostWindow),
    fmt(f.worstMs),
    f.wholeAfter === null ? 'run too short' : f.wholeAfter ? 'yes' : '**no**',
    exitsText(f),
  ]);
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
  return `${lines.join('\n')}

The paced load (${r.cfg.writers * r.cfg.live.ratesPerWriter[0]!} changes/s, the same clients) runs ${r.cfg.restart.durationMs / 1000} s; the restart begins ${r.cfg.restart.restartAtMs / 1000} s in, and times ("sent at") are from its beginning. Redis is stopped (SIGTERM) and started again on its port, empty; PostgreSQL gets a fast shutdown and starts again on its directory and port. Every other setup stays up, idle, and is watched (E1 has no database; P1 and R3 lose their PostgreSQL connections too). The nodes are built exactly as server/main.ts builds them: every PostgreSQL connection has an 'error' listener (server/store/pg/pool.ts), so a node outlives its database.`;
}

/** Per-round ratios of R3 over P3 (lower is better for Redis): cross-node p99 at each rate. */
function remoteRatios(p3: SetupFigures, r3: SetupFigures): number[][] {
  return p3.live.map((_, i) => liveRatios(r3.result, p3.result, i, p99Remote));
}

function verdict(ratios: number[], lowerIsBetter: boolean): string {
  const better = (q: number) => (lowerIsBetter ? q < 1 : q > 1);
  if (ratios.every(better)) return 'Redis Streams ahead in every round';
  if (!ratios.some(better)) return 'the postgres adapter ahead in every round';
  return 'each ahead in some rounds (noise, not a difference)';
}

export function adapterChoice(r: ClusterResults, figures: SetupFigures[]): string {
  const by = (key: string) => figures.find((f) => f.result.spec.key === key)!;
  const [e1, p1, p3, r3] = ['E1', 'P1', 'P3', 'R3'].map(by) as [SetupFigures, SetupFigures, SetupFigures, SetupFigures];
  const remote = remoteRatios(p3, r3);
  const rate = rateRatios(r3.result, p3.result);
  const redisClearlyFaster = remote.every((rs) => rs.every((q) => q <= 1 / CLEARLY)) || rate.every((q) => q >= CLEARLY);
  const rates = r.cfg.live.ratesPerWriter.map((perWriter) => perWriter * r.cfg.writers);
  const pgRestart = r.restarts.find((f) => f.setup === 'P3');
  const redisRestart = r.restarts.find((f) => f.setup === 'R3');
  const order = (f: SetupFigures) => f.live.map((l) => l.outOfOrder).join(' and ');
  const extraWrites = p3.throughput.writesPerChange !== null && r3.throughput.writesPerChange !== null ? p3.throughput.writesPerChange - r3.throughput.writesPerChange : Number.NaN;
  const choice = redisClearlyFaster
    ? `**Measured choice: Redis Streams** (${'`'}@socket.io/redis-streams-adapter${'`'}): by the rule above it was at least ${CLEARLY}× faster in every round, which is worth running Redis beside PostgreSQL.`
    : `**Measured choice: keep ${'`'}@socket.io/postgres-adapter${'`'}** (PostgreSQL the only service): Redis Streams was not at least ${CLEARLY}× faster in every round, so it does not pay for a second service to install, secure, watch and keep up; the adapter's two failure modes below are fixed in our code, not by changing the adapter.`;
  return `The rule, fixed before the run: Redis Streams, being a second service, is chosen only if it delivers across nodes at least ${CLEARLY}× faster (p99) in every round at every rate, or carries at least ${CLEARLY}× the acked changes/s in every round.

${choice}

- **Cross-node delivery** (p50 / p99, receivers on another node than the writer): ${rates.map((rt, i) => `at ${rt} changes/s postgres adapter ${fmt(p3.live[i]!.remote.p50)} / ${fmt(p3.live[i]!.remote.p99)} ms, Redis Streams ${fmt(r3.live[i]!.remote.p50)} / ${fmt(r3.live[i]!.remote.p99)} ms (Redis / postgres per round: ${remote[i]!.map(x).join(', ')}; ${verdict(remote[i]!, true)})`).join('; ')}.
- **Throughput** (closed loop): postgres adapter ${fmt(p3.throughput.perSecond)}/s, Redis Streams ${fmt(r3.throughput.perSecond)}/s (per round ${rate.map(x).join(', ')}; ${verdict(rate, false)}). On one machine both are bound by the same two cores and the hot article's row lock, not by the adapter.
- **What each costs to run.** Redis: another process (here ${fmt(r3.throughputCpu.redis)}% of a core under the closed loop, ${fmt(r.redisRss / 1e6)} MB resident), its own configuration, security and monitoring, and while it is down no broadcast leaves any node, not even to the node's own clients (the adapter awaits its XADD before delivering locally; node-redis holds the commands until it reconnects). The postgres adapter: nothing to run, but each broadcast is a PostgreSQL write transaction (${fmt(p3.throughput.writesPerChange ?? Number.NaN)} writes per change against ${fmt(r3.throughput.writesPerChange ?? Number.NaN)} with Redis: ${fmt(extraWrites)} more, a pg_notify whose commit waits for a WAL flush; NOTIFY commits go through PostgreSQL's one notification queue, one at a time), the node's own clients get the broadcast only after that commit too, and it holds one more connection per node for LISTEN.
- **Order.** Broadcasts received after one with a higher sequence number of the same article (at ${rates.join(' and ')} changes/s): E1 ${order(e1)}, P1 ${order(p1)}, P3 ${order(p3)}, R3 ${order(r3)}. On one node (P1) the postgres adapter publishes each broadcast through a pool of connections and delivers it to the node's own clients only when that publish returns, so two broadcasts can swap; the Redis client sends and answers in order on one connection. The client holds a change that overtook another until the late one arrives (client/src/state/workspaceReducer.ts, \`early\`) and joins again with sinceSeq only if it has not come within a second, so every client applies one order.
- **Restarts.** ${pgRestart ? `PostgreSQL away ${fmt(pgRestart.downMs)} ms: nodes that exited: ${exitsText(pgRestart)}; changes were refused while the database was away, and ${pgRestart.lostRemote} acked changes sent ${span(pgRestart.lostWindow)} after the restart began (${pgRestart.missingReceipts} receipts) never reached the other nodes' clients: the adapter reconnects its LISTEN 1 to 3 s after losing it and NOTIFY keeps nothing for a listener that is not there; clients repair that on the article's next change (a gap in the sequence), at the next seq beacon (every 5 s, server/realtime/seq-beacon.ts) or when they reconnect.` : ''} ${redisRestart ? `Redis away ${fmt(redisRestart.downMs)} ms: ${redisRestart.lostLocal + redisRestart.lostRemote} acked changes lost to some clients (${redisRestart.missingReceipts} receipts; an entry still unread when Redis stops is gone with it, nothing being saved), the slowest receipt ${fmt(redisRestart.worstMs)} ms, and no node exited.` : ''}`;
}
