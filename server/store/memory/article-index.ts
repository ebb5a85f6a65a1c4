import type { Article, Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { emptyCounts } from '../../../shared/dashboard/figures.ts';
import type { StatusCounts } from '../../../shared/protocol/events.ts';
import type { ChangeEvent, StoredRevision } from '../records.ts';

/**
 * Everything the store knows about one article, so that reading or
 * changing an article costs what that article costs: its claims and
 * comments, its history in time order (for the activity feed), live status
 * counts kept up to date on every claim put, its change sequence and the
 * recent broadcasts for catching up, and its revisions.
 */
export class ArticleIndex {
  article: Article | undefined;
  readonly claims = new Map<string, Claim>();
  readonly comments = new Map<string, Comment>();
  /** Sorted by (at, id): newest last. */
  readonly activity: HistoryEntry[] = [];
  readonly counts: StatusCounts = emptyCounts();
  /** Claims not deleted. */
  live = 0;
  seq = 0;
  /** The recent broadcasts, oldest first, and their size in bytes as JSON. */
  log: Array<{ change: ChangeEvent; bytes: number }> = [];
  logBytes = 0;
  /** Oldest first; replaced, never changed in place, so a snapshot may hold the old array. */
  revisions: StoredRevision[] = [];

  constructor(readonly id: string) {}

  /** Puts `next` in place of `previous` (either may be absent) and keeps the counts right. */
  setClaim(previous: Claim | undefined, next: Claim | undefined): void {
    if (previous && !previous.deleted) {
      this.counts[previous.status]--;
      this.live--;
    }
    if (next && !next.deleted) {
      this.counts[next.status]++;
      this.live++;
    }
    if (next) this.claims.set(next.id, next);
    else if (previous) this.claims.delete(previous.id);
  }

  /** Inserts an entry in (at, id) order: at the end, or (entries of one instant, as a revision makes) where a binary search puts it. */
  addActivity(entry: HistoryEntry): void {
    const last = this.activity.at(-1);
    if (!last || compareEntries(last, entry) <= 0) this.activity.push(entry);
    else this.activity.splice(this.activityIndexOf(entry.at, entry.id), 0, entry);
  }

  removeActivity(entry: HistoryEntry): void {
    const i = this.activity.lastIndexOf(entry);
    if (i >= 0) this.activity.splice(i, 1);
  }

  /** Index of the first entry at or after the cursor position (at, id). */
  activityIndexOf(at: string, id: string): number {
    let lo = 0;
    let hi = this.activity.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(this.activity[mid]!.at, this.activity[mid]!.id, at, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops the oldest broadcasts beyond the caps; catching up from before them then takes a snapshot. */
  trimLog(maxEvents: number, maxBytes: number): void {
    let drop = 0;
    let bytes = this.logBytes;
    while (drop < this.log.length && (this.log.length - drop > maxEvents || bytes > maxBytes)) {
      bytes -= this.log[drop]!.bytes;
      drop++;
    }
    if (drop > 0) {
      this.log = this.log.slice(drop);
      this.logBytes = bytes;
    }
  }
}

/** Code unit order: the same everywhere, unlike localeCompare. */
function compareKeys(atA: string, idA: string, atB: string, idB: string): number {
  if (atA !== atB) return atA < atB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

export const compareEntries = (a: HistoryEntry, b: HistoryEntry): number => compareKeys(a.at, a.id, b.at, b.id);
