import type { OrphanReason } from '../../../shared/domain/schemas.ts';

/**
 * Why a revision orphaned a claim, as a short sentence for the claims
 * panel: the reader should know whether to look for new words (rewritten)
 * or to accept that the claim left the article (deleted).
 */
const SENTENCES: Record<OrphanReason, string> = {
  deleted: 'Its sentence was deleted.',
  rewritten: 'Its words were rewritten.',
  figures: 'Its figures changed.',
  not_found: 'Its words could not be found with confidence.',
};

export function orphanReasonText(reason: OrphanReason | undefined): string | null {
  return reason ? SENTENCES[reason] : null;
}
