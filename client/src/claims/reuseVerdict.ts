import type { Claim } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ActionResult, ClaimActions } from '../state/useWorkspace.ts';

/**
 * "Reuse verdict and evidence": the earlier claim's status, and each of its
 * sources this claim does not cite yet (by URL), sent as the ordinary
 * claim:update and evidence:add changes through the workspace's queue, so
 * they are shown at once, survive going offline and carry their history.
 * Returns the first refusal, if any.
 */
export function reuseVerdict(target: Claim, earlier: Claim, actions: Pick<ClaimActions, 'updateClaim' | 'addEvidence'>): ActionResult {
  if (earlier.status !== target.status) {
    const r = actions.updateClaim(target.id, { status: earlier.status }, target.version);
    if (!r.ok) return r;
  }
  const cited = new Set(target.evidence.map((e) => e.url));
  let room = LIMITS.evidencePerClaim - target.evidence.length;
  for (const ev of earlier.evidence) {
    if (cited.has(ev.url) || room <= 0) continue;
    cited.add(ev.url);
    room--;
    const r = actions.addEvidence(target.id, { url: ev.url, ...(ev.title ? { title: ev.title } : {}), ...(ev.note ? { note: ev.note } : {}) });
    if (!r.ok) return r;
  }
  return { ok: true };
}

/** Whether reusing would change anything (the same status, every source already cited: nothing to do). */
export function reuseChanges(target: Claim, earlier: Claim): boolean {
  const cited = new Set(target.evidence.map((e) => e.url));
  return earlier.status !== target.status || earlier.evidence.some((e) => !cited.has(e.url));
}
