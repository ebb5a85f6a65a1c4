import { Fragment, type ReactNode } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { claimsInReadingOrder } from '../../../shared/ops/apply.ts';
import { isAnchored } from './anchoring.ts';
import { ClaimCard, type ClaimCardMarks } from './ClaimCard.tsx';
import { useT } from '../i18n/useT.ts';
import { claimsMessages } from './claims.messages.ts';

export interface ClaimsPanelProps {
  article: Article | null;
  /** The article's claims, in any order; deleted ones are left out. */
  claims: readonly Claim[];
  selectedId: string | null;
  onSelect(id: string): void;
  /**
   * Rendered in its own list item right after the selected claim (the
   * editor), so the claim item itself stays a compact click target.
   */
  renderSelected?: (claim: Claim) => ReactNode;
  /** Whether to suggest capturing a claim when there is none (not to people who may not). */
  canCapture?: boolean;
  /** Pending, conflict, presence and assignee marks per claim. */
  marks?: (claim: Claim) => ClaimCardMarks;
  /**
   * A stable React key per claim: a claim created here keeps its first
   * (temporary) key when the server names it, so an open editor and its
   * drafts are not remounted.
   */
  keyOf?: (id: string) => string;
  /** Shown instead of the invitation to capture when a filter hides every claim. */
  emptyText?: string;
  /** Offered on each orphan to people who may edit claims: put it on newly selected words. */
  onReattach?(id: string): void;
  /** The orphan being re-attached now. */
  reattachingId?: string | null;
}

const noMarks = () => ({});
const ownKey = (id: string) => id;

/**
 * The claims of the article in reading order, then, in their own section,
 * the orphans: claims whose words a revision of the text removed. Those are
 * listed with their original quote and never drawn in the reader.
 */
export function ClaimsPanel(props: ClaimsPanelProps) {
  const { article, claims: given, selectedId, onSelect, renderSelected, canCapture = true, marks = noMarks, keyOf = ownKey, emptyText, onReattach, reattachingId } = props;
  const t = useT(claimsMessages);
  const claims = claimsInReadingOrder(given);
  const placed = claims.filter((c) => !c.orphaned);
  const orphans = claims.filter((c) => c.orphaned);
  if (claims.length === 0) {
    return (
<p className="claims-empty">{emptyText ?? (canCapture ? t('emptyCapture') : t('empty'))}</p>
    );
  }
  const list = (items: Claim[], label: string) => (
    <ul className="claims-list" aria-label={label}>
      {items.map((claim) => {
        const selected = claim.id === selectedId;
        return (
          <Fragment key={keyOf(claim.id)}>
            <ClaimCard
              claim={claim}
              article={article}
              selected={selected}
              onSelect={onSelect}
              misplaced={!claim.orphaned && !isAnchored(article, claim)}
              {...marks(claim)}
              action={
                claim.orphaned && onReattach ? (
                  <button
                    type="button"
                    className="small"
                    aria-pressed={claim.id === reattachingId}
                    aria-describedby={`quote-${claim.id}`}
                    onClick={() => onReattach(claim.id)}
                  >
                    {t('reattach')}
                  </button>
                ) : undefined
              }
            />
            {selected && renderSelected && <li className="claim-editor-slot">{renderSelected(claim)}</li>}
          </Fragment>
        );
      })}
    </ul>
  );
  return (
    <>
      {placed.length > 0 && list(placed, t('readingOrder'))}
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 className="section-title orphans-title" id="orphans-title">
            {t('orphaned')} <span className="count">{t.format.number(orphans.length)}</span>
          </h3>
          <p className="section-note">
            {t('orphansNote')}
            {onReattach ? ` ${t('orphansReattach')}` : ''}
          </p>
          {list(orphans, t('orphanedClaims'))}
        </section>
      )}
    </>
  );
}
