import type { MutationAck, WireOp } from '../realtime/wire.ts';
import type { OutboxEntry } from './outboxEntry.ts';

/**
 * What an acked (or refused) head of the queue means for the entries behind
 * it. Pure: returns new entries, never mutates.
 */

/** Renames `from` to `to` wherever later ops refer to it (a temporary id the server has now named). */
export function remapId(entries: readonly OutboxEntry[], from: string, to: string): OutboxEntry[] {
  return entries.map((e) => {
    const op = remapOp(e.op, from, to);
    const claimId = e.claimId === from ? to : e.claimId;
    return op === e.op && claimId === e.claimId ? e : { ...e, claimId, op };
  });
}

function remapOp(op: WireOp, from: string, to: string): WireOp {
  switch (op.event) {
    case 'claim:update':
    case 'claim:delete':
    case 'claim:restore':
    case 'claim:reattach':
      return op.payload.id === from ? ({ ...op, payload: { ...op.payload, id: to } } as WireOp) : op;
    case 'evidence:add':
    case 'comment:create':
      return op.payload.claimId === from ? ({ ...op, payload: { ...op.payload, claimId: to } } as WireOp) : op;
    case 'evidence:remove': {
      const p = op.payload;
      if (p.claimId !== from && p.evidenceId !== from) return op;
      return { ...op, payload: { ...p, claimId: p.claimId === from ? to : p.claimId, evidenceId: p.evidenceId === from ? to : p.evidenceId } };
    }
    case 'claim:create':
    case 'article:revise':
      return op;
  }
}

/** The ids the server gave to what `entry` created, keyed by the temporary id. */
export function createdIds(entry: OutboxEntry, ack: MutationAck): { from: string; to: string } | null {
  if (!ack.ok || !entry.tempId) return null;
  const { op } = entry;
  if (op.event === 'claim:create' && ack.claim) return { from: entry.tempId, to: ack.claim.id };
  if (op.event === 'comment:create' && ack.comment) return { from: entry.tempId, to: ack.comment.id };
  if (op.event === 'evidence:add' && ack.claim) {
    // The server appends the new source; the last one with this URL is ours.
    const added = [...ack.claim.evidence].reverse().find((ev) => ev.url === op.payload.url);
    return added ? { from: entry.tempId, to: added.id } : null;
  }
  return null;
}

/**
 * The version a later change made on the same `seen` version should be
 * based on once `entry` is settled. If the server went from our effective
 * base straight to the ack's version, nobody else changed the claim in
 * between: the later change may build on it. Otherwise (or when refused,
 * or when the ack carries no claim) it stays on the old base: it is then
 * checked against everything since, which can only show a conflict (at
 * worst with my own change), never hide one.
 */
export function settledVersion(entry: OutboxEntry, ack: MutationAck): number | null {
  if (!entry.base) return null;
  const { effective } = entry.base;
  if (ack.ok && ack.claim && ack.claim.id === entry.claimId && ack.claim.version === effective + 1) return ack.claim.version;
  return effective;
}

/** Re-bases later changes that were made on the same version as the settled one. */
export function rebase(entries: readonly OutboxEntry[], claimId: string, seen: number, version: number): OutboxEntry[] {
  return entries.map((e) => {
    if (e.claimId !== claimId || !e.base || e.base.seen !== seen) return e;
    const base = { ...e.base, effective: version };
    if (e.op.event === 'claim:update' && e.op.payload.baseVersion !== undefined) {
      return { ...e, base, op: { ...e.op, payload: { ...e.op.payload, baseVersion: version } } };
    }
    return { ...e, base };
  });
}
