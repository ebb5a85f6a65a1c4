import type { Article } from '../../../shared/domain/schemas.ts';
import { seedAccount } from '../../helpers/server-process.ts';
import { claimSpecs, generateArticle, type Lang } from './text-gen.ts';
import type { ClientRef, WorkerPool } from './workers.ts';

/**
 * Building a workspace through the public API, as a newsroom would: an
 * editor imports articles (POST /api/articles), reviewers capture claims
 * on them over socket.io. Accounts are the only thing made directly in the
 * store, before the server starts (its file is locked while it runs).
 */

export interface Accounts {
  editor: string;
  reviewers: string[];
}

/** An editor and `reviewers` reviewers, each with a live session; returns their cookies. */
export async function seedAccounts(dbFile: string, reviewers: number): Promise<Accounts> {
  const editor = await seedAccount(dbFile, 'Editor', 'editor');
  const list: string[] = [];
  for (let i = 1; i <= reviewers; i++) list.push(await seedAccount(dbFile, `Reviewer${i}`, 'reviewer'));
  return { editor, reviewers: list };
}

/** POST /api/articles as the editor, from the server's own origin (as the browser app sends it). */
export async function postArticle(url: string, cookie: string, input: { title: string; body: string; lang: Lang }): Promise<Article> {
  const res = await fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { cookie, origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ title: input.title, body: input.body, lang: input.lang }),
  });
  if (res.status !== 201) throw new Error(`POST /api/articles: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { article: Article }).article;
}

export interface BenchArticle {
  id: string;
  lang: Lang;
  body: string[];
  revision: number;
  claimIds: string[];
}

/** The workspace as the benchmark built it: its articles and their claims, in order. */
export class Workspace {
  readonly articles: BenchArticle[] = [];

  constructor(
    readonly accounts: Accounts,
    /** Seeds each article's text and claims, so a run stores the same bytes every time. */
    private readonly seed: number,
  ) {}

  /**
   * The claims the server lists over REST must be exactly those the
   * benchmark created: a guard against counting replayed acks (a reused
   * opId returns the first claim again) or losing any across a restart.
   */
  async verify(url: string): Promise<void> {
    const res = await fetch(`${url}/api/articles`, { headers: { cookie: this.accounts.editor } });
    const { articles } = (await res.json()) as { articles: Array<{ id: string; claimCount: number }> };
    const listed = articles.reduce((n, a) => n + a.claimCount, 0);
    const distinct = new Set(this.articles.flatMap((a) => a.claimIds)).size;
    if (listed !== this.claimCount || distinct !== this.claimCount) {
      throw new Error(`the server lists ${listed} claims, the benchmark created ${distinct} distinct of ${this.claimCount}`);
    }
  }

  get claimCount(): number {
    return this.articles.reduce((n, a) => n + a.claimIds.length, 0);
  }

  /**
   * Imports one article of about `chars` characters and captures `claims`
   * claims on it with the given writers (create, decision, evidence on a
   * quarter). Articles alternate Arabic and English unless `lang` is given.
   */
  async addArticle(url: string, pool: WorkerPool, writers: ClientRef[], claims: number, chars: number, lang?: Lang): Promise<BenchArticle> {
    const n = this.articles.length;
    const language: Lang = lang ?? (n % 2 === 0 ? 'ar' : 'en');
    const generated = generateArticle(language, this.seed + n, chars);
    const article = await postArticle(url, this.accounts.editor, { title: generated.title, body: generated.paragraphs.join('\n\n'), lang: language });
    // Positions are counted on the text as the server stored it.
    const specs = claimSpecs(article.body, claims, language, this.seed * 31 + n);
    const groups = pool.byWorker(writers, (ref) => ref.index);
    const share = Math.ceil(specs.length / writers.length);
    let at = 0;
    const results = await Promise.all(
      groups.map(async (indexes, worker) => {
        if (indexes.length === 0) return { ids: [] as Array<string | null>, errors: {} };
        const mine = specs.slice(at, (at += share * indexes.length));
        const r = await pool.workers[worker]!.call('create', { clients: indexes, articleId: article.id, specs: mine });
        return { ids: r.claimIds, errors: r.errors };
      }),
    );
    const failed = results.flatMap((r) => Object.entries(r.errors));
    if (failed.length) throw new Error(`claims refused on ${article.id}: ${JSON.stringify(failed)}`);
    const entry: BenchArticle = { id: article.id, lang: language, body: article.body, revision: article.revision, claimIds: results.flatMap((r) => r.ids).filter((id): id is string => id !== null) };
    this.articles.push(entry);
    return entry;
  }
}
