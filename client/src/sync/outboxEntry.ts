import type { Claim } from '../../../shared/domain/schemas.ts';
import type { WireOp } from '../realtime/wire.ts';

/**
 * One change the user made that the server has not acked yet. Entries are
 * JSON (they live in localStorage) and are sent strictly in order.
 */
export interface OutboxEntry {
  /** Chosen when the user makes the change and kept across every retry. */
  opId: string;
  /** The event and payload; the payload carries the same opId. */
  op: WireOp;
  /** The claim the change is about (a temporary id until its create is acked). */
  claimId: string;
  /** For creates: the temporary id of what is being created (claim, evidence, comment). */
  tempId?: string;
  /** Comments: the account ids the text @mentions, to show it before the server resolves them. */
  mentions?: string[];
  /**
   * For changes that move the claim's version: the server version the user
   * based the change on (`seen`; the UI shows only server versions), and
   * the one sent as baseVersion (`effective`). They differ once an earlier
   * queued change of this person, made on the same version, is acked: the
   * later one is then based on the version that change produced (see
   * rebase.ts), so my own changes never conflict with each other.
   */
  base: { seen: number; effective: number } | null;
  /** Sends that did not get an ack (timeouts, drops, transient refusals). */
  attempts: number;
  createdAt: string;
}

/** A change the server refused because someone else changed the same field first. */
export interface ParkedConflict {
  entry: OutboxEntry;
  /** The claim as the server had it when it refused. */
  current: Claim;
}

const TEMP_PREFIX = 'tmp-';

/** A UUID, also where crypto.randomUUID is missing (plain http on a LAN address is not a secure context). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const newTempId = () => `${TEMP_PREFIX}${newId()}`;
export const isTempId = (id: string) => id.startsWith(TEMP_PREFIX);

/** Ids in the payload that must be real (server-made) before the op can be sent. */
export function referencedIds(op: WireOp): string[] {
  switch (op.event) {
    case 'claim:create':
      return [];
    case 'claim:update':
    case 'claim:delete':
    case 'claim:restore':
    case 'claim:reattach':
      return [op.payload.id];
    case 'article:revise':
      return [];
    case 'evidence:add':
    case 'comment:create':
      return [op.payload.claimId];
    case 'evidence:remove':
      return [op.payload.claimId, op.payload.evidenceId];
  }
}
