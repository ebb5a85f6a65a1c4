import * as z from 'zod/mini';
import { LIMITS } from '../../../shared/limits.ts';
import { readJson, removeKey, storageKey, writeJson } from '../state/localStore.ts';

/**
 * Text typed into a claim's field and not yet saved, kept in this browser so
 * a reload (or a crash) does not lose it. One entry per account, claim and
 * field; an index per account bounds how many are kept, oldest dropped first.
 * A draft is offered back into its field on the next visit, never saved
 * behind the person's back: they see it marked unsaved and decide.
 */

export type DraftField = 'summary' | 'attributedTo' | 'note' | 'explanation';

/** Drafts kept per account in this browser; past this the oldest go. */
export const MAX_DRAFTS = 50;

export interface FieldDraft {
  value: string;
  /** The claim version the person was editing: the save's baseVersion, so a colleague's change since is a conflict. */
  baseVersion: number;
  at: string;
}

const DraftSchema = z.object({
  value: z.string().check(z.maxLength(LIMITS.note)),
  baseVersion: z.number().check(z.int(), z.nonnegative()),
  at: z.string(),
});
const IndexSchema = z.array(z.string()).check(z.maxLength(MAX_DRAFTS * 2));

const KIND = 'draft';
const draftKey = (owner: string, claimId: string, field: DraftField) => storageKey(KIND, owner, claimId, field);
const indexKey = (owner: string) => storageKey('drafts-index', owner);

export function loadDraft(owner: string, claimId: string, field: DraftField): FieldDraft | null {
  return readJson(draftKey(owner, claimId, field), DraftSchema);
}

/** Keeps the draft; false when the browser would not store it (full, private mode). */
export function saveDraft(owner: string, claimId: string, field: DraftField, draft: FieldDraft): boolean {
  if (draft.value.length > LIMITS.note) return false;
  const key = draftKey(owner, claimId, field);
  if (!writeJson(key, draft)) return false;
  const index = (readJson(indexKey(owner), IndexSchema) ?? []).filter((k) => k !== key);
  index.push(key);
  // Most recent last: drop from the front what passes the bound.
  const dropped = index.splice(0, Math.max(0, index.length - MAX_DRAFTS));
  dropped.forEach(removeKey);
  writeJson(indexKey(owner), index);
  return true;
}

export function clearDraft(owner: string, claimId: string, field: DraftField): void {
  const key = draftKey(owner, claimId, field);
  removeKey(key);
  const index = readJson(indexKey(owner), IndexSchema);
  if (index?.includes(key)) writeJson(indexKey(owner), index.filter((k) => k !== key));
}
