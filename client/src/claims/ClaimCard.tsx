import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { orphanReasonText } from './orphanReason.ts';
import { useT } from '../i18n/useT.ts';
import { claimsMessages } from './claims.messages.ts';

export interface ClaimCardMarks {
  /** The person has changes to it that the server has not acked yet. */
  pending?: boolean;
  /** A change of theirs conflicted with a colleague's and waits for their choice. */
  conflict?: boolean;
  /** The quoted words are not at the stored position (and the server has not orphaned it). */
  misplaced?: boolean;
  /** Colleagues who have it open. */
  viewers?: readonly PresenceUser[];
  /** Name of the assignee, if any. */
  assignee?: string | null;
  /** A control shown at the foot of the card (an orphan's "Re-attach"). */
  action?: ReactNode;
}

export interface ClaimCardProps extends ClaimCardMarks {
  claim: Claim;
  article: Article | null;
  selected: boolean;
  onSelect(id: string): void;
}

/**
 * One claim in the list. A list item, not a button, so the only buttons
 * named after a status are the editor's and the capture toolbar's; it is
 * still focusable and selects on Enter/Space.
 */
export function ClaimCard({ claim, article, selected, onSelect, pending, conflict, misplaced, viewers = [], assignee, action }: ClaimCardProps) {
  const select = (e: MouseEvent | KeyboardEvent) => {
    if ('key' in e) {
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
    }
    onSelect(claim.id);
  };
  const t = useT(claimsMessages);
  const reason = orphanReasonText(claim.orphanReason, t);
  const names = viewers.map((v) => v.name);
  return (
    <li
      data-claim-id={claim.id}
      data-status={claim.status}
      data-pending={pending ? 'true' : undefined}
      data-conflict={conflict ? 'true' : undefined}
      className={`claim-card${selected ? ' is-selected' : ''}${misplaced ? ' is-orphan' : ''}${claim.orphaned ? ' is-orphaned' : ''}`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onClick={select}
      onKeyDown={select}
    >
      <div className="claim-card-head">
        <StatusBadge status={claim.status} />
        {misplaced && !claim.orphaned && (
          <span className="orphan-flag" title={t('notFoundTitle')}>
            {t('notFoundInText')}
          </span>
        )}
        {pending && (
          <span className="pending-flag" title={t('pendingTitle')}>
            {t('pending')}
          </span>
        )}
        {conflict && <span className="conflict-flag">{t('conflict')}</span>}
        {viewers.length > 0 && (
          <span className="viewer-dots" role="img" aria-label={t('openBy', { names: t.locale === 'en' ? names.join(', ') : t.format.list(names) })}>
            {viewers.map((v) => (
              <span key={v.id} className={`dot presence-color-${v.colorIndex}`} title={v.name} />
            ))}
          </span>
        )}
      </div>
      {claim.orphaned && reason && <p className="orphan-reason">{reason}</p>}
      {claim.orphaned && <p className="field-label orphan-quote-label">{t('originalWords')}</p>}
      <blockquote id={`quote-${claim.id}`} className="claim-quote" dir={article?.dir ?? 'auto'} lang={article?.lang}>
        {claim.target.quote.exact}
      </blockquote>
      {claim.summary ? <p className="claim-summary" dir="auto">{claim.summary}</p> : <p className="claim-summary is-empty">{t('noSummary')}</p>}
      {claim.attributedTo && (
        <p className="claim-source">
          <span className="field-label">{t('source')}</span> <bdi>{claim.attributedTo}</bdi>
        </p>
      )}
      {assignee && (
        <p className="claim-source">
          <span className="field-label">{t('assignee')}</span> <bdi>{assignee}</bdi>
        </p>
      )}
      {action && (
        // Its own clicks do not also select the card.
        <div className="claim-card-action" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          {action}
        </div>
      )}
    </li>
  );
}
