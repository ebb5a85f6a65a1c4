import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';

export type TextField = 'summary' | 'attributedTo' | 'note';
const TEXT_FIELDS: readonly string[] = ['summary', 'attributedTo', 'note'];

/** A value of mine a colleague replaced, still replaced now: what "Restore my text" puts back. */
export interface ReplacedText {
  entryId: string;
  field: TextField;
  value: string;
}

/**
 * Text fields where a colleague's change replaced what I had written and
 * their text is still the claim's value (a "Keep mine" over my text, for
 * one). The history holds my text as the change's `from`, so it can be put
 * back as an ordinary update. Entries come oldest first.
 */
export function replacedTexts(entries: readonly HistoryEntry[], meId: string, claim: Pick<Claim, 'id' | TextField>): ReplacedText[] {
  if (!meId) return [];
  const author = new Map<string, string | null>();
  const latest = new Map<TextField, ReplacedText | null>();
  for (const e of entries) {
    if (e.claimId !== claim.id) continue;
    for (const c of e.changes) {
      if (!TEXT_FIELDS.includes(c.field)) continue;
      const field = c.field as TextField;
      const mineReplaced = author.get(field) === meId && e.byId !== meId && c.from !== null && c.from !== '' && claim[field] === c.to;
      latest.set(field, mineReplaced ? { entryId: e.id, field, value: c.from! } : null);
      author.set(field, e.byId);
    }
  }
  return [...latest.values()].filter((r): r is ReplacedText => r !== null);
}
