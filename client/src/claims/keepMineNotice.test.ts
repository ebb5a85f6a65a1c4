import { describe, expect, it } from 'vitest';
import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { makeClaim } from '../test/fixtures.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { keepMineNotices } from './keepMineNotice.ts';

function parked(current: Claim, changes: object): ParkedConflict {
  return {
    entry: {
      opId: 'op-1',
      op: { event: 'claim:update', payload: { id: current.id, changes, baseVersion: 1, opId: 'op-1' } },
      claimId: current.id,
      base: { seen: 1, effective: 1 },
      attempts: 0,
      createdAt: current.createdAt,
    },
    current,
  } as ParkedConflict;
}
const change = (claimId: string, byId: string, by: string, field: string, to: string): HistoryEntry => ({
  id: `h-${field}-${byId}`, articleId: 'a', claimId, action: 'updated', changes: [{ field, from: '', to }], by, byId, at: '2024-07-04T10:00:00.000Z',
});
const names: Record<string, string> = { 'u-omar': 'Omar Haddad', 'u-rania': 'رانيا' };
const nameOf = (id: string | null) => (id ? names[id] ?? '' : '');

describe('keepMineNotices', () => {
  it('tells the colleague whose text is replaced, mentioning them and quoting their text', () => {
    const current = { ...makeClaim('قال البنتاغون'), summary: 'البنتاغون يتهم موسكو' };
    const notices = keepMineNotices(parked(current, { summary: 'My summary' }), [change(current.id, 'u-omar', 'Omar Haddad', 'summary', current.summary)], 'u-layla', nameOf);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.toId).toBe('u-omar');
    expect(notices[0]!.text.startsWith('@Omar Haddad ')).toBe(true);
    expect(notices[0]!.text).toContain('«البنتاغون يتهم موسكو»');
  });

  it('writes one notice per colleague, and none for my own text or a value that did not change', () => {
    const current = { ...makeClaim('موسكو استخدمت'), summary: 'theirs', note: 'رانيا wrote this', attributedTo: 'same' };
    const history = [change(current.id, 'u-omar', 'Omar Haddad', 'summary', 'theirs'), change(current.id, 'u-rania', 'رانيا', 'note', current.note), change(current.id, 'u-layla', 'Layla', 'attributedTo', 'same')];
    const notices = keepMineNotices(parked(current, { summary: 'mine', note: 'mine too', attributedTo: 'mine as well' }), history, 'u-layla', nameOf);
    expect(notices.map((n) => n.toId).sort()).toEqual(['u-omar', 'u-rania']);
    expect(keepMineNotices(parked(current, { summary: 'theirs' }), history, 'u-layla', nameOf)).toEqual([]);
  });

  it('stays within a comment\'s limit for a long note, keeping the mention and the way back', () => {
    const current = { ...makeClaim('صواريخ باليستية'), note: 'ن'.repeat(LIMITS.note) };
    const [notice] = keepMineNotices(parked(current, { note: 'short' }), [change(current.id, 'u-omar', 'Omar Haddad', 'note', current.note)], 'u-layla', nameOf);
    expect(notice!.text.length).toBeLessThanOrEqual(LIMITS.comment);
    expect(notice!.text.startsWith('@Omar Haddad')).toBe(true);
    expect(notice!.text).toContain('Restore my text');
  });
});
