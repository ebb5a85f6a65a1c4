export interface ConflictNoticeProps {
  label: string;
  theirs: string;
  mine: string;
  by: string;
  onUseTheirs(): void;
  onKeepMine(): void;
}

/** Two people changed the same field: show both values and let this person choose. */
export function ConflictNotice({ label, theirs, mine, by, onUseTheirs, onKeepMine }: ConflictNoticeProps) {
  return (
    <div className="conflict" role="alert">
      <p className="conflict-title">
        <strong>{by || 'Someone'}</strong> changed the {label.toLowerCase()} while you were editing.
      </p>
      <dl className="conflict-values">
        <div>
          <dt>Theirs</dt>
          <dd dir="auto">{theirs || '(empty)'}</dd>
        </div>
        <div>
          <dt>Yours</dt>
          <dd dir="auto">{mine || '(empty)'}</dd>
        </div>
      </dl>
      <div className="conflict-actions">
        <button type="button" onClick={onUseTheirs}>
          Use theirs
        </button>
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
