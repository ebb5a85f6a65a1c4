import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { presencePeople } from '../../../shared/domain/presence-people.ts';

import { useT } from '../i18n/useT.ts';
import { statusMessages } from './status.messages.ts';

/** Who has this article open right now: one chip per person, however many devices they use, each in their colour. */
export function PresenceBar({ users, selfId }: { users: readonly PresenceUser[]; selfId?: string | null }) {
  const t = useT(statusMessages);
  if (users.length === 0) return null;
  const selfUserId = users.find((u) => u.id === selfId)?.userId;
  return (
    <ul className="presence" aria-label={t('people')}>
      {presencePeople(users).map((p) => (
        <li key={p.userId} className="presence-user" title={`${p.name}${p.userId === selfUserId ? t('you') : ''}${p.devices > 1 ? t('devices', { count: p.devices }) : ''}`}>
          <span className={`dot presence-color-${p.colorIndex}`} aria-hidden="true" />
          <bdi>{p.name}</bdi>
        </li>
      ))}
    </ul>
  );
}
