import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * What db.json (a snapshot, one record per line) holds, by section, and how
 * much of its history is the benchmark's own load: the update loads hit one
 * article over and over (tens of thousands of status and summary changes),
 * so that article's claims carry far more history than a claim as captured
 * (created, decided, evidence on some). Counting those bytes apart keeps
 * "bytes per claim" about the workspace, with the load shown beside it.
 */

export interface DiskUsage {
  bytes: number;
  sections: Record<string, number>;
  /** Bytes of history entries of the load article's claims beyond their first three (create, decision, evidence). */
  loadHistoryBytes: number;
  loadHistoryEntries: number;
}

export async function diskUsage(file: string, loadClaimIds: ReadonlySet<string>): Promise<DiskUsage> {
  const sections: Record<string, number> = {};
  let section = 'header';
  let bytes = 0;
  let loadHistoryBytes = 0;
  let loadHistoryEntries = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    bytes += size;
    const open = /^"([a-z]+)":\{$/.exec(line);
    if (open) section = open[1]!;
    sections[section] = (sections[section] ?? 0) + size;
    if (line === '},' || line === '}') section = 'header';
    if (section === 'history' && !open) {
      const key = /^"([^"]+)":/.exec(line)?.[1];
      if (key && loadClaimIds.has(key)) {
        const entries = JSON.parse(line.slice(key.length + 3).replace(/,$/, '')) as unknown[];
        const extra = entries.slice(3);
        loadHistoryEntries += extra.length;
        loadHistoryBytes += extra.reduce<number>((n, e) => n + Buffer.byteLength(JSON.stringify(e)) + 1, 0);
      }
    }
  }
  return { bytes, sections, loadHistoryBytes, loadHistoryEntries };
}
