import type { PresenceUser } from '../../../shared/protocol/events.ts';

/** Who has this article open right now (one entry per connection). */
export function PresenceBar({ users }: { users: readonly PresenceUser[] }) {
  if (users.length === 0) return null;
  return (
    <ul className="presence" aria-label="People in this article">
      {users.map((u) => (
        <li key={u.id} className="presence-user" title={u.name}>
          <span className="dot" style={{ backgroundColor: u.color }} aria-hidden="true" />
          <bdi>{u.name}</bdi>
        </li>
      ))}
    </ul>
  );
}
