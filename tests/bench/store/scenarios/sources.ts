import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { OperationRunner } from '../../../../server/commands/operation-runner.ts';
import { seedWorkspace } from '../../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../../server/store/json-store.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../shared/protocol/events.ts';
import { CLAIM_STATUSES } from '../../../../shared/domain/status.ts';
import { seedAccount } from '../../../helpers/server-process.ts';
import { startIsnad, stopIsnad } from '../servers.ts';
import { addArticle } from '../../../helpers/store-ops.ts';
import { summarize, type Summary } from '../stats.ts';
import { mapLimit } from '../worker/connect.ts';

/**
 * The Sources view at two sizes: GET /api/sources and a claim update
 * (which moves a claim between two sources and changes its status, so the
 * kept tallies change) on workspaces of 2,000 and 20,000 claims naming a
 * few hundred sources. Both should cost what they touch (the list of
 * sources, one claim), so the ratio between the sizes should be near 1.
 *
 * The workspace is built in-process through the same command the socket
 * runs (claim:create with its source), then served by a real server
 * process and measured only through its public API.
 */

export interface SourcesFigures {
  claims: number;
  sources: number;
  list: Summary;
  update: Summary;
  /** The control: the same updates changing only the note, which no source tally follows. */
  noteUpdate: Summary;
  buildSeconds: number;
  /** Opening the store at start (loading the snapshot builds the source tallies too). */
  openMs: number;
}

export interface SourcesResult {
  sizes: SourcesFigures[];
}

const CLAIMS_PER_ARTICLE = 100;
const LIST_REQUESTS = 40;
const UPDATES = 300;
/** The sizes take turns this many times. */
const ROUNDS = 20;

/** 400 sources: Arabic and English names, some written two ways (diacritics, hamza) that are one source. */
function sourceNames(): string[] {
  const ar = ['الكرملين', 'البنتاغون', 'واشنطن', 'سيول', 'وزارة الدفاع', 'الأمم المتحدة', 'يوري أوشاكوف', 'وكالة الأنباء المركزية', 'الدول الغربية', 'البيت الأبيض'];
  const en = ['The Kremlin', 'The Pentagon', 'Yuri Ushakov', 'KCNA', 'Western officials', 'The State Department', 'A UN panel', 'Japanese intelligence', 'Analysts in Seoul', 'The Foreign Ministry'];
  const names: string[] = [];
  for (let i = 0; i < 20; i++) for (const n of [...ar, ...en]) names.push(i === 0 ? n : `${n} ${i}`);
  return names;
}

async function build(dbFile: string, claims: number): Promise<number> {
  const started = performance.now();
  const store = await JsonWorkspaceStore.open(dbFile, seedWorkspace);
  const runner = new OperationRunner(store);
  const names = sourceNames();
  try {
    for (let a = 0; a < claims / CLAIMS_PER_ARTICLE; a++) {
      const articleId = await addArticle(store, `Article ${a}`, 20);
      // Concurrent creates share group commits: building 20,000 claims takes seconds, not minutes.
      await mapLimit(
        Array.from({ length: CLAIMS_PER_ARTICLE }, (_, i) => i),
        50,
        async (i) => {
          const n = a * CLAIMS_PER_ARTICLE + i;
          const input = { articleId, target: { start: i * 20, end: i * 20 + 12 }, attributedTo: names[n % names.length]!, status: CLAIM_STATUSES[n % 4]! };
          const { ack } = await runner.run({ type: 'claim:create', input }, { actor: 'Bench', actorId: 'u-bench', now: new Date().toISOString() });
          if (!ack.ok) throw new Error(`create failed: ${ack.error.code}`);
        },
      );
    }
  } finally {
    await store.close();
  }
  return (performance.now() - started) / 1000;
}

/** One size's server, its client and the samples gathered over the rounds. */
interface Target {
  claims: number;
  buildSeconds: number;
  openMs: number;
  url: string;
  cookie: string;
  ids: string[];
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  sources: number;
  list: number[];
  update: number[];
  noteUpdate: number[];
}

async function listOnce(t: Target): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${t.url}/api/sources`, { headers: { cookie: t.cookie } });
  const body = (await res.json()) as { sources: unknown[] };
  if (res.status !== 200) throw new Error(`GET /api/sources: ${res.status}`);
  t.sources = body.sources.length;
  return performance.now() - started;
}

async function updateOnce(t: Target, n: number, changes: Record<string, string>): Promise<number> {
  // 7919 is prime to every size: no claim is picked twice within a run.
  const id = t.ids[(n * 7919) % t.ids.length]!;
  const started = performance.now();
  const ack = await t.socket.timeout(30_000).emitWithAck('claim:update', { id, changes });
  if (!ack.ok) throw new Error(`update: ${ack.error.code}`);
  return performance.now() - started;
}

/** A quarter of every measurement on one size: the sizes take turns, so a busy spell of the shared machine falls on both. */
async function round(t: Target, r: number): Promise<void> {
  for (let i = 0; i < LIST_REQUESTS / ROUNDS; i++) t.list.push(await listOnce(t));
  const per = UPDATES / ROUNDS;
  for (let i = 0; i < per; i++) {
    const n = r * per + i;
    // Both fields differ from what the claim holds: two sources' tallies change.
    t.update.push(await updateOnce(t, n, { attributedTo: n % 2 ? 'الكرملين' : 'الكريملين', status: CLAIM_STATUSES[(n + 1) % 4]! }));
  }
  for (let i = 0; i < per; i++) t.noteUpdate.push(await updateOnce(t, UPDATES + r * per + i, { note: `checked again (${r}.${i})` }));
}

async function start(dir: string, claims: number, log: (s: string) => void): Promise<{ target: Target; stop(): Promise<void> }> {
  const dbFile = join(dir, `sources-${claims}.json`);
  log(`sources: building ${claims.toLocaleString('en')} claims`);
  const buildSeconds = await build(dbFile, claims);
  const cookie = await seedAccount(dbFile, 'Editor', 'editor');
  const ids = Object.keys((await JsonWorkspaceStore.read(dbFile)).dump().claims);
  // The store benchmark's runner: server/main.ts's server, without a start-up deadline (20,000 claims on a busy machine).
  const server = await startIsnad(dbFile, dir);
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const target: Target = { claims, buildSeconds, openMs: server.openMs, url: server.url, cookie, ids, socket, sources: 0, list: [], update: [], noteUpdate: [] };
  return {
    target,
    async stop() {
      socket.close();
      await stopIsnad(server);
      rmSync(dbFile, { force: true });
    },
  };
}

export async function runSources(dir: string, sizes: readonly number[], log: (s: string) => void): Promise<SourcesResult> {
  const running: Array<Awaited<ReturnType<typeof start>>> = [];
  try {
    for (const claims of sizes) running.push(await start(dir, claims, log));
    for (const { target } of running) for (let i = 0; i < 3; i++) await listOnce(target);
    for (let r = 0; r < ROUNDS; r++) {
      log(`sources: round ${r + 1} of ${ROUNDS}`);
      for (const { target } of running) await round(target, r);
    }
    return {
      sizes: running.map(({ target: t }) => ({
        claims: t.claims,
        sources: t.sources,
        list: summarize(t.list),
        update: summarize(t.update),
        noteUpdate: summarize(t.noteUpdate),
        buildSeconds: t.buildSeconds,
        openMs: t.openMs,
      })),
    };
  } finally {
    for (const r of running) await r.stop();
  }
}
