import { useT } from '../i18n/useT.ts';
import type { RevisionNote } from '../state/workspaceReducer.ts';
import { revisionNoticeMessages } from './revisionNotice.messages.ts';
import { revisionEffect } from './revisionText.ts';

export interface RevisionNoticeProps {
  note: RevisionNote;
  /** Brings the Orphaned section of the claims into view. */
  onShowOrphans?(): void;
  onDismiss(): void;
}

/** A close button's glyph: its name is in its aria-label. */
const CLOSE_GLYPH = '\u00d7';

/** What a new revision of the text did to the claims, shown to everyone in the article. */
export function RevisionNotice({ note, onShowOrphans, onDismiss }: RevisionNoticeProps) {
  const t = useT(revisionNoticeMessages);
  // The name is isolated so an Arabic one cannot reorder the sentence (built outside the JSX: the lint reads a key there as words).
  const line = t.rich('revisionByName', { revision: note.revision, name: <bdi>{note.by}</bdi>, effect: revisionEffect(note, t) });
  return (
    <div className="revision-notice" role="status" data-testid="revision-summary">
      {/* Reads as describeRevision(). */}
      <span className="revision-notice-text">
        {line}
      </span>
      <span className="revision-notice-actions">
        {note.result.orphaned.length > 0 && onShowOrphans && (
          <button type="button" className="link-button" onClick={onShowOrphans}>
            {t('showOrphaned')}
          </button>
        )}
        <button type="button" className="ghost" onClick={onDismiss} aria-label={t('dismiss')}>
          {CLOSE_GLYPH}
        </button>
      </span>
    </div>
  );
}
