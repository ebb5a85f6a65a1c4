import { useState } from 'react';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { statusMessages } from './status.messages.ts';

/**
 * "@ 2 mentions": comments in this article that mention the signed-in
 * person. Each press opens the claim of the next one, newest first.
 */
export function MentionsBadge({ mentions, onOpen }: { mentions: readonly Comment[]; onOpen(comment: Comment): void }) {
  const t = useT(statusMessages);
  const [presses, setPresses] = useState(0);
  if (mentions.length === 0) return null;
  const n = mentions.length;
  return (
    <button
      type="button"
      className="mentions-badge"
      data-testid="mentions"
      data-count={n}
      title={t('mentionsTitle', { count: n })}
      onClick={() => {
        onOpen(mentions[n - 1 - (presses % n)]!);
        setPresses((p) => p + 1);
      }}
    >
      <span aria-hidden="true">@</span> {t.format.number(n)} <span className="mentions-label">{t('mentions', { count: n })}</span>
    </button>
  );
}
