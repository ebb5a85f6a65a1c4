import { randomUUID } from 'node:crypto';
import { detectDirection, detectLanguage, splitParagraphs } from '../../shared/domain/article.ts';
import type { Article } from '../../shared/domain/schemas.ts';
import type { ArticleCreateInput } from '../../shared/protocol/payloads.ts';
import type { WorkspaceStore } from '../store/store.ts';

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
  return store.transact((tx) => {
    tx.addRevision(article.id, { revision: 1, by: by.name, byId: by.id, at: now });
    tx.putArticle(article);
    return article;
  });
}
