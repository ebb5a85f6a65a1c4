import type { OrphanReason } from '../../../shared/domain/schemas.ts';
import type { Translator } from '../i18n/useT.ts';
import type { claimsMessages } from './claims.messages.ts';

/**
 * Why a revision orphaned a claim, as a short sentence for the claims
 * panel: the reader should know whether to look for new words (rewritten)
 * or to accept that the claim left the article (deleted).
 */
export function orphanReasonText(reason: OrphanReason | undefined, t: Translator<typeof claimsMessages>): string | null {
  return reason ? t(`orphan_${reason}`) : null;
}
