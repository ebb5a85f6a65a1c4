import type { Claim } from '../../../shared/domain/schemas.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { PointPopover } from './PointPopover.tsx';

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
  return (
    <PointPopover className="claim-chooser" label="Choose a claim" at={at} onClose={onDismiss}>
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
    </PointPopover>
  );
}
