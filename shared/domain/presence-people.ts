import type { PresenceUser } from '../protocol/events.ts';

/** One person in an article, however many of their devices have it open. */
export interface PresencePerson {
  userId: string;
  name: string;
  colorIndex: number;
  /** How many connections (tabs, laptop and phone) this person has in the article. */
  devices: number;
}

/**
 * The presence list is kept per connection (each device has its own
 * selection to paint), but people are counted as people: the bar shows one
 * chip per account, in the order each person first appeared, so a colleague
 * on a laptop and a phone is not taken for two people.
 */
export function presencePeople(users: readonly PresenceUser[]): PresencePerson[] {
  const byUser = new Map<string, PresencePerson>();
  for (const u of users) {
    const known = byUser.get(u.userId);
    if (known) known.devices += 1;
    else byUser.set(u.userId, { userId: u.userId, name: u.name, colorIndex: u.colorIndex, devices: 1 });
  }
  return [...byUser.values()];
}
