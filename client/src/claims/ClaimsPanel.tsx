import { Fragment, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { claimsInReadingOrder } from '../../../shared/ops/apply.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { isAnchored } from './anchoring.ts';

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
}

/**
 * The claims of the article in reading order. Items are list items, not
 * buttons, so the only buttons named after a status are the editor's and the
 * capture toolbar's; an item is still focusable and selects on Enter/Space.
 */
export function ClaimsPanel({ article, claims: given, selectedId, onSelect, renderSelected, canCapture = true }: ClaimsPanelProps) {
  const claims = claimsInReadingOrder(given);
  if (claims.length === 0 && !canCapture) {
    return (
      <p className="claims-empty">
        No claims yet.{' '}
        <span lang="ar" dir="rtl">
          لا توجد ادعاءات بعد.
        </span>
      </p>
    );
  }
  if (claims.length === 0) {
    return (
      <p className="claims-empty">
        No claims yet. Select a passage in the article to capture one.
        <br />
        <span lang="ar" dir="rtl">
          لا توجد ادعاءات بعد. حدّد مقطعًا من المقال لالتقاطه.
        </span>
      </p>
    );
  }
  const select = (id: string) => (e: MouseEvent | KeyboardEvent) => {
    if ('key' in e) {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
    }
    onSelect(id);
  };
  return (
    <ul className="claims-list" aria-label="Claims in reading order">
      {claims.map((claim) => {
        const selected = claim.id === selectedId;
        const orphan = !isAnchored(article, claim);
        return (
          <Fragment key={claim.id}>
            <li
              data-claim-id={claim.id}
              data-status={claim.status}
              className={`claim-card${selected ? ' is-selected' : ''}${orphan ? ' is-orphan' : ''}`}
              aria-current={selected ? 'true' : undefined}
              tabIndex={0}
              onClick={select(claim.id)}
              onKeyDown={select(claim.id)}
            >
              <div className="claim-card-head">
                <StatusBadge status={claim.status} />
                {orphan && (
                  <span className="orphan-flag" title="The quoted words are no longer at this place in the text">
                    Not found in text
                  </span>
                )}
              </div>
              <blockquote className="claim-quote" dir={article?.dir ?? 'auto'} lang={article?.lang}>
                {claim.target.quote.exact}
              </blockquote>
              {claim.summary ? (
                <p className="claim-summary">{claim.summary}</p>
              ) : (
                <p className="claim-summary is-empty">No summary yet</p>
              )}
              {claim.attributedTo && (
                <p className="claim-source">
                  <span className="field-label">Source</span> <bdi>{claim.attributedTo}</bdi>
                </p>
              )}
            </li>
            {selected && renderSelected && <li className="claim-editor-slot">{renderSelected(claim)}</li>}
          </Fragment>
        );
      })}
    </ul>
  );
}
