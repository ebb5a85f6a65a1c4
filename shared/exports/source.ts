import { bodyText } from '../domain/article.ts';
import type { Article, Claim, Comment, HistoryEntry } from '../domain/schemas.ts';
import type { WorkspaceSettings } from '../domain/settings.ts';
import type { DigitStyle } from '../domain/interface-language.ts';
import { claimsInReadingOrder } from '../ops/apply.ts';
import { cmp, emptyCounts, type StatusCounts } from '../dashboard/figures.ts';
import { lastDecision, own, type Decision } from '../dashboard/decisions.ts';
import { sourceKey } from '../sources/source-key.ts';
import { reportLanguageOf, type ReportLanguage } from './labels.ts';

/**
 * What every export is built from. The server's DbData fits it as it is;
 * only the fields named here are ever read, so an export can never carry a
 * password hash, a session or an e-mail address.
 */
export interface ExportSource {
  articles: Readonly<Record<string, Article>>;
  claims: Readonly<Record<string, Claim>>;
  comments: Readonly<Record<string, Comment>>;
  history: Readonly<Record<string, readonly HistoryEntry[]>>;
  /** Accounts by id; only the display name is used (for assignees). */
  users: Readonly<Record<string, { name: string }>>;
  settings: WorkspaceSettings;
  /** Source key → the name its merged source shows, for keys editors merged (shared/sources/); reports name the merged source, and the claim's own spelling beside it where it differs. */
  sourceNames?: Readonly<Record<string, string>>;
}

export interface ExportOptions {
  /** One article, or the whole workspace when absent. */
  articleId?: string;
  /** ISO timestamp written into the export (fixed in tests). */
  exportedAt: string;
  /** The language of a report's own words; the article's language when absent. */
  lang?: ReportLanguage;
  /** The digits of an Arabic report (the workspace's settings.digits); the source's settings when absent. */
  digits?: DigitStyle;
}

/** The chosen language, else the articles' own when they share one, else English. */
export function reportLanguage(options: ExportOptions, articles: readonly Article[]): ReportLanguage {
  if (options.lang) return options.lang;
  const langs = new Set(articles.map((a) => reportLanguageOf(a.lang)));
  return langs.size === 1 ? [...langs][0]! : 'en';
}

/** One claim with what reports say about it. */
export interface ClaimFacts {
  claim: Claim;
  history: readonly HistoryEntry[];
  comments: Comment[];
  lastDecision: Decision | null;
  /** Display name of the assignee; null when nobody is assigned, '' when the account is gone. */
  assignee: string | null;
  /** The source as reports name it: the merged source's name, else the claim's own `attributedTo`. */
  source: string;
}

/** One article as the reports present it: placed claims in reading order, orphans apart. */
export interface ArticleReport {
  article: Article;
  text: string;
  placed: ClaimFacts[];
  orphaned: ClaimFacts[];
  /** placed, then orphaned. */
  all: ClaimFacts[];
  counts: StatusCounts;
}

/** Articles oldest first: a workspace report reads in the order the desk took them up. */
export function articlesInScope(source: ExportSource, articleId?: string): Article[] {
  if (articleId !== undefined) {
    const article = own(source.articles, articleId);
    return article ? [article] : [];
  }
  return Object.values(source.articles).sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

export function articleReports(source: ExportSource, articleId?: string): ArticleReport[] {
  const claimsByArticle = new Map<string, Claim[]>();
  for (const c of Object.values(source.claims)) {
    const list = claimsByArticle.get(c.articleId);
    if (list) list.push(c);
    else claimsByArticle.set(c.articleId, [c]);
  }
  const commentsByClaim = new Map<string, Comment[]>();
  for (const c of Object.values(source.comments).sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id))) {
    const list = commentsByClaim.get(c.claimId);
    if (list) list.push(c);
    else commentsByClaim.set(c.claimId, [c]);
  }
  return articlesInScope(source, articleId).map((article) => {
    const facts = claimsInReadingOrder(claimsByArticle.get(article.id) ?? [], article.id).map((claim): ClaimFacts => {
      const history = own(source.history, claim.id) ?? [];
      return {
        claim,
        history,
        comments: commentsByClaim.get(claim.id) ?? [],
        lastDecision: lastDecision(history),
        assignee: claim.assigneeId === null ? null : (own(source.users, claim.assigneeId)?.name ?? ''),
        source: mergedSourceName(source, claim),
      };
    });
    const placed = facts.filter((f) => !f.claim.orphaned);
    const orphaned = facts.filter((f) => f.claim.orphaned);
    const counts = emptyCounts();
    for (const f of facts) counts[f.claim.status]++;
    return { article, text: bodyText(article.body), placed, orphaned, all: [...placed, ...orphaned], counts };
  });
}

/** The merged source's name for a claim, or its own `attributedTo` when its source is merged with none. */
export function mergedSourceName(source: Pick<ExportSource, 'sourceNames'>, claim: Claim): string {
  if (!source.sourceNames || claim.attributedTo === '') return claim.attributedTo;
  return own(source.sourceNames, sourceKey(claim.attributedTo)) ?? claim.attributedTo;
}
