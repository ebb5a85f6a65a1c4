import { describe, expect, it } from 'vitest';
import type { PresenceUser } from '../protocol/events.ts';
import { applyPresenceChange } from './presence.ts';

const person = (id: string, start: number | null = null): PresenceUser => ({
  id, userId: `u${id}`, name: `P${id}`, color: '#000000', colorIndex: 0, claimId: null,
  selection: start === null ? null : { start, end: start + 1 },
});

describe('applyPresenceChange', () => {
  it('replaces a changed entry where it stands, so the presence bar keeps its order', () => {
    const list = [person('a'), person('b'), person('c')];
    const next = applyPresenceChange(list, { users: [person('b', 5)], left: [] });
    expect(next.map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(next[1]!.selection).toEqual({ start: 5, end: 6 });
  });

  it('adds newcomers at the end and removes those who left', () => {
    const next = applyPresenceChange([person('a'), person('b')], { users: [person('c')], left: ['a'] });
    expect(next.map((u) => u.id)).toEqual(['b', 'c']);
  });

  it('gives the same list when a change is applied twice or was already in the list', () => {
    const change = { users: [person('b', 2), person('d')], left: ['a', 'zz'] };
    const once = applyPresenceChange([person('a'), person('b')], change);
    expect(applyPresenceChange(once, change)).toEqual(once);
  });
});
