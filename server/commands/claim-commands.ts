import { randomUUID } from 'node:crypto';
import { applyOperation, type OpContext, type Operation } from '../../shared/ops/apply.ts';
import type { Claim } from '../../shared/domain/schemas.ts';
import { apiError, type ApiError } from '../../shared/protocol/errors.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';

export type CommandResult =
  | { ok: true; claim: Claim; changed: boolean }
  | { ok: false; error: ApiError; current?: Claim };

/** An operation as a client asks for it: the server chooses new claims' ids. */
export type ClaimCommand =
  | Exclude<Operation, { type: 'claim:create' }>
  | Omit<Extract<Operation, { type: 'claim:create' }>, 'id'>;

/**
 * Runs one claim operation through the shared apply function and the store.
 * Resolves once the change is durable (or refused); the caller acks and
 * broadcasts only then. Storage failures come back as error results.
 */
export async function runClaimOperation(
  store: WorkspaceStore,
  op: ClaimCommand,
  ctx: OpContext,
): Promise<CommandResult> {
  const full: Operation = op.type === 'claim:create' ? { ...op, id: randomUUID() } : op;
  try {
    return await store.commit<CommandResult>((current) => {
      const result = applyOperation(current, full, ctx);
      if (!result.ok) return { result };
      return {
        next: result.changed ? result.state : undefined,
        result: { ok: true, claim: result.claim, changed: result.changed },
      };
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'shutting_down' || code === 'storage_failed') return { ok: false, error: apiError(code) };
    throw error;
  }
}
