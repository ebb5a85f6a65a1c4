import { useEffect } from 'react';

export const UNDO_WINDOW_MS = 8000;

/** "Claim deleted — Undo", for a few seconds after a delete. */
export function UndoToast({ onUndo, onExpire }: { onUndo(): void; onExpire(): void }) {
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [onExpire]);
  return (
    <div className="toast" role="status">
      <span>Claim deleted</span>
      <span aria-hidden="true"> — </span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
