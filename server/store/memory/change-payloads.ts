import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';

/**
 * A broadcast holds records the same transaction also stores (the claim as
 * changed, its history entry, the revised article), so the journal keeps
 * its payload with references in their place, and replay puts the very
 * records back. An import of 500 claims is then stored once, not twice.
 *
 *   claim    → { $claim: id }          claims  → { $claims: [ids] }
 *   article  → { $article: id }        comment → { $comment: id }
 *   history  → { $history: [claimId, entryId] } (or a list of such pairs)
 *
 * Everything else in a payload (seq, result, by, id) is kept as it is.
 */

export interface RecordLookup {
  claim(id: string): Claim | undefined;
  article(id: string): Article | undefined;
  comment(id: string): Comment | undefined;
  historyEntry(claimId: string, entryId: string): HistoryEntry | undefined;
}

type Ref = [claimId: string, entryId: string];

export function compactPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'claim' && isRecord(value)) out[key] = { $claim: value.id };
    else if (key === 'claims' && Array.isArray(value)) out[key] = { $claims: value.map((c: Claim) => c.id) };
    else if (key === 'article' && isRecord(value)) out[key] = { $article: value.id };
    else if (key === 'comment' && isRecord(value)) out[key] = { $comment: value.id };
    else if (key === 'history' && Array.isArray(value)) out[key] = { $history: value.map(refOf) };
    else if (key === 'history' && isRecord(value)) out[key] = { $history: refOf(value as HistoryEntry) };
    else out[key] = value;
  }
  return out;
}

/** Thrown when a reference names nothing: the journal does not match the records it was written with. */
export class UnresolvedReferenceError extends Error {}

export function resolvePayload(compact: Record<string, unknown>, lookup: RecordLookup): Record<string, unknown> {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new UnresolvedReferenceError(`a change refers to ${what}, which is not there`);
    return value;
  };
  const entry = ([claimId, entryId]: Ref) => need(lookup.historyEntry(claimId, entryId), `history entry ${entryId}`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(compact)) {
    if (!isRecord(value)) {
      out[key] = value;
      continue;
    }
    if (typeof value.$claim === 'string') out[key] = need(lookup.claim(value.$claim), `claim ${value.$claim}`);
    else if (Array.isArray(value.$claims)) out[key] = (value.$claims as string[]).map((id) => need(lookup.claim(id), `claim ${id}`));
    else if (typeof value.$article === 'string') out[key] = need(lookup.article(value.$article), `article ${value.$article}`);
    else if (typeof value.$comment === 'string') out[key] = need(lookup.comment(value.$comment), `comment ${value.$comment}`);
    else if (Array.isArray(value.$history)) {
      const refs = value.$history as unknown[];
      // One entry is a [claimId, entryId] pair; a list of them is a list of pairs (maybe empty).
      out[key] = typeof refs[0] === 'string' ? entry(refs as unknown as Ref) : (refs as Ref[]).map(entry);
    } else out[key] = value;
  }
  return out;
}

const refOf = (h: HistoryEntry): Ref => [h.claimId, h.id];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
