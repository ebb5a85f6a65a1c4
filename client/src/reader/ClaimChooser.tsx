import type { Claim } from '../../../shared/domain/schemas.ts';
import { StatusBadge } from '../claims/StatusBadge.tsx';
import { PointPopover } from './PointPopover.tsx';
import { useT } from '../i18n/useT.ts';
import { readerMessages } from './reader.messages.ts';

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
  const t = useT(readerMessages);
  return (
    <PointPopover className="claim-chooser" label={t('chooseClaim')} at={at} onClose={onDismiss}>
      <p className="chooser-title">{t('claimsHere', { count: claims.length })}</p>
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
