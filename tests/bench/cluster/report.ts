import { errorText } from '../store/scenarios/figures.ts';
import { machine } from '../store/report.ts';
import { fmt } from '../store/stats.ts';
import type { ClusterResults } from './cluster.bench.ts';
import { liveRatios, p99All, p99Remote, rateRatios, setupFigures, wholeDelivery, type LiveFigures, type SetupFigures } from './figures.ts';
import { adapterChoice, restartTable } from './report-adapter.ts';

/**
 * The several-nodes benchmark as Markdown: the three questions of the
 * issue answered as ratios measured in the same run, then the figures
 * behind them, the restarts, and the adapter chosen. Printed, and written
 * into docs/benchmarks.md (its own section) by tests/bench/run.ts.
 */

export const CLUSTER_HEADING = '## Several nodes on PostgreSQL';

const x = (r: number) => `${fmt(r)}×`;
const ms = (v: number) => `${fmt(v)} ms`;
const mb = (bytes: number) => fmt(bytes / 1e6);
export const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const perRound = (rs: number[]) => (rs.length > 1 ? ` (per round: ${rs.map(x).join(', ')})` : '');
const delivered = (l: LiveFigures) => `${fmt(l.deliveredPct)}%${wholeDelivery(l) ? '' : ' **(not all)**'}`;

export function questionsTable(r: ClusterResults): string {
  const by = (key: string) => setupFigures(r.setups.find((s) => s.spec.key === key)!);
  const [e1, p1, p3, r3] = ['E1', 'P1', 'P3', 'R3'].map(by) as [SetupFigures, SetupFigures, SetupFigures, SetupFigures];
  const rates = r.cfg.live.ratesPerWriter.map((perWriter, i) => ({ i, label: `${perWriter * r.cfg.writers} changes/s` }));
  const sync = (a: SetupFigures, b: SetupFigures, i: number) => `${x(a.live[i]!.all.p99 / b.live[i]!.all.p99)}${perRound(liveRatios(a.result, b.result, i, p99All))}`;
  const rows: string[][] = [
    ...rates.map(({ i, label }) => [`1. Sync p99 (every receipt) at ${label}, 3 nodes / 1 node`, `P1 ${ms(p1.live[i]!.all.p99)}, P3 ${ms(p3.live[i]!.all.p99)}`, sync(p3, p1, i)]),
    ['1. Acked changes/s (closed loop), 3 nodes / 1 node', `P1 ${fmt(p1.throughput.perSecond)}/s, P3 ${fmt(p3.throughput.perSecond)}/s`, `${x(p3.throughput.perSecond / p1.throughput.perSecond)}${perRound(rateRatios(p3.result, p1.result))}`],
    ['1. Delivered (paced runs)', `P1 ${deliveredAll(p1)}, P3 ${deliveredAll(p3)}`, '—'],
    ['2. Acked changes/s (closed loop), PostgreSQL / embedded, 1 node', `E1 ${fmt(e1.throughput.perSecond)}/s, P1 ${fmt(p1.throughput.perSecond)}/s`, `${x(p1.throughput.perSecond / e1.throughput.perSecond)}${perRound(rateRatios(p1.result, e1.result))}`],
    [
      '2. Update p50 / p99 (closed loop), PostgreSQL / embedded',
      `E1 ${fmt(e1.throughput.latency.p50)} / ${ms(e1.throughput.latency.p99)}, P1 ${fmt(p1.throughput.latency.p50)} / ${ms(p1.throughput.latency.p99)}`,
      `${x(p1.throughput.latency.p50 / e1.throughput.latency.p50)} / ${x(p1.throughput.latency.p99 / e1.throughput.latency.p99)}`,
    ],
    [`2. Joining the ${r.base.hotClaims}-claim article (median of ${r.cfg.joins}, at rest), PostgreSQL / embedded`, `E1 ${ms(e1.result.join.p50)}, P1 ${ms(p1.result.join.p50)}`, x(p1.result.join.p50 / e1.result.join.p50)],
    ...rates.map(({ i, label }) => [`2. Sync p99 (every receipt) at ${label}, PostgreSQL / embedded`, `E1 ${ms(e1.live[i]!.all.p99)}, P1 ${ms(p1.live[i]!.all.p99)}`, sync(p1, e1, i)]),
    ...rates.map(({ i, label }) => [
      `3. Cross-node delivery p50 / p99 at ${label}, Redis Streams / postgres adapter`,
      `P3 ${fmt(p3.live[i]!.remote.p50)} / ${ms(p3.live[i]!.remote.p99)}, R3 ${fmt(r3.live[i]!.remote.p50)} / ${ms(r3.live[i]!.remote.p99)}`,
      `${x(r3.live[i]!.remote.p50 / p3.live[i]!.remote.p50)} / ${x(r3.live[i]!.remote.p99 / p3.live[i]!.remote.p99)}${perRound(liveRatios(r3.result, p3.result, i, p99Remote))}`,
    ]),
    ['3. Acked changes/s (closed loop), Redis Streams / postgres adapter', `P3 ${fmt(p3.throughput.perSecond)}/s, R3 ${fmt(r3.throughput.perSecond)}/s`, `${x(r3.throughput.perSecond / p3.throughput.perSecond)}${perRound(rateRatios(r3.result, p3.result))}`],
    ['3. Delivered (paced runs)', `P3 ${deliveredAll(p3)}, R3 ${deliveredAll(r3)}`, '—'],
  ];
  return table(['question', 'measured', 'ratio'], rows);
}

