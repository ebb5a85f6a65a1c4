import type { Article } from '../../../shared/domain/schemas.ts';
import type { ArticleCreateInput, ExtractedArticle } from '../../../shared/protocol/payloads.ts';
import type { ArticleSummary } from '../state/api.ts';
import { requestJson, type Result } from '../state/http.ts';

export type { ExtractedArticle };

export type FileFormat = 'txt' | 'md' | 'html';

/** The articles page's calls, as results (never thrown); tests hand in their own. */
export interface ArticlesApi {
  list(): Promise<Result<{ articles: ArticleSummary[] }>>;
  create(input: ArticleCreateInput): Promise<Result<{ article: Article }>>;
  extract(format: FileFormat, content: string): Promise<Result<ExtractedArticle>>;
}

export const articlesApi: ArticlesApi = {
  list: () => requestJson('GET', '/api/articles'),
  create: (input) => requestJson('POST', '/api/articles', input),
  extract: (format, content) => requestJson('POST', '/api/articles/extract', { format, content }),
};
