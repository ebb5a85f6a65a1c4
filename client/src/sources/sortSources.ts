import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/domain/status.ts';
import type { SourceView } from '../../../shared/sources/merges.ts';

/** What the Sources table can be ordered by: the name, all live claims, or one status's count. */
export type SourceSortKey = 'name' | 'claims' | ClaimStatus;
export interface SourceSort {
  by: SourceSortKey;
  descending: boolean;
}

export const DEFAULT_SORT: SourceSort = { by: 'claims', descending: true };

export const SORT_KEYS: readonly SourceSortKey[] = ['name', 'claims', ...CLAIM_STATUSES];

/** Names compare by the browser's collation for Arabic and English alike; ties fall back to the key, so the order never flickers. */
const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

export function sortSources(sources: readonly SourceView[], sort: SourceSort): SourceView[] {
  const value = (s: SourceView) => (sort.by === 'claims' ? s.claims : sort.by === 'name' ? 0 : s.byStatus[sort.by]);
  const sign = sort.descending ? -1 : 1;
  return [...sources].sort((a, b) => {
    const primary = sort.by === 'name' ? collator.compare(a.name, b.name) : value(a) - value(b);
    if (primary !== 0) return sign * primary;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

/** Clicking the column sorted by flips its direction; another column starts with the most first (names A→Z). */
export function nextSort(current: SourceSort, by: SourceSortKey): SourceSort {
  if (current.by === by) return { by, descending: !current.descending };
  return { by, descending: by !== 'name' };
}
