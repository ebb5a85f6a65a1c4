import type { ErrorCode } from '../protocol/errors.ts';
import { keysOf, type SourceMerge, type SourceMerges } from './merges.ts';
import type { SourceTally } from './tally.ts';

export interface MergeRequest {
  into: string;
  from: readonly string[];
  /** The spelling the merged source shows; by default the one it shows now. */
  name?: string | undefined;
}

export interface Who {
  by: string;
  byId: string | null;
  at: string;
}

/** Records to write (alias → merge) and to delete (alias keys); or why not, changing nothing. */
export type MergePlan =
  | { ok: true; put: Array<[string, SourceMerge]>; remove: string[]; into: string }
  | { ok: false; code: ErrorCode; field?: string };

/**
 * What merging `from` into `into` writes. Refused: a key merged into
 * itself, a key no claim uses and no merge names (unknown), merging into a
 * key that is itself merged into another (the cycle an editor would make
 * merging "الكرملين" back into its own alias; they merge into its canonical
 * source instead), and a name no claim of the merged source is spelled.
 * A `from` key that is the canonical key of other aliases brings them
 * along, so chains never form.
 */
export function planMerge(merges: SourceMerges, tallies: ReadonlyMap<string, SourceTally>, request: MergeRequest, who: Who): MergePlan {
  const canonicals = new Set([...merges.values()].map((m) => m.into));
  const known = (key: string) => (tallies.get(key)?.claims ?? 0) > 0 || merges.has(key) || canonicals.has(key);
  const from = [...new Set(request.from)];
  if (from.length === 0) return { ok: false, code: 'invalid_payload', field: 'from' };
  if (from.includes(request.into)) return { ok: false, code: 'merge_self', field: 'from' };
  if (!known(request.into)) return { ok: false, code: 'not_found', field: 'into' };
  for (const key of from) if (!known(key)) return { ok: false, code: 'not_found', field: 'from' };
  if (merges.has(request.into)) return { ok: false, code: 'merge_cycle', field: 'into' };
  for (const key of from) {
    const target = merges.get(key)?.into;
    // Already in another group: moving it silently would undo someone's merge.
    if (target !== undefined && target !== request.into) return { ok: false, code: 'merge_cycle', field: 'from' };
  }

  const members = new Set(keysOf(merges, request.into));
  for (const key of from) for (const k of keysOf(merges, key)) members.add(k);
  const spellings = new Map<string, number>();
  for (const k of members) for (const [s, n] of Object.entries(tallies.get(k)?.spellings ?? {})) spellings.set(s, (spellings.get(s) ?? 0) + n);
  let name = request.name;
  if (name !== undefined && !spellings.has(name)) return { ok: false, code: 'invalid_payload', field: 'name' };
  if (name === undefined) {
    const current = [...merges.values()].find((m) => m.into === request.into)?.name;
    name = current !== undefined && spellings.has(current) ? current : bestSpelling(tallies.get(request.into)?.spellings ?? {}, spellings);
  }
  const put: Array<[string, SourceMerge]> = [];
  for (const key of members) {
    if (key === request.into) continue;
    const before = merges.get(key);
    // Aliases already in the group keep who merged them and when; only the shown name follows.
    put.push([key, before && before.into === request.into ? { ...before, name } : { into: request.into, name, ...who }]);
  }
  return { ok: true, put, remove: [], into: request.into };
}

/**
 * Undoing merges: an alias key leaves its group; a canonical key dissolves
 * its whole group. A key that is in no merge is unknown.
 */
export function planUnmerge(merges: SourceMerges, key: string): MergePlan {
  if (merges.has(key)) return { ok: true, put: [], remove: [key], into: merges.get(key)!.into };
  const aliases = keysOf(merges, key).slice(1);
  if (aliases.length === 0) return { ok: false, code: 'not_found' };
  return { ok: true, put: [], remove: aliases, into: key };
}

function bestSpelling(own: Record<string, number>, all: Map<string, number>): string {
  const pick = (entries: Array<[string, number]>) => entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
  return pick(Object.entries(own)) ?? pick([...all]) ?? '';
}
