import { planMerge, planUnmerge, type MergeRequest } from '../../shared/sources/merge-plan.ts';
import { canonicalKey, groupSources, keysOf, type SourceView } from '../../shared/sources/merges.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { SourceMerge } from '../../shared/sources/merges.ts';
import { suggestMerges, type MergeSuggestion } from '../../shared/sources/suggest-merges.ts';
import type { Article, Claim } from '../../shared/domain/schemas.ts';
import type { WorkspaceReader, WorkspaceStore } from '../store/store.ts';

export type SourceResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; field?: string | undefined };

export interface SourceClaimsAnswer {
  source: SourceView;
  claims: Array<{ claim: Claim; article: Pick<Article, 'id' | 'title' | 'lang' | 'dir'> }>;
  /** The `after` of the next page; null at the end. */
  next: string | null;
}

/** Every source, merged spellings counted as one. Reads the kept tallies, never the claims. */
export async function listSources(store: WorkspaceReader): Promise<{ sources: SourceView[] }> {
  return { sources: groupSources(await store.sourceTallies(), await store.sourceMerges()) };
}

/** Likely merges for an editor to look at: apart from the list, since comparing sources pairwise costs more than listing them. */
export async function mergeSuggestions(store: WorkspaceReader): Promise<{ suggestions: MergeSuggestion[] }> {
  return { suggestions: suggestMerges(groupSources(await store.sourceTallies(), await store.sourceMerges())) };
}

/** A page of one source's live claims (an alias key answers for its merged source), with their articles; not_found for a key no claim or merge uses. */
export async function sourceClaims(store: WorkspaceReader, key: string, page: { limit: number; after?: string | undefined }): Promise<SourceResult<SourceClaimsAnswer>> {
  const merges = await store.sourceMerges();
  const canonical = canonicalKey(merges, key);
  const keys = keysOf(merges, canonical);
  const tallies = (await store.sourceTallies()).filter((t) => keys.includes(t.key));
  const source = groupSources(tallies, merges)[0];
  if (!source) return { ok: false, code: 'not_found' };
  const found = await store.sourceClaims(keys, page);
  const articles = new Map<string, Pick<Article, 'id' | 'title' | 'lang' | 'dir'>>();
  for (const claim of found.items) {
    if (articles.has(claim.articleId)) continue;
    const a = await store.article(claim.articleId);
    if (a) articles.set(a.id, { id: a.id, title: a.title, lang: a.lang, dir: a.dir });
  }
  const claims = found.items.filter((c) => articles.has(c.articleId)).map((claim) => ({ claim, article: articles.get(claim.articleId)! }));
  return { ok: true, value: { source, claims, next: found.next } };
}

export interface Actor {
  id: string;
  name: string;
}

/** Merges `from` into `into` in one transaction; answers with the merged source as it now counts. */
export async function mergeSources(store: WorkspaceStore, request: MergeRequest, actor: Actor, at: string): Promise<SourceResult<SourceView>> {
  const planned = await store.transact(async (tx) => {
    const plan = planMerge(await tx.sourceMerges(), new Map((await tx.sourceTallies()).map((t) => [t.key, t])), request, { by: actor.name, byId: actor.id, at });
    if (plan.ok) for (const [alias, merge] of plan.put) tx.putSourceMerge(alias, merge);
    return plan;
  });
  if (!planned.ok) return planned;
  return { ok: true, value: await viewOf(store, planned.into) };
}

/** Undoes a merge: an alias leaves its source, a canonical key dissolves its source. Answers with what the canonical source is now. */
export async function unmergeSource(store: WorkspaceStore, key: string): Promise<SourceResult<{ source: SourceView | null; released: string[] }>> {
  const planned = await store.transact(async (tx) => {
    const plan = planUnmerge(await tx.sourceMerges(), key);
    if (plan.ok) for (const alias of plan.remove) tx.putSourceMerge(alias, null);
    return plan;
  });
  if (!planned.ok) return planned;
  const source = await viewOf(store, planned.into).catch(() => null);
  return { ok: true, value: { source, released: planned.remove } };
}

async function viewOf(store: WorkspaceReader, canonical: string): Promise<SourceView> {
  const merges: Map<string, SourceMerge> = await store.sourceMerges();
  const keys = keysOf(merges, canonical);
  const view = groupSources((await store.sourceTallies()).filter((t) => keys.includes(t.key)), merges)[0];
  if (!view) throw new Error(`source ${canonical} has no live claims`);
  return view;
}
