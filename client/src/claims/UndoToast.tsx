import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import { claimsMessages } from './claims.messages.ts';

export const UNDO_WINDOW_MS = 8000;

/** "Claim deleted — Undo", for a few seconds after a delete. */
export function UndoToast({ onUndo, onExpire }: { onUndo(): void; onExpire(): void }) {
  const t = useT(claimsMessages);
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [onExpire]);
  return (
    <div className="toast" role="status">
      <span>{t('claimDeleted')}</span>
      <span aria-hidden="true"> — </span>
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
