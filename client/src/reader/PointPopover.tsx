import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface PointPopoverProps {
  className: string;
  label: string;
  /** The click point it opens under, in page coordinates. */
  at: { x: number; y: number };
  /** Which of its buttons takes the focus when it opens (the first by default). */
  focus?: string;
  /** Re-focus when this changes (the same popover opened on something else). */
  subject?: unknown;
  onClose(): void;
  children: ReactNode;
}

/**
 * A small dialog opened where the reader clicked in the article (which
 * claim was meant, what to do with a suggestion): kept inside the viewport's
 * width, focused at once so a key acts on it, closed by Escape or by a
 * press anywhere else.
 */
export function PointPopover({ className, label, at, focus = 'button', subject, onClose, children }: PointPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus goes back to whoever opened the popover (the article, a button) when it closes,
  // unless the user has already moved it somewhere else.
  useEffect(() => {
    const invoker = document.activeElement as HTMLElement | null;
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body || ref.current?.contains(document.activeElement);
      if (lost && invoker?.isConnected) invoker.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [focus, subject, onClose]);
  return createPortal(
    <div
      ref={ref}
      className={className}
      role="dialog"
      aria-label={label}
      style={{ top: at.y + 14, left: Math.max(8, Math.min(at.x - 160, window.scrollX + document.documentElement.clientWidth - 328)) }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {children}
    </div>,
    document.body,
  );
}
