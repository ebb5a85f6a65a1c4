import { randomUUID } from 'node:crypto';
import { detectDirection, detectLanguage, splitParagraphs } from '../../shared/domain/article.ts';
import type { Article } from '../../shared/domain/schemas.ts';
import type { ArticleCreateInput } from '../../shared/protocol/payloads.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';

/** Creates an article from text; language and direction are guessed from the script unless given. */
export function createArticle(store: WorkspaceStore, input: ArticleCreateInput, by: { id: string; name: string }): Promise<Article> {
  const body = splitParagraphs(input.body);
  const sample = body.join(' ');
  const now = new Date().toISOString();
  const article: Article = {
    id: `a-${randomUUID()}`,
    title: input.title,
    byline: input.byline ?? '',
    dateline: input.dateline ?? '',
    lang: input.lang ?? detectLanguage(sample),
    dir: input.dir ?? detectDirection(sample),
    body,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  return store.commit((state) => ({
    next: {
      ...state,
      articles: { ...state.articles, [article.id]: article },
      revisions: { ...state.revisions, [article.id]: [{ revision: 1, body, by: by.name, byId: by.id, at: now }] },
    },
    result: article,
  }));
}
