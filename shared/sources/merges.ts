import * as z from 'zod/mini';
import { IsoDateSchema } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/status.ts';
import { cmp, mostUsedSpelling, type SourceTally } from './tally.ts';

/**
 * An editor's decision that one source key is another source: alias →
 * canonical key, with the name the merged source shows and who decided it
 * when. Merges are a view over the claims: no claim's `attributedTo` is
 * rewritten, so undoing a merge (deleting its records) restores exactly
 * what was there. There are no chains: an alias always names a canonical
 * key that is not itself an alias (planMerge keeps it so).
 */
export const SourceMergeSchema = z.object({
  into: z.string().check(z.minLength(1), z.maxLength(4 * LIMITS.attributedTo)),
  name: z.string().check(z.maxLength(4 * LIMITS.attributedTo)),
  by: z.string(),
  byId: z.nullable(z.string()),
  at: IsoDateSchema,
});
export type SourceMerge = z.infer<typeof SourceMergeSchema>;

export type SourceMerges = ReadonlyMap<string, SourceMerge>;

/** The canonical key a key counts under. */
export function canonicalKey(merges: SourceMerges, key: string): string {
  return merges.get(key)?.into ?? key;
}

/** A source as the Sources view, the dashboard and reports show it: its merged keys counted together. */
export interface SourceView {
  key: string;
  name: string;
  /** Most used first. */
  spellings: string[];
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  /** The canonical key first, then its aliases in key order. */
  keys: string[];
  /** Who merged the aliases in, when they are. */
  merged: Array<{ key: string; by: string; byId: string | null; at: string }>;
}

/** Every source with live claims, its merged spellings counted as one; most claims first. */
export function groupSources(tallies: Iterable<SourceTally>, merges: SourceMerges): SourceView[] {
  const groups = new Map<string, { tallies: SourceTally[]; name: string | undefined }>();
  for (const tally of tallies) {
    if (tally.claims <= 0) continue;
    const key = canonicalKey(merges, tally.key);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { tallies: [], name: undefined }));
    group.tallies.push(tally);
    const merge = merges.get(tally.key);
    if (merge) group.name = merge.name;
  }
  const views: SourceView[] = [];
  for (const [key, group] of groups) {
    const spellings: Record<string, number> = {};
    const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    let claims = 0;
    for (const t of group.tallies) {
      claims += t.claims;
      for (const s of CLAIM_STATUSES) byStatus[s] += t.byStatus[s];
      for (const [spelling, n] of Object.entries(t.spellings)) spellings[spelling] = (spellings[spelling] ?? 0) + n;
    }
    const ordered = Object.entries(spellings)
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .map(([s]) => s);
    // The chosen name while some claim still spells it so; otherwise the most used spelling.
    const name = group.name !== undefined && group.name in spellings ? group.name : mostUsedSpelling(spellings);
    const aliases = group.tallies.map((t) => t.key).filter((k) => k !== key).sort(cmp);
    views.push({
      key,
      name,
      spellings: ordered,
      claims,
      byStatus,
      keys: [key, ...aliases],
      merged: aliases.map((k) => ({ key: k, by: merges.get(k)!.by, byId: merges.get(k)!.byId, at: merges.get(k)!.at })),
    });
  }
  return views.sort((a, b) => b.claims - a.claims || cmp(a.key, b.key));
}

/** Every key counted under `canonical` (itself and its aliases), in key order after it. */
export function keysOf(merges: SourceMerges, canonical: string): string[] {
  const aliases: string[] = [];
  for (const [alias, m] of merges) if (m.into === canonical) aliases.push(alias);
  return [canonical, ...aliases.sort(cmp)];
}
