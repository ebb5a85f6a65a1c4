import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { presencePeople } from '../../../shared/domain/presence-people.ts';

const strings = {
  label: 'People in this article',
  you: ' (you)',
  devices: (n: number) => ` · on ${n} devices`,
};

/** Who has this article open right now: one chip per person, however many devices they use, each in their colour. */
export function PresenceBar({ users, selfId }: { users: readonly PresenceUser[]; selfId?: string | null }) {
  if (users.length === 0) return null;
  const selfUserId = users.find((u) => u.id === selfId)?.userId;
  return (
    <ul className="presence" aria-label={strings.label}>
      {presencePeople(users).map((p) => (
        <li key={p.userId} className="presence-user" title={`${p.name}${p.userId === selfUserId ? strings.you : ''}${p.devices > 1 ? strings.devices(p.devices) : ''}`}>
          <span className={`dot presence-color-${p.colorIndex}`} aria-hidden="true" />
          <bdi>{p.name}</bdi>
        </li>
      ))}
    </ul>
  );
}