/** Delivery over every paced run of a setup. */
function deliveredAll(f: SetupFigures): string {
  return f.live.map(delivered).join(' and ');
}

function throughputTable(figures: SetupFigures[]): string {
  return table(
    ['setup', 'acked changes/s', 'per writer: hot article / others', 'update p50 / p99 (ms)', 'errors', 'PostgreSQL writes per change', 'WAL bytes per change', 'CPU nodes / PostgreSQL / Redis / clients', 'server CPU per change (ms): nodes / PostgreSQL / Redis', 'PostgreSQL connections', 'RSS per node (MB)'],
    figures.map((f) => {
      const t = f.throughput;
      const c = f.throughputCpu;
      return [
        `${f.result.spec.key}: ${f.result.spec.label}`,
        fmt(t.perSecond),
        `${fmt(t.perWriterHot)} / ${fmt(t.perWriterOthers)}`,
        `${fmt(t.latency.p50)} / ${fmt(t.latency.p99)}`,
        errorText(t.errors),
        t.writesPerChange === null ? '—' : fmt(t.writesPerChange),
        t.walBytesPerChange === null ? '—' : fmt(t.walBytesPerChange),
        `${fmt(c.nodes)}% / ${fmt(c.postgres)}% / ${fmt(c.redis)}% / ${fmt(c.clients)}%`,
        [c.nodes, c.postgres, c.redis].map((pct) => fmt((10 * pct) / t.perSecond)).join(' / '),
        t.connections === null ? '—' : String(t.connections),
        f.result.rss.map(mb).join(', '),
      ];
    }),
  );
}

function liveTable(figures: SetupFigures[], cfg: ClusterResults['cfg']): string {
  return table(
    ['setup', 'changes/s', 'sent / acked', 'delivered', 'missing local / remote', 'duplicate / unexpected / from an earlier run', 'out of order', 'all p50 / p99 / max (ms)', 'local p50 / p99', 'remote p50 / p99', 'ack p50 / p99', 'CPU nodes / PostgreSQL / Redis / clients'],
    cfg.live.ratesPerWriter.flatMap((perWriter, i) =>
      figures.map((f) => {
        const l = f.live[i]!;
        return [
          f.result.spec.key,
          String(perWriter * cfg.writers),
          `${l.sent} / ${l.acked}`,
          delivered(l),
          `${l.missingLocal} / ${l.missingRemote}`,
          `${l.duplicates} / ${l.unexpected} / ${l.stragglers}`,
          String(l.outOfOrder),
          `${fmt(l.all.p50)} / ${fmt(l.all.p99)} / ${fmt(l.all.max)}`,
          `${fmt(l.local.p50)} / ${fmt(l.local.p99)}`,
          l.remote.count ? `${fmt(l.remote.p50)} / ${fmt(l.remote.p99)}` : '—',
          `${fmt(l.ack.p50)} / ${fmt(l.ack.p99)}`,
          `${fmt(l.cpu.nodes)}% / ${fmt(l.cpu.postgres)}% / ${fmt(l.cpu.redis)}% / ${fmt(l.cpu.clients)}%`,
        ];
      }),
    ),
  );
}

/** What the ratios mean on one machine, from the CPU each change cost. */
function reading(figures: SetupFigures[]): string {
  const by = (key: string) => figures.find((f) => f.result.spec.key === key)!;
  const [e1, p1, p3] = ['E1', 'P1', 'P3'].map(by) as [SetupFigures, SetupFigures, SetupFigures];
  const perChange = (f: SetupFigures, pct: number) => fmt((10 * pct) / f.throughput.perSecond);
  return `Reading them: all the setups share this machine's two cores, with PostgreSQL and the client processes. Under the closed loop a change cost the nodes ${perChange(e1, e1.throughputCpu.nodes)} ms of CPU on the embedded store, ${perChange(p1, p1.throughputCpu.nodes)} ms on one PostgreSQL node and ${perChange(p3, p3.throughputCpu.nodes)} ms over three (each node encodes every broadcast for its own clients, and takes the others' from the adapter), and PostgreSQL ${perChange(p1, p1.throughputCpu.postgres)} ms (one node) and ${perChange(p3, p3.throughputCpu.postgres)} ms (three). So here three nodes carry fewer changes than one; on machines of their own the nodes add CPU and the database becomes the bound. Within one article changes queue on its row lock, held until each commit's WAL flush: one node's writers got ${fmt(p1.throughput.perWriterHot)} changes/s each in the hot article against ${fmt(p1.throughput.perWriterOthers)} in the others (embedded: ${fmt(e1.throughput.perWriterHot)} against ${fmt(e1.throughput.perWriterOthers)}).`;
}

