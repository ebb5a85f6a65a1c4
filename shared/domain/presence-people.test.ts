import { describe, expect, it } from 'vitest';
import type { PresenceUser } from '../protocol/events.ts';
import { presencePeople } from './presence-people.ts';

const connection = (id: string, userId: string, name: string): PresenceUser => ({
  id, userId, name, color: '#7c3aed', colorIndex: 0, claimId: null, selection: null,
});

describe('presencePeople', () => {
  it('shows one person once however many devices they have the article open on, in the order they came', () => {
    const people = presencePeople([connection('c1', 'mona', 'منى'), connection('c2', 'sam', 'Sam'), connection('c3', 'mona', 'منى')]);
    expect(people).toEqual([
      { userId: 'mona', name: 'منى', colorIndex: 0, devices: 2 },
      { userId: 'sam', name: 'Sam', colorIndex: 0, devices: 1 },
    ]);
  });

  it('keeps two accounts that share a display name apart', () => {
    expect(presencePeople([connection('c1', 'a', 'Sam'), connection('c2', 'b', 'Sam')])).toHaveLength(2);
  });
});
