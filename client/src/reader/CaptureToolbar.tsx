import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { usePhone } from '../layout/usePhone.ts';
import { dockedEdge } from './toolbarDock.ts';
import { useT } from '../i18n/useT.ts';
import { readerMessages } from './reader.messages.ts';

export interface CaptureToolbarProps {
  /** Where the selection is, in page coordinates (already scrolled). */
  anchor: { top: number; bottom: number; left: number; right: number };
  busy: boolean;
  onCapture(status?: ClaimStatus): void;
  onDismiss(): void;
  /** Take the focus (a keyboard user asked for the toolbar with Enter). */
  autoFocus?: boolean;
}

const WIDTH = 420;

/**
 * Floats above the selected text. mousedown is cancelled so pressing a
 * button does not clear the selection the button acts on.
 */
export function CaptureToolbar({ anchor, busy, onCapture, onDismiss, autoFocus }: CaptureToolbarProps) {
  const t = useT(readerMessages);
  const phone = usePhone();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [autoFocus]);
  const page = document.documentElement;
  const left = Math.max(8 + window.scrollX, Math.min((anchor.left + anchor.right) / 2 - WIDTH / 2, window.scrollX + page.clientWidth - WIDTH - 8));
  // Above the selection, unless that would leave the viewport.
  const above = anchor.top - window.scrollY > 64;
  const style = above ? { top: anchor.top - 52, left } : { top: anchor.bottom + 10, left };
  // On a phone it docks to an edge of the window, away from the words and the browser's selection handles.
  const dock = phone ? dockedEdge(anchor, window.scrollY, window.innerHeight) : null;
  return createPortal(
    <div
      ref={ref}
      className={dock ? `capture-toolbar is-docked is-docked-${dock}` : 'capture-toolbar'}
      role="toolbar"
      aria-label={t('captureClaim')}
      style={dock ? undefined : { ...style, maxWidth: WIDTH }}
      onMouseDown={(e) => e.preventDefault()}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
    >
      <button type="button" className="primary" disabled={busy} onClick={() => onCapture()}>
        {t('capture')}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      {CLAIM_STATUSES.filter((s) => s !== 'unreviewed').map((s) => (
        <button
          key={s}
          type="button"
          className={`capture-as status-${s}`}
          disabled={busy}
          aria-label={t('captureAs', { status: STATUS_INFO[s].label[t.locale] })}
          title={t('captureAs', { status: STATUS_INFO[s].label[t.locale] })}
          onClick={() => onCapture(s)}
        >
          <span className="dot" aria-hidden="true" />
          {STATUS_INFO[s].label[t.locale]}
        </button>
      ))}
    </div>,
    document.body,
  );
}