function joinTable(figures: SetupFigures[]): string {
  return table(['setup', 'join p50 (ms)', 'max (ms)'], figures.map((f) => [f.result.spec.key, fmt(f.result.join.p50), fmt(f.result.join.max)]));
}

export function clusterSection(r: ClusterResults, date: string, cores: number): string {
  const figures = r.setups.map(setupFigures);
  const { cfg } = r;
  const rates = cfg.live.ratesPerWriter.map((perWriter) => `${perWriter * cfg.writers} (${perWriter} per writer)`).join(' and ');
  return `${CLUSTER_HEADING}

Machine: ${machine(cores)}; before each round of this part two busy threads got ${r.coresByRound.map(x).join(', ')} the work of one (the machine is shared: other work on it shows up as rounds that disagree). Date: ${date}. Run: \`npm run bench\`${cfg.quick ? ' -- --quick' : ''} (all of it in one run; every ratio below is between measurements taken minutes apart in that run, and "per round" gives each round's own ratio).

PostgreSQL 15 with fsync on (tests/helpers/postgres-cluster.ts, \`startPostgres()\`), one cluster for the whole benchmark. One workspace (${r.base.articles} articles, ${r.base.claims.toLocaleString('en')} claims: the hot article of ${r.base.hotClaims} claims and ${r.base.articles - 1} of ${cfg.others.claims}) was built through the public API on one PostgreSQL node in ${fmt(r.base.buildSeconds)} s (accounts made in the database before the node started; articles imported with POST /api/articles; claims captured, decided and given evidence over socket.io, each with its own opId), then copied: a fresh database per PostgreSQL setup (\`CREATE DATABASE … TEMPLATE\`) and a db.json for the embedded store (as \`npm run db:copy\` does). Nodes on PostgreSQL are built as server/main.ts builds them with DATABASE_URL (tests/bench/cluster/node-runner.ts; only the adapter differs, see tests/bench/cluster/adapters.ts), the embedded node by tests/bench/store/isnad-runner.ts; \`MUTATION_RATE=1000000/1\` lifts the change budget.

The load, the same for every setup: ${cfg.clients} clients in ${cfg.workers} client processes, client *i* on node *i* mod *n* (round-robin, as a balancer spreads connections), every other client in the hot article and the rest spread over the others (so every article has clients on every node); the first ${cfg.writers} clients write, each on its own claims (a distinct account each). Each setup is measured ${cfg.rounds} time(s), in turns (E1, P1, P3, R3, E1, …), after a warm-up:

- **closed loop** (${cfg.throughputMs / 1000} s): the writers send claim:update (a status and a reworded summary), wait for the durable ack, send the next, while everyone else receives the broadcasts: acked changes/s, update latency, and what a change costs PostgreSQL (transactions that wrote, cluster-wide, and WAL bytes);
- **paced** (${cfg.live.warmupMs / 1000} s warm-up, ${cfg.live.measureMs / 1000} s measured, at ${rates} changes/s, open loop): latency from the send to the receipt by every client of the article, the sender's receipt being its ack, as the store's live-sync benchmark measures it (clock offsets between processes measured, largest ${fmt(r.maxClockOffsetMs)} ms); "local" receivers are on the writer's node, "remote" on another one (what the adapter carries). After the last ack the run waits until receipts stop, so "missing" means never received. "Out of order": broadcasts that came after one with a higher sequence number of the same article (the app holds the early one until the late one comes, see "The adapter").

CPU is in percent of one core over the run: the setup's nodes together / PostgreSQL (postmaster and backends) / redis-server / the client processes.

### The three questions, answered in one run

${questionsTable(r)}

${reading(figures)}

### Closed loop: acked changes per second and their cost

${throughputTable(figures)}

### Paced: receipt latency at every client

${liveTable(figures, cfg)}

### Joining the hot article (${r.base.hotClaims} claims), at rest, ${cfg.joins} times in a row

${joinTable(figures)}

### Broadcasts while PostgreSQL or Redis restarts

${restartTable(r)}

### The adapter

${adapterChoice(r, figures)}

Phases (s): ${Object.entries(r.phases).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}.
`;
}
