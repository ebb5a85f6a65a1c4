// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { makeClaim } from '../test/fixtures.ts';
import { FieldEditor } from './FieldEditor.tsx';
import { AUTOSAVE_MS } from './useFieldDraft.ts';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.useRealTimers();
});

function renderField(claim: Claim, owner = 'u-layla') {
  const onSave = vi.fn();
  const utils = render(<FieldEditor claim={claim} field="summary" label="Summary" maxLength={280} onSave={onSave} draftOwner={owner} />);
  return { onSave, input: () => screen.getByLabelText('Summary') as HTMLInputElement, ...utils };
}

describe('FieldEditor: nothing typed is lost', () => {
  it('saves after a pause in typing, on the version editing began on, and stays in the field', async () => {
    vi.useFakeTimers();
    const claim = makeClaim('أول زيارة منذ 24 عامًا');
    const { onSave, input } = renderField(claim);
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: 'أول زيارة' } });
    expect(screen.getByText('Unsaved')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100));
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(input(), { target: { value: 'أول زيارة منذ ربع قرن' } });
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_MS));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('summary', 'أول زيارة منذ ربع قرن', claim.version);
    expect(screen.queryByText('Unsaved')).toBeNull();
    expect(input().value).toBe('أول زيارة منذ ربع قرن');
    // Leaving the field after the autosave sends nothing twice.
    fireEvent.blur(input());
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('keeps an unsaved draft across a reload, marked, and saves it only when asked', () => {
    const claim = makeClaim('قال البنتاغون');
    const first = renderField(claim);
    fireEvent.focus(first.input());
    fireEvent.change(first.input(), { target: { value: 'البنتاغون يتهم موسكو' } });
    first.unmount(); // the page reloads before the pause or a blur

    const again = renderField(claim);
    expect(again.input().value).toBe('البنتاغون يتهم موسكو');
    expect(screen.getByText(/Unsaved draft/)).toBeTruthy();
    expect(again.onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(again.onSave).toHaveBeenCalledWith('summary', 'البنتاغون يتهم موسكو', claim.version);
    again.unmount();

    // Saved: the next visit shows the claim's value, with no draft.
    const third = renderField(claim);
    expect(third.input().value).toBe(claim.summary);
    expect(screen.queryByText(/Unsaved/)).toBeNull();
  });

  it('keeps drafts per account', () => {
    const claim = makeClaim('موسكو استخدمت');
    const mine = renderField(claim, 'u-layla');
    fireEvent.focus(mine.input());
    fireEvent.change(mine.input(), { target: { value: 'my text' } });
    mine.unmount();
    const theirs = renderField(claim, 'u-omar');
    expect(theirs.input().value).toBe(claim.summary);
  });

  it('drops the draft on Escape', () => {
    const claim = makeClaim('صواريخ باليستية');
    const first = renderField(claim);
    fireEvent.focus(first.input());
    fireEvent.change(first.input(), { target: { value: 'typed by mistake' } });
    fireEvent.keyDown(first.input(), { key: 'Escape' });
    first.unmount();
    const again = renderField(claim);
    expect(again.input().value).toBe(claim.summary);
    expect(again.onSave).not.toHaveBeenCalled();
  });
});
