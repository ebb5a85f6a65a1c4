// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { MergeBar } from './MergeBar.tsx';
import { SourcesTable } from './SourcesTable.tsx';
import { DEFAULT_SORT } from './sortSources.ts';

/**
 * The sources page's table and merge bar for a journalist who reads only
 * Arabic, in a workspace with Arabic-Indic digits: Arabic headings and
 * actions, counts in the workspace's digits, the Arabic plural, and source
 * names (typed by people, in either language) each in its own <bdi>.
 */

const KREMLIN: SourceView = {
  key: 'الكرملين',
  name: 'الكرملين',
  spellings: ['الكرملين', 'الكريملين'],
  claims: 12,
  byStatus: { unreviewed: 5, attributed: 4, verified: 0, disputed: 3 },
  keys: ['الكرملين', 'الكريملين'],
  merged: [{ key: 'الكريملين', by: 'Mona', byId: 'u3', at: '2024-07-04T10:00:00.000Z' }],
};
const PENTAGON: SourceView = { ...KREMLIN, key: 'the pentagon', name: 'The Pentagon', spellings: ['The Pentagon'], claims: 2, keys: ['the pentagon'], merged: [] };
const OTHER: SourceView = { ...PENTAGON, key: 'washington', name: 'Washington', spellings: ['Washington'], keys: ['washington'] };

beforeEach(() => {
  setLocale('ar');
  setDigits('arab');
});
afterEach(() => {
  cleanup();
  setDigits('latn');
  setLocale('en');
});

describe('the sources page in Arabic', () => {
  it('the table: Arabic headings and actions, Arabic-Indic counts, names isolated', () => {
    const noop = vi.fn();
    render(
      <SourcesTable sources={[KREMLIN, PENTAGON]} sort={DEFAULT_SORT} onSort={noop} canMerge selected={new Set()} onToggle={noop} openKey={null} onOpen={noop} onUnmerge={noop} busy={false} />,
    );
    const table = screen.getByTestId('sources-table');
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼\s]+$/, ''));
    expect(headings).toEqual(['تحديد', 'المصدر', 'الادعاءات', 'غير مُراجَع', 'منسوب', 'مُتحقَّق منه', 'مُتنازَع عليه']);
    const row = table.querySelector('tr[data-source-key="الكرملين"]')!;
    expect(within(row as HTMLElement).getByTestId('source-claims').textContent).toBe('١٢');
    expect(within(row as HTMLElement).getByRole('button', { name: 'فصل' })).toBeTruthy();
    expect(row.textContent).toContain('دُمج فيه: الكريملين');
    expect(row.querySelector('.merged-by bdi')?.textContent).toBe('Mona');
    expect(screen.getByRole('checkbox', { name: 'تحديد The Pentagon' })).toBeTruthy();
    expect(table.querySelector('tr[data-source-key="the pentagon"] .source-name bdi')?.textContent).toBe('The Pentagon');
    expect(table.textContent).not.toMatch(/[0-9]|Source|Claims|Unmerge/);
  });

  it('the merge bar counts the sources with the Arabic plural: two, then three', () => {
    const noop = vi.fn();
    const { rerender } = render(<MergeBar chosen={[KREMLIN, PENTAGON]} busy={false} error={null} onMerge={noop} onClear={noop} />);
    expect(screen.getByRole('heading').textContent).toBe('دمج مصدرين في مصدر واحد');
    expect(screen.getByRole('button', { name: 'دمج' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إلغاء' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'المصدر الذي يبقى' }).textContent).toContain('(١٢)');
    rerender(<MergeBar chosen={[KREMLIN, PENTAGON, OTHER]} busy={false} error={null} onMerge={noop} onClear={noop} />);
    expect(screen.getByRole('heading').textContent).toBe('دمج ٣ مصادر في مصدر واحد');
  });
});
