import type { RevisionNote } from '../state/workspaceReducer.ts';
import { revisionEffect } from './revisionText.ts';

export interface RevisionNoticeProps {
  note: RevisionNote;
  /** Brings the Orphaned section of the claims into view. */
  onShowOrphans?(): void;
  onDismiss(): void;
}

/** What a new revision of the text did to the claims, shown to everyone in the article. */
export function RevisionNotice({ note, onShowOrphans, onDismiss }: RevisionNoticeProps) {
  return (
    <div className="revision-notice" role="status" data-testid="revision-summary">
      {/* Reads as describeRevision(); the name is isolated so an Arabic one cannot reorder the sentence. */}
      <span className="revision-notice-text">
        Revision {note.revision} by <bdi>{note.by}</bdi>: {revisionEffect(note)}
      </span>
      <span className="revision-notice-actions">
        {note.result.orphaned.length > 0 && onShowOrphans && (
          <button type="button" className="link-button" onClick={onShowOrphans}>
            Show orphaned
          </button>
        )}
        <button type="button" className="ghost" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      </span>
    </div>
  );
}
