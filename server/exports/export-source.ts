import type { Article, Claim, Comment, HistoryEntry } from '../../shared/domain/schemas.ts';
import type { ExportSource } from '../../shared/exports/source.ts';
import type { WorkspaceReader } from '../store/store.ts';

/**
 * What an export is built from, read from the store: one article's records
 * (what that article costs), or every article's for a workspace export
 * (whose answer is the whole workspace). Undefined for an unknown article.
 */
export async function exportSourceOf(store: WorkspaceReader, articleId?: string): Promise<ExportSource | undefined> {
  const ids = articleId === undefined ? (await store.articleSummaries()).map((a) => a.id) : [articleId];
  const articles: Record<string, Article> = {};
  const claims: Record<string, Claim> = {};
  const comments: Record<string, Comment> = {};
  const history: Record<string, HistoryEntry[]> = {};
  for (const id of ids) {
    const records = await store.articleRecords(id);
    if (!records) return undefined;
    articles[id] = records.article;
    for (const c of records.claims) claims[c.id] = c;
    for (const c of records.comments) comments[c.id] = c;
    Object.assign(history, records.history);
  }
  const users = Object.fromEntries((await store.users()).map((u) => [u.id, { name: u.name }]));
  // Merges name sources in reports; the claims keep their own spelling (a merge is a view).
  const sourceNames: Record<string, string> = {};
  for (const [alias, m] of await store.sourceMerges()) sourceNames[alias] = sourceNames[m.into] = m.name;
  return { articles, claims, comments, history, users, settings: await store.settings(), sourceNames };
}
