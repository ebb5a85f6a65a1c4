import { createPortal } from 'react-dom';
import { useEffect, useRef } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';

export interface ClaimChooserProps {
  claims: readonly Claim[];
  /** Click point in page coordinates. */
  at: { x: number; y: number };
  dir: 'rtl' | 'ltr';
  lang: string;
  onChoose(id: string): void;
  onDismiss(): void;
}

/** Where overlapping claims were clicked: lets the reader pick which one they meant. */
export function ClaimChooser({ claims, at, dir, lang, onChoose, onDismiss }: ClaimChooserProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onDismiss();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onDismiss]);
  return createPortal(
    <div
      ref={ref}
      className="claim-chooser"
      role="dialog"
      aria-label="Choose a claim"
      style={{ top: at.y + 14, left: Math.max(8, Math.min(at.x - 160, window.scrollX + document.documentElement.clientWidth - 328)) }}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
    >
      <p className="chooser-title">{claims.length} claims here</p>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => onChoose(c.id)}>
              <StatusBadge status={c.status} />
              <span className="chooser-quote" dir={c.summary ? 'auto' : dir} lang={c.summary ? undefined : lang}>
                {c.summary || c.target.quote.exact}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}
