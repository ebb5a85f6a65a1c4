import type { Article } from '../../../shared/domain/schemas.ts';
import type { ArticleCreateInput } from '../../../shared/protocol/payloads.ts';
import type { ArticleSummary } from '../state/api.ts';
import { requestJson, type Result } from '../state/http.ts';

/** What the server makes of an uploaded file: text only, never markup. */
export interface ExtractedArticle {
  title: string;
  byline: string;
  body: string[];
  lang: string;
  dir: 'rtl' | 'ltr';
}

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
