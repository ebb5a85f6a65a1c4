import * as z from 'zod/mini';
import { ArticleSchema, ClaimSchema, CommentSchema, intAtLeast, type Article, type Claim, type Comment } from '../../../shared/domain/schemas.ts';
import { readJson, removeKind, storageKey, writeJson } from './localStore.ts';

/**
 * This browser's copy of an article as the server last had it (numbered
 * state `seq`), per person. It lets a reload without a connection still
 * show the article, the claims and the queued changes on top, and lets the
 * next join ask only for what changed since `seq`.
 */

const CachedSchema = z.object({
  seq: intAtLeast(0),
  article: ArticleSchema,
  claims: z.array(ClaimSchema),
  comments: z.array(CommentSchema),
});
export type CachedWorkspace = { seq: number; article: Article; claims: Claim[]; comments: Comment[] };

const KIND = 'article';
const key = (userId: string, articleId: string) => storageKey(KIND, userId, articleId);

export function loadCachedWorkspace(userId: string, articleId: string): CachedWorkspace | null {
  const cached = readJson(key(userId, articleId), CachedSchema);
  return cached && cached.article.id === articleId ? cached : null;
}

export function saveCachedWorkspace(userId: string, data: CachedWorkspace): void {
  writeJson(key(userId, data.article.id), data);
}

/** On sign-out: the copies go (a shared computer); unsent changes stay for that person's return. */
export function clearCachedWorkspaces(userId: string): void {
  removeKind(KIND, userId);
}
