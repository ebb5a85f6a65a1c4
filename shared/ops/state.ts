import { bodyText } from '../domain/article.ts';
import type { Article, Claim } from '../domain/schemas.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import { OffsetIndex } from '../text/codepoints.ts';
import type { ApplyResult, OpContext, WorkspaceState } from './types.ts';

/** Small helpers the operations share. */

export const fail = (code: ApiError['code'], current?: Claim): ApplyResult<never> =>
  current ? { ok: false, error: apiError(code), current } : { ok: false, error: apiError(code) };

/** An own entry of a record; ids come from untrusted peers, so never the prototype's. */
export function lookup<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

export function liveClaim(state: WorkspaceState, id: string): Claim | undefined {
  const claim = lookup(state.claims, id);
  return claim && !claim.deleted ? claim : undefined;
}

/** A claim must cover something readable: not only spaces, diacritics or format marks. */
export function hasVisibleText(text: string): boolean {
  return /[^\s\p{M}\p{Cf}]/u.test(text);
}

/** The claim after a change by `ctx.actor`: one version more, and who and when. */
export function bump(claim: Claim, patch: Partial<Claim>, ctx: OpContext): Claim {
  return { ...claim, ...patch, version: claim.version + 1, updatedBy: ctx.actor, updatedById: ctx.actorId, updatedAt: ctx.now };
}

export function withClaim<S extends WorkspaceState>(state: S, claim: Claim): S {
  return { ...state, claims: { ...state.claims, [claim.id]: claim } };
}

/** Offset indexes are cached per article object; articles are immutable. */
const indexes = new WeakMap<Article, OffsetIndex>();
export function articleIndex(article: Article): OffsetIndex {
  let index = indexes.get(article);
  if (!index) {
    index = new OffsetIndex(bodyText(article.body));
    indexes.set(article, index);
  }
  return index;
}
