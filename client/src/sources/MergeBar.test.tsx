// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { MergeBar } from './MergeBar.tsx';

const view = (key: string, spellings: string[], claims: number): SourceView => ({
  key,
  name: spellings[0]!,
  spellings,
  claims,
  byStatus: { unreviewed: claims, attributed: 0, verified: 0, disputed: 0 },
  keys: [key],
  merged: [],
});

const KREMLIN = view('الكرملين', ['الكرملين', 'الكرملينَ'], 3);
const KREMLIN2 = view('الكريملين', ['الكريملين'], 1);

afterEach(cleanup);

describe('the merge bar', () => {
  it('merges the others into the source the editor keeps, shown by the spelling they choose', async () => {
    const onMerge = vi.fn();
    render(<MergeBar chosen={[KREMLIN2, KREMLIN]} busy={false} error={null} onMerge={onMerge} onClear={() => {}} />);
    await userEvent.click(screen.getByRole('radio', { name: /الكرملين/ }));
    // Keeping the Kremlin's key, the name follows it until another spelling is chosen.
    expect(screen.getByRole('combobox')).toHaveProperty('value', 'الكرملين');
    await userEvent.selectOptions(screen.getByRole('combobox'), 'الكريملين');
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(onMerge).toHaveBeenCalledWith('الكرملين', ['الكريملين'], 'الكريملين');
  });

  it('shows why the server refused, and merges nothing while busy', async () => {
    const onMerge = vi.fn();
    render(<MergeBar chosen={[KREMLIN, KREMLIN2]} busy error="That source is already merged into another one." onMerge={onMerge} onClear={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('already merged');
    expect(screen.getByRole('button', { name: 'Merge' })).toHaveProperty('disabled', true);
  });
});
