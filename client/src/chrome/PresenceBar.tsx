import type { PresenceUser } from '../../../shared/protocol/events.ts';

/** Who has this article open right now (one entry per connection), each in their colour. */
export function PresenceBar({ users, selfId }: { users: readonly PresenceUser[]; selfId?: string | null }) {
  if (users.length === 0) return null;
  return (
    <ul className="presence" aria-label="People in this article">
      {users.map((u) => (
        <li key={u.id} className="presence-user" title={u.id === selfId ? `${u.name} (you)` : u.name}>
          <span className={`dot presence-color-${u.colorIndex}`} aria-hidden="true" />
          <bdi>{u.name}</bdi>
        </li>
      ))}
    </ul>
  );
}
