import type { DashboardOptions } from './dashboardApi.ts';

/** An article as the filter offers it. */
export interface ArticleChoice {
  id: string;
  title: string;
}

/** What the filter form offers. */
export interface FilterOptions {
  articles: ArticleChoice[];
  sources: Array<{ key: string; name: string }>;
  /** `value` is an account id, or a display name for decisions from before accounts. */
  reviewers: Array<{ value: string; name: string }>;
}

/**
 * The articles the filter offers, kept across answers. An answer for the
 * whole workspace lists every article, oldest first, and replaces the list;
 * one narrowed to an article (whose figures list only that one) and a newly
 * announced article update or add theirs. So choosing an article does not
 * take the others off the list.
 */
export function knownArticles(known: readonly ArticleChoice[], listed: readonly ArticleChoice[], wholeWorkspace: boolean): ArticleChoice[] {
  if (wholeWorkspace) return listed.map(({ id, title }) => ({ id, title }));
  const next = [...known];
  for (const { id, title } of listed) {
    const a = { id, title };
    const at = next.findIndex((k) => k.id === a.id);
    if (at < 0) next.push(a);
    else if (next[at]!.title !== a.title) next[at] = a;
  }
  return next;
}

/** The sources and reviewers the server offers, with everyone who has an account (they may be chosen before their first decision). */
export function filterOptions(articles: ArticleChoice[], options: DashboardOptions, people: ReadonlyArray<{ id: string; name: string }>): FilterOptions {
  const reviewers = new Map<string, string>();
  for (const r of options.reviewers) reviewers.set(r.reviewerId ?? r.name, r.name);
  for (const p of people) if (!reviewers.has(p.id)) reviewers.set(p.id, p.name);
  return {
    articles,
    sources: options.sources,
    reviewers: [...reviewers].map(([value, name]) => ({ value, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
