import { join } from 'node:path';
import { createArticle } from '../../../../server/commands/article-commands.ts';
import { seedWorkspace } from '../../../../server/seed/seed-article.ts';
import { JsonWorkspaceStore } from '../../../../server/store/json-store.ts';
import type { Article, Claim } from '../../../../shared/domain/schemas.ts';
import { applyOperation } from '../../../../shared/ops/apply.ts';
import { seedAccount } from '../../../helpers/server-process.ts';
import { startIsnad, stopIsnad } from '../servers.ts';
import { now, summarize, type Summary } from '../stats.ts';
import { claimSpecs, generateArticle, type Lang } from '../text-gen.ts';

/**
 * "Checked before" and claim search against the size of the workspace:
 * the same queries on a workspace of 2,000 claims and one ten times larger,
 * through the real server (its own process, as npm start runs it) over
 * HTTP. The term index makes a query cost its terms' capped posting lists,
 * so the latency should hardly move with the size; a scan of every claim
 * would grow tenfold.
 *
 * The workspaces are written straight into the store (articles from the
 * benchmark's text generator, half Arabic and half English, 200 claims
 * each, with their generated summaries, sources and verdicts): what is
 * measured is the reads, and building 20,000 claims over socket.io would
 * take most of the run. Requests go one at a time, so latency is the
 * server's work, not a queue.
 */

export interface SimilarConfig {
  sizes: number[];
  claimsPerArticle: number;
  /** Requests per route and size, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
}

export const SIMILAR_FULL: SimilarConfig = { sizes: [2_000, 20_000], claimsPerArticle: 200, requests: 300, warmup: 30 };
export const SIMILAR_QUICK: SimilarConfig = { sizes: [200, 2_000], claimsPerArticle: 100, requests: 40, warmup: 5 };

export interface SimilarSize {
  claims: number;
  articles: number;
  /** Server start on this workspace (the index is built while the snapshot loads), ms. */
  startMs: number;
  similar: Summary;
  search: Summary;
  /** Mean number of claims listed per answer. */
  similarFound: number;
  searchFound: number;
}

const SEARCHES = ['الذخائر المدفعية', 'كوريا الشمالية روسيا', 'الصواريخ الباليستية', 'زيارة بوتين', 'artillery shells', 'strategic partnership treaty', 'satellite launch', 'soldiers Kursk', 'sanctions', 'الكرملين'];

/** Writes `claims` claims over articles of `perArticle` into a fresh store; returns the claim ids. */
async function buildWorkspace(dbFile: string, claims: number, perArticle: number): Promise<string[]> {
  const store = await JsonWorkspaceStore.open(dbFile, seedWorkspace);
  const ids: string[] = [];
  try {
    const by = { id: 'bench', name: 'Bench' };
    for (let a = 0; ids.length < claims; a++) {
      const lang: Lang = a % 2 === 0 ? 'ar' : 'en';
      const generated = generateArticle(lang, 1_000 + a, 12_000);
      const article: Article = await createArticle(store, { title: generated.title, body: generated.paragraphs.join('\n\n'), lang }, by);
      const state = { articles: { [article.id]: article }, claims: {}, comments: {} };
      const specs = claimSpecs(article.body, Math.min(perArticle, claims - ids.length), lang, 2_000 + a);
      const made: Claim[] = specs.map((s, i) => {
        const ctx = { actor: 'Bench', actorId: 'bench', now: new Date(Date.UTC(2024, 6, 4, 0, 0, i)).toISOString() };
        const input = { articleId: article.id, target: { start: s.start, end: s.end }, summary: s.summary, attributedTo: s.attributedTo, status: s.decision.status };
        const r = applyOperation(state, { type: 'claim:create', id: `bench-${a}-${i}`, input }, ctx);
        if (!r.ok) throw new Error(r.error.message);
        return r.claim;
      });
      await store.transact((tx) => made.forEach((c) => tx.putClaim(c)));
      ids.push(...made.map((c) => c.id));
    }
  } finally {
    await store.close();
  }
  return ids;
}

/** One GET, timed from the request to the parsed answer; returns the milliseconds and how many claims it listed. */
async function timedGet(url: string, cookie: string, path: string, key: 'similar' | 'claims'): Promise<{ ms: number; listed: number }> {
  const start = now();
  const res = await fetch(`${url}${path}`, { headers: { cookie } });
  const body = (await res.json()) as Record<string, unknown[]>;
  const ms = now() - start;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return { ms, listed: body[key]!.length };
}

/**
 * Every size's server runs at once and the requests take turns between
 * them (2,000, 20,000, 2,000, ...): on a machine shared with other work,
 * a busy moment then slows both sizes alike instead of one of them.
 */
export async function runSimilarBench(cfg: SimilarConfig, dir: string, log: (s: string) => void): Promise<SimilarSize[]> {
  const servers: Array<{ size: number; ids: string[]; cookie: string; server: Awaited<ReturnType<typeof startIsnad>> }> = [];
  try {
    for (const size of cfg.sizes) {
      const dbFile = join(dir, `similar-${size}.json`);
      log(`similar claims: building ${size} claims`);
      const ids = await buildWorkspace(dbFile, size, cfg.claimsPerArticle);
      const cookie = await seedAccount(dbFile, 'Reader', 'viewer');
      servers.push({ size, ids, cookie, server: await startIsnad(dbFile, dir) });
    }
    // The same claims and searches at every size: every 97th claim id, and the fixed searches.
    const similarPath = (ids: string[], i: number) => `/api/claims/${ids[(i * 97) % ids.length]!}/similar`;
    const searchPath = (i: number) => `/api/claims/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`;
    const samples = servers.map(() => ({ similar: [] as number[], search: [] as number[], similarListed: 0, searchListed: 0 }));
    log(`similar claims: ${cfg.requests} requests per route and size, in turns`);
    for (let i = -cfg.warmup; i < cfg.requests; i++) {
      for (const [k, { ids, cookie, server }] of servers.entries()) {
        const similar = await timedGet(server.url, cookie, similarPath(ids, i + cfg.warmup), 'similar');
        const search = await timedGet(server.url, cookie, searchPath(i + cfg.warmup), 'claims');
        if (i < 0) continue;
        const s = samples[k]!;
        s.similar.push(similar.ms);
        s.search.push(search.ms);
        s.similarListed += similar.listed;
        s.searchListed += search.listed;
      }
    }
    return servers.map(({ size, server }, k) => ({
      claims: size,
      articles: Math.ceil(size / cfg.claimsPerArticle),
      startMs: server.startMs,
      similar: summarize(samples[k]!.similar),
      search: summarize(samples[k]!.search),
      similarFound: samples[k]!.similarListed / cfg.requests,
      searchFound: samples[k]!.searchListed / cfg.requests,
    }));
  } finally {
    for (const { server } of servers) await stopIsnad(server);
  }
}
