// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { peopleFrom } from '../state/usePeople.ts';
import { ClaimHistory } from './ClaimHistory.tsx';
import { describeEntry } from './describe.ts';

const people = peopleFrom([{ id: 'u-omar', name: 'Omar', role: 'reviewer', active: true }]);
const entry = (n: number, action: HistoryEntry['action'], changes: HistoryEntry['changes'], by = 'Omar'): HistoryEntry => ({
  id: `c1@${n}`,
  articleId: 'a',
  claimId: 'c1',
  action,
  changes,
  by,
  byId: 'u-omar',
  at: `2024-07-04T10:0${n}:00.000Z`,
});
const history: HistoryEntry[] = [
  entry(1, 'created', [{ field: 'quote', from: null, to: 'قال البنتاغون' }]),
  entry(2, 'updated', [{ field: 'status', from: 'unreviewed', to: 'verified' }]),
  entry(3, 'updated', [{ field: 'assigneeId', from: 'u-omar', to: null }]),
];

beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
});
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

describe('a claim’s history in Arabic', () => {
  it('says who did what in Arabic, with statuses and fields in Arabic and the arrow pointing the way Arabic reads', () => {
    render(<ClaimHistory history={{ entries: history, error: null, loading: false }} nameOf={people.nameOf} />);
    const items = [...document.querySelectorAll('[data-testid=claim-history] li')] as HTMLElement[];
    expect(items[0]!.textContent).toContain('سجّل الادعاء');
    expect(items[1]!.textContent).toMatch(/غيّر.*الحالة\s*غير مُراجَع ← مُتحقَّق منه/s);
    expect(items[1]!.textContent).not.toMatch(/Status|Verified|changed/);
    expect(items[2]!.textContent).toMatch(/مُسند إلى\s*Omar ← لا أحد/);
    expect(items[1]!.querySelector('.history-arrow')!.getAttribute('aria-label')).toBe('أصبح');
  });

  it('writes the count and the dates with the workspace’s Arabic-Indic digits, and keeps the names isolated', () => {
    render(<ClaimHistory history={{ entries: history, error: null, loading: false }} nameOf={people.nameOf} />);
    expect(screen.getByRole('heading').textContent).toBe('السجل ٣');
    const when = document.querySelector('time[datetime="2024-07-04T10:02:00.000Z"]')!;
    expect(when.textContent).toContain('٢٠٢٤');
    expect(when.textContent).not.toMatch(/[0-9]/);
    const who = document.querySelector('.history-who')!;
    expect(who.tagName).toBe('BDI');
    expect(who.textContent).toBe('Omar');
  });

  it('builds lines outside components in the language of the moment', () => {
    expect(describeEntry(history[1]!, people.nameOf)).toMatchObject({ action: 'غيّر', changes: [{ label: 'الحالة', from: 'غير مُراجَع', to: 'مُتحقَّق منه' }] });
    setLocale('en');
    expect(describeEntry(history[1]!, people.nameOf)).toMatchObject({ action: 'changed', changes: [{ label: 'Status', from: 'Unreviewed', to: 'Verified' }] });
  });

  it('says in Arabic when there is nothing or the server could not be asked', () => {
    render(<ClaimHistory history={{ entries: [], error: 'offline', loading: false }} nameOf={people.nameOf} />);
    expect(screen.getByRole('status').textContent).toBe('تعذّر تحميل السجل الآن؛ نعرض ما هو معروف.');
  });
});
