import { useId, useState, type FormEvent } from 'react';
import { publicRating, statusLabel, type RatingScale } from '../../../shared/domain/ratings.ts';
import type { Claim, ReviewState } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { ClaimChanges } from '../../../shared/protocol/payloads.ts';
import { useT } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import { FieldEditor } from './FieldEditor.tsx';

export interface SignOffProps {
  claim: Claim;
  ratings: RatingScale;
  canEdit: boolean;
  /** Reviewers and up: mark a claim ready for an editor. */
  canMarkReady: boolean;
  /** Editors and admins: approve, or send back with a comment. */
  canApprove: boolean;
  onUpdate(changes: ClaimChanges, baseVersion: number): unknown;
  /** The signed-in account's id: an unsaved explanation is kept in this browser across a reload. */
  draftOwner?: string | undefined;
}

export const REVIEW_WORDS: Record<ReviewState, { en: string; ar: string }> = {
  none: { en: 'Not ready', ar: 'غير جاهز' },
  ready: { en: 'Ready for approval', ar: 'جاهز للاعتماد' },
  approved: { en: 'Approved', ar: 'مُعتمَد' },
};

/**
 * The public side of a verdict, and its sign-off: the explanation readers
 * will see (apart from the internal note), the rating label it publishes
 * with, and where approval stands, with the buttons the person's role
 * allows. Any change here or to the status after approval sends the claim
 * back to "ready" on the server, and everyone sees it.
 */
export function SignOffSection({ claim, ratings, canEdit, canMarkReady, canApprove, onUpdate, draftOwner }: SignOffProps) {
  const id = useId();
  const t = useT(claimEditorMessages);
  const [sendingBack, setSendingBack] = useState(false);
  const [comment, setComment] = useState('');
  const fallback = statusLabel(ratings, claim.status);
  const shown = publicRating(claim, ratings, t.locale);
  const approvedBy = ({ by, at }: { by: string; at: string }) =>
    t.rich('approvedBy', { name: <bdi>{by}</bdi>, time: <time dateTime={at}>{t.format.dateTime(at)}</time> });
  const review = (next: ReviewState, reviewComment?: string) =>
    onUpdate(reviewComment ? { review: next, reviewComment } : { review: next }, claim.version);

  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    const text = comment.trim();
    review('none', text || undefined);
    setComment('');
    setSendingBack(false);
  };

  return (
    <section className="signoff" aria-labelledby={`${id}-title`}>
      <h3 className="section-title" id={`${id}-title`}>
        {t('publicVerdict')}
      </h3>
      <FieldEditor claim={claim} field="explanation" draftOwner={draftOwner} label={t('explanation')} badge={t('public')} maxLength={LIMITS.explanation} multiline
        readOnly={!canEdit} placeholder={t('explanationPlaceholder')} onSave={(_f, value, base) => onUpdate({ explanation: value }, base)} />
      <div className="field">
        <label htmlFor={`${id}-rating`}>{t('rating')}</label>
        {canEdit ? (
          <select id={`${id}-rating`} value={claim.rating ?? ''} onChange={(e) => onUpdate({ rating: e.target.value || null }, claim.version)}>
            <option value="">{fallback ? t('defaultRating', { name: fallback.name[t.locale] }) : t('defaultNone')}</option>
            {ratings.labels.map((l) => (
              <option key={l.id} value={l.id}>
                {`${l.name[t.locale]} (${t.format.number(l.ratingValue)}/${t.format.number(ratings.bestRating)})`}
              </option>
            ))}
          </select>
        ) : (
          <p className="field-value" id={`${id}-rating`}>
            {shown ? shown.label.name[t.locale] : '—'}
          </p>
        )}
      </div>
      <div className={`review-state review-${claim.review}`} role="group" aria-label={t('signOff')}>
        <span className="review-badge">
          {REVIEW_WORDS[claim.review][t.locale]}
        </span>
        {claim.approval && (
          <span className="review-by">
            {' '}
            {approvedBy(claim.approval)}
          </span>
        )}
      </div>
      <div className="review-actions">
        {canMarkReady && claim.review === 'none' && (
          <button type="button" className="primary" onClick={() => review('ready')}>
            {t('markReady')}
          </button>
        )}
        {canApprove && claim.review !== 'approved' && (
          <button type="button" className="primary" onClick={() => review('approved')}>
            {t('approve')}
          </button>
        )}
        {canApprove && claim.review !== 'none' && !sendingBack && (
          <button type="button" onClick={() => setSendingBack(true)}>
            {t('sendBackOpen')}
          </button>
        )}
      </div>
      {sendingBack && (
        <form className="send-back" onSubmit={sendBack}>
          <label htmlFor={`${id}-comment`}>{t('commentForReviewer')}</label>
          <textarea id={`${id}-comment`} dir="auto" rows={2} maxLength={LIMITS.comment} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div className="review-actions">
            <button type="submit" className="danger">
              {t('sendBack')}
            </button>
            <button type="button" onClick={() => setSendingBack(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
