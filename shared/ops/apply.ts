import { bodyText } from '../domain/article.ts';
import { EDITABLE_FIELDS, type Article, type Claim, type EditableField } from '../domain/schemas.ts';
import { DEFAULT_STATUS } from '../domain/status.ts';
import { describeSpan } from '../anchoring/selectors.ts';
import { LIMITS } from '../limits.ts';
import { apiError, type ApiError } from '../protocol/errors.ts';
import type { ClaimCreateInput, ClaimIdInput, ClaimUpdateInput } from '../protocol/payloads.ts';
import { OffsetIndex } from '../text/codepoints.ts';

/**
 * The one pure function that changes claims. The server runs it before
 * storing; the client runs it for optimistic updates. It never mutates its
 * input: it returns a new state that shares everything it did not change,
 * so the server can keep the last durable state by reference.
 */

export interface WorkspaceState {
  articles: Readonly<Record<string, Article>>;
  claims: Readonly<Record<string, Claim>>;
}

export type Operation =
  /** `id` is chosen by whoever creates the operation (the server). */
  | { type: 'claim:create'; id: string; input: ClaimCreateInput }
  | { type: 'claim:update'; input: ClaimUpdateInput }
  | { type: 'claim:delete'; input: ClaimIdInput }
  | { type: 'claim:restore'; input: ClaimIdInput };

export interface OpContext {
  /** Display name of the person making the change, as history shows it. */
  actor: string;
  /** Their account id; null only for changes made before accounts existed. */
  actorId: string | null;
  /** ISO timestamp of the change. */
  now: string;
}

/** Generic in the state so a caller's extra fields (the server's users, say) pass through. */
export type ApplyResult<S extends WorkspaceState = WorkspaceState> =
  | { ok: true; state: S; claim: Claim; changed: boolean }
  | { ok: false; error: ApiError; current?: Claim };

/** A claim must cover something readable: not only spaces, diacritics or format marks. */
const VISIBLE = /[^\s\p{M}\p{Cf}]/u;

const fail = (code: ApiError['code'], current?: Claim): ApplyResult<never> =>
  current ? { ok: false, error: apiError(code), current } : { ok: false, error: apiError(code) };

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

function withClaim<S extends WorkspaceState>(state: S, claim: Claim): S {
  return { ...state, claims: { ...state.claims, [claim.id]: claim } };
}

function liveClaim(state: WorkspaceState, id: string): Claim | undefined {
  const claim = Object.hasOwn(state.claims, id) ? state.claims[id] : undefined;
  return claim && !claim.deleted ? claim : undefined;
}

function create<S extends WorkspaceState>(state: S, id: string, input: ClaimCreateInput, ctx: OpContext): ApplyResult<S> {
  const article = Object.hasOwn(state.articles, input.articleId) ? state.articles[input.articleId] : undefined;
  if (!article) return fail('not_found');
  if (Object.hasOwn(state.claims, id)) return fail('invalid_payload');
  const index = articleIndex(article);
  const { start, end } = input.target;
  if (end > index.length) {
    return fail('range_out_of_bounds');
  }
  if (end - start > LIMITS.quote) {
    return fail('range_out_of_bounds');
  }
  if (!VISIBLE.test(index.slice(start, end))) return fail('empty_range');
  const claim: Claim = {
    id,
    articleId: article.id,
    target: describeSpan(index, start, end),
    status: input.status ?? DEFAULT_STATUS,
    summary: input.summary ?? '',
    attributedTo: input.attributedTo ?? '',
    note: input.note ?? '',
    createdBy: ctx.actor,
    createdById: ctx.actorId,
    createdAt: ctx.now,
    updatedBy: ctx.actor,
    updatedById: ctx.actorId,
    updatedAt: ctx.now,
    version: 1,
    fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1 },
    deleted: null,
  };
  return { ok: true, state: withClaim(state, claim), claim, changed: true };
}

function update<S extends WorkspaceState>(state: S, input: ClaimUpdateInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.id);
  if (!claim) return fail('not_found');
  if (input.baseVersion !== undefined && input.baseVersion > claim.version) {
    return fail('invalid_payload');
  }
  const changed = EDITABLE_FIELDS.filter(
    (f) => input.changes[f] !== undefined && input.changes[f] !== claim[f],
  );
  if (changed.length === 0) return { ok: true, state, claim, changed: false };
  if (input.baseVersion !== undefined) {
    const clashing = changed.filter((f) => claim.fieldVersions[f] > input.baseVersion!);
    if (clashing.length > 0) {
      return fail('conflict', claim);
    }
  }
  const version = claim.version + 1;
  const next: Claim = { ...claim, fieldVersions: { ...claim.fieldVersions } };
  for (const f of changed) setField(next, f, input.changes[f]!);
  for (const f of changed) next.fieldVersions[f] = version;
  Object.assign(next, { version, updatedBy: ctx.actor, updatedById: ctx.actorId, updatedAt: ctx.now });
  return { ok: true, state: withClaim(state, next), claim: next, changed: true };
}

function setField(claim: Claim, field: EditableField, value: string): void {
  if (field === 'status') claim.status = value as Claim['status'];
  else claim[field] = value;
}

function remove<S extends WorkspaceState>(state: S, input: ClaimIdInput, ctx: OpContext): ApplyResult<S> {
  const claim = liveClaim(state, input.id);
  if (!claim) return fail('not_found');
  const next: Claim = {
    ...claim,
    deleted: { by: ctx.actor, at: ctx.now },
    version: claim.version + 1,
    updatedBy: ctx.actor,
    updatedById: ctx.actorId,
    updatedAt: ctx.now,
  };
  return { ok: true, state: withClaim(state, next), claim: next, changed: true };
}

function restore<S extends WorkspaceState>(state: S, input: ClaimIdInput, ctx: OpContext): ApplyResult<S> {
  const claim = Object.hasOwn(state.claims, input.id) ? state.claims[input.id] : undefined;
  if (!claim) return fail('not_found');
  if (!claim.deleted) return { ok: true, state, claim, changed: false };
  const next: Claim = {
    ...claim,
    deleted: null,
    version: claim.version + 1,
    updatedBy: ctx.actor,
    updatedById: ctx.actorId,
    updatedAt: ctx.now,
  };
  return { ok: true, state: withClaim(state, next), claim: next, changed: true };
}

export function applyOperation<S extends WorkspaceState>(state: S, op: Operation, ctx: OpContext): ApplyResult<S> {
  switch (op.type) {
    case 'claim:create':
      return create(state, op.id, op.input, ctx);
    case 'claim:update':
      return update(state, op.input, ctx);
    case 'claim:delete':
      return remove(state, op.input, ctx);
    case 'claim:restore':
      return restore(state, op.input, ctx);
  }
}

/** Live claims of an article in reading order (by start, then longer first). */
export function claimsInReadingOrder(claims: Iterable<Claim>, articleId?: string): Claim[] {
  return [...claims]
    .filter((c) => !c.deleted && (articleId === undefined || c.articleId === articleId))
    .sort(
      (a, b) =>
        a.target.position.start - b.target.position.start ||
        b.target.position.end - a.target.position.end ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
