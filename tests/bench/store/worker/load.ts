import { prng } from '../../bench-article.ts';
import type { ClaimStatus } from '../../../../shared/domain/status.ts';
import { now } from '../stats.ts';
import type { ClaimSpec } from '../text-gen.ts';
import type { Client, LoadResult, LoadWriter } from './api.ts';
import { nextOpId } from './op-ids.ts';

const STATUSES: ClaimStatus[] = ['unreviewed', 'attributed', 'verified', 'disputed'];
const ACK_TIMEOUT_MS = 30_000;


/**
 * Closed-loop update load: every writer sends a claim:update (a status
 * decision and a reworded summary, as reviewers do), waits for its ack,
 * and sends the next, until `durationMs` is over. The rate that comes out
 * is what the server can make durable for this many concurrent people.
 */
export async function updateLoad(clients: Client[], writers: LoadWriter[], durationMs: number, summaries: string[], seed: number): Promise<LoadResult> {
  const rand = prng(seed);
  const sent: number[] = [];
  const latency: number[] = [];
  const errors: Record<string, number> = {};
  let ok = 0;
  let unchanged = 0;
  const end = now() + durationMs;
  await Promise.all(
    writers.map(async ({ client, claimIds }) => {
      const socket = clients[client]!;
      while (now() < end) {
        const id = claimIds[Math.floor(rand() * claimIds.length)]!;
        const changes = { status: STATUSES[Math.floor(rand() * 4)]!, summary: summaries[Math.floor(rand() * summaries.length)]! };
        const start = now();
        try {
          const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('claim:update', { id, changes, opId: nextOpId('u') });
          if (!ack.ok) {
            errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1;
            continue;
          }
          // An ack without a history entry changed nothing (the same status and summary again): acked, but no write.
          if ('history' in ack && ack.history === null) unchanged++;
          else ok++;
          sent.push(start);
          latency.push(now() - start);
        } catch {
          errors.timeout = (errors.timeout ?? 0) + 1;
        }
      }
    }),
  );
  return { sent: Float64Array.from(sent), latency: Float64Array.from(latency), ok, unchanged, errors };
}

/**
 * Creates claims as reviewers do: claim:create with its summary, source and
 * note, later a claim:update with the decision, and evidence on some. The
 * clients share one queue of specs, so they all stay busy.
 */
export async function createClaims(
  clients: Client[],
  writerIndexes: number[],
  articleId: string,
  specs: ClaimSpec[],
): Promise<{ claimIds: Array<string | null>; errors: Record<string, number> }> {
  const claimIds: Array<string | null> = specs.map(() => null);
  const errors: Record<string, number> = {};
  const fail = (code: string) => void (errors[code] = (errors[code] ?? 0) + 1);
  let next = 0;
  await Promise.all(
    writerIndexes.map(async (index) => {
      const socket = clients[index]!.timeout(ACK_TIMEOUT_MS);
      while (next < specs.length) {
        const i = next++;
        const s = specs[i]!;
        const created = await socket.emitWithAck('claim:create', {
          articleId,
          target: { start: s.start, end: s.end },
          summary: s.summary,
          attributedTo: s.attributedTo,
          note: s.note,
          opId: nextOpId('c'),
        });
        if (!created.ok) {
          fail(created.error.code);
          continue;
        }
        const id = created.claim.id;
        claimIds[i] = id;
        const decided = await socket.emitWithAck('claim:update', { id, changes: s.decision, opId: nextOpId('d') });
        if (!decided.ok) fail(decided.error.code);
        if (s.evidence) {
          const added = await socket.emitWithAck('evidence:add', { claimId: id, ...s.evidence, opId: nextOpId('e') });
          if (!added.ok) fail(added.error.code);
        }
      }
    }),
  );
  return { claimIds, errors };
}
