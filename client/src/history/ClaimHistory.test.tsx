// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { peopleFrom } from '../state/usePeople.ts';
import { ClaimHistory } from './ClaimHistory.tsx';
import { describeEntry, mergeHistory } from './describe.ts';

afterEach(cleanup);

const people = peopleFrom([
  { id: 'u-omar', name: 'Omar', role: 'reviewer', active: true },
  { id: 'u-rania', name: 'رانيا', role: 'editor', active: true },
]);
const entry = (n: number, action: HistoryEntry['action'], changes: HistoryEntry['changes'], by = 'Omar'): HistoryEntry => ({
  id: `c1@${n}`,
  articleId: 'a',
  claimId: 'c1',
  action,
  changes,
  by,
  byId: by === 'Omar' ? 'u-omar' : 'u-rania',
  at: `2024-07-04T10:0${n}:00.000Z`,
});

const history: HistoryEntry[] = [
  entry(1, 'created', [{ field: 'quote', from: null, to: 'قال البنتاغون' }, { field: 'status', from: null, to: 'unreviewed' }]),
  entry(2, 'updated', [{ field: 'status', from: 'unreviewed', to: 'verified' }], 'رانيا'),
  entry(3, 'updated', [{ field: 'assigneeId', from: null, to: 'u-omar' }]),
  entry(4, 'evidence_added', [{ field: 'evidence', from: null, to: 'Briefing <https://example.org/b>' }]),
  entry(5, 'commented', [{ field: 'comment', from: null, to: '<img src=x onerror=alert(1)>' }]),
];

describe('ClaimHistory', () => {
  it('lists every change: who, what, old → new, and when, in readable words', () => {
    render(<ClaimHistory history={{ entries: history, error: null, loading: false }} nameOf={people.nameOf} />);
    const items = [...document.querySelectorAll('[data-testid=claim-history] li')] as HTMLElement[];
    expect(items).toHaveLength(5);
    expect(items[0]!.textContent).toContain('Omar captured the claim');
    expect(items[1]!.textContent).toMatch(/رانيا changed.*Status\s*Unreviewed → Verified/s);
    expect(items[2]!.textContent).toMatch(/Assignee\s*nobody → Omar/);
    expect(items[2]!.textContent).not.toContain('u-omar');
    expect(items[3]!.textContent).toContain('added evidence');
    expect(within(items[1]!).getByText(/2024/).tagName).toBe('TIME');
    expect(within(items[1]!).getByText(/2024/).getAttribute('datetime')).toBe('2024-07-04T10:02:00.000Z');
  });

  it('renders values as text, never as HTML', () => {
    render(<ClaimHistory history={{ entries: history, error: null, loading: false }} nameOf={people.nameOf} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('says when the server could not be asked', () => {
    render(<ClaimHistory history={{ entries: [], error: 'offline', loading: false }} nameOf={people.nameOf} />);
    expect(screen.getByRole('status').textContent).toMatch(/could not be loaded/);
  });
});

describe('history helpers', () => {
  it('merges fetched and live entries once each, oldest first', () => {
    const merged = mergeHistory([history[2]!, history[0]!], [history[0]!, history[4]!]);
    expect(merged.map((h) => h.id)).toEqual(['c1@1', 'c1@3', 'c1@5']);
  });

  it('names an unknown assignee without showing the id', () => {
    const d = describeEntry(entry(3, 'updated', [{ field: 'assigneeId', from: 'u-gone', to: null }]), people.nameOf);
    expect(d.changes[0]).toMatchObject({ label: 'Assignee', from: 'someone not in the list', to: 'nobody' });
  });
});
