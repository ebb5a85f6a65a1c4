import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { claimsBetween, previewRevision, type ClaimEffects } from './revisionPreview.ts';

/** One run of the claim mapping: a draft over the article, or one revision over another. */
export type MappingRequest =
  | { kind: 'preview'; article: Article; claims: readonly Claim[]; body: string }
  | { kind: 'between'; article: Article; claims: readonly Claim[]; older: readonly string[]; newer: readonly string[] };

export interface MappingMessage {
  id: number;
  request: MappingRequest;
}
export interface MappingReply {
  id: number;
  effects: ClaimEffects | null;
}

/** Runs a request where it is; the worker and the in-thread fallback both call this. */
export function computeMapping(request: MappingRequest): ClaimEffects | null {
  return request.kind === 'preview'
    ? previewRevision(request.article, request.claims, request.body)
    : claimsBetween(request.article, request.claims, request.older, request.newer);
}
