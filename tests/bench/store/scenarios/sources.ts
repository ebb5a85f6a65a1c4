import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { OperationRunner } from '../../../../server/commands/operation-runner.ts';
import { seedWorkspace } from '../../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../../server/store/json-store.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../shared/protocol/events.ts';
import { CLAIM_STATUSES } from '../../../../shared/domain/status.ts';
import { spawnServer, seedAccount } from '../../../helpers/server-process.ts';
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
}

export interface SourcesResult {
  sizes: SourcesFigures[];
}

const CLAIMS_PER_ARTICLE = 100;
const LIST_REQUESTS = 40;
const UPDATES = 300;

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

async function measure(url: string, cookie: string, claimIds: string[]): Promise<{ list: Summary; update: Summary; noteUpdate: Summary; sources: number }> {
  const get = async () => {
    const t = performance.now();
    const res = await fetch(`${url}/api/sources`, { headers: { cookie } });
    const body = (await res.json()) as { sources: unknown[] };
    if (res.status !== 200) throw new Error(`GET /api/sources: ${res.status}`);
    return { ms: performance.now() - t, sources: body.sources.length };
  };
  for (let i = 0; i < 3; i++) await get();
  const list: number[] = [];
  let sources = 0;
  for (let i = 0; i < LIST_REQUESTS; i++) {
    const r = await get();
    list.push(r.ms);
    sources = r.sources;
  }
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const timed = async (changes: (i: number) => Record<string, string>): Promise<Summary> => {
    const times: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const id = claimIds[(i * 7919) % claimIds.length]!;
      const t = performance.now();
      const ack = await socket.timeout(30_000).emitWithAck('claim:update', { id, changes: changes(i) });
      if (!ack.ok) throw new Error(`update: ${ack.error.code}`);
      times.push(performance.now() - t);
    }
    return summarize(times);
  };
  try {
    // Each update changes both fields from what the claim holds (the pick of claims never repeats one within a run).
    const update = await timed((i) => ({ attributedTo: i % 2 ? 'الكرملين' : 'الكريملين', status: CLAIM_STATUSES[(i + 1) % 4]! }));
    const noteUpdate = await timed((i) => ({ note: `checked again (${i})` }));
    return { list: summarize(list), update, noteUpdate, sources };
  } finally {
    socket.close();
  }
}

export async function runSources(dir: string, sizes: readonly number[], log: (s: string) => void): Promise<SourcesResult> {
  const result: SourcesResult = { sizes: [] };
  for (const claims of sizes) {
    const dbFile = join(dir, `sources-${claims}.json`);
    log(`sources: building ${claims.toLocaleString('en')} claims`);
    const buildSeconds = await build(dbFile, claims);
    const cookie = await seedAccount(dbFile, 'Editor', 'editor');
    const ids = Object.keys((await JsonWorkspaceStore.read(dbFile)).dump().claims);
    const server = await spawnServer(dbFile, { MUTATION_RATE: '1000000/1' });
    try {
      log(`sources: measuring at ${claims.toLocaleString('en')} claims`);
      const m = await measure(server.url, cookie, ids);
      result.sizes.push({ claims, sources: m.sources, list: m.list, update: m.update, noteUpdate: m.noteUpdate, buildSeconds });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dbFile, { force: true });
    }
  }
  return result;
}
