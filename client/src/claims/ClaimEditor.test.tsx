// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { makeClaim } from '../test/fixtures.ts';
import type { UpdateResult } from '../state/useWorkspace.ts';

afterEach(cleanup);

function setup(claim: Claim, answer: (changes: object, base: number) => UpdateResult = () => ({ ok: true, claim })) {
  const onUpdate = vi.fn(async (changes: object, base: number) => answer(changes, base));
  const onDelete = vi.fn();
  const utils = render(<ClaimEditor canEdit canDelete claim={claim} onUpdate={onUpdate} onDelete={onDelete} />);
  return { onUpdate, onDelete, user: userEvent.setup(), ...utils };
}

describe('ClaimEditor: status', () => {
  it('marks the current status as pressed, with English and Arabic labels', () => {
    setup({ ...makeClaim('قال البنتاغون', { status: 'attributed' }), version: 3 });
    const attributed = screen.getByRole('button', { name: /Attributed/ });
    expect(attributed.getAttribute('aria-pressed')).toBe('true');
    expect(attributed.textContent).toContain('منسوب');
    expect(screen.getByRole('button', { name: /Verified/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('clicking a status button sends that status with the claim version as baseVersion', async () => {
    const { onUpdate, user } = setup({ ...makeClaim('قال البنتاغون'), version: 4 });
    await user.click(screen.getByRole('button', { name: /Verified/ }));
    expect(onUpdate).toHaveBeenCalledWith({ status: 'verified' }, 4);
  });

  it('keys 1-4 set the status when focus is not in a text field', async () => {
    const { onUpdate, user } = setup({ ...makeClaim('قال البنتاغون'), version: 2 });
    await user.keyboard('4');
    expect(onUpdate).toHaveBeenLastCalledWith({ status: 'disputed' }, 2);
    await user.keyboard('2');
    expect(onUpdate).toHaveBeenLastCalledWith({ status: 'attributed' }, 2);
    await user.keyboard('3');
    expect(onUpdate).toHaveBeenLastCalledWith({ status: 'verified' }, 2);
  });

  it('keys typed into a text field stay text', async () => {
    const { onUpdate, user } = setup(makeClaim('قال البنتاغون'));
    await user.click(screen.getByLabelText('Summary'));
    await user.keyboard('4');
    expect(onUpdate).not.toHaveBeenCalledWith({ status: 'disputed' }, expect.anything());
    expect((screen.getByLabelText('Summary') as HTMLInputElement).value).toBe('4');
  });

  it('on a conflict shows their value beside mine; Keep mine re-sends on their version', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 2 };
    const theirs: Claim = { ...claim, status: 'disputed', version: 3, updatedBy: 'Omar' };
    const { onUpdate, user } = setup(claim, (_c, base) =>
      base === 2 ? { ok: false, error: { code: 'conflict', message: 'status changed' }, current: theirs } : { ok: true, claim },
    );
    await user.click(screen.getByRole('button', { name: /Verified/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Omar');
    expect(alert.textContent).toContain('Disputed');
    expect(alert.textContent).toContain('Verified');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onUpdate).toHaveBeenLastCalledWith({ status: 'verified' }, 3);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ClaimEditor: text fields', () => {
  it('editing the summary sends it on Enter, based on the version when editing began', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 5 };
    const { onUpdate, user, rerender } = setup(claim);
    await user.click(screen.getByLabelText('Summary'));
    // A colleague's unrelated edit arrives while typing: the base stays 5.
    rerender(<ClaimEditor canEdit canDelete claim={{ ...claim, note: 'x', version: 6 }} onUpdate={onUpdate} onDelete={() => {}} />);
    await user.keyboard('  Pentagon accuses Moscow  {Enter}');
    expect(onUpdate).toHaveBeenCalledWith({ summary: 'Pentagon accuses Moscow' }, 5);
  });

  it('saves the source on blur and sends nothing when unchanged', async () => {
    const claim = { ...makeClaim('قال البنتاغون', { attributedTo: 'the Pentagon' }), version: 1 };
    const { onUpdate, user } = setup(claim);
    await user.click(screen.getByLabelText('Source'));
    await user.tab();
    expect(onUpdate).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('Source'));
    await user.clear(screen.getByLabelText('Source'));
    await user.keyboard('البنتاغون');
    await user.tab();
    expect(onUpdate).toHaveBeenCalledWith({ attributedTo: 'البنتاغون' }, 1);
  });

  it('a note conflict offers Use theirs, which keeps their text', async () => {
    const claim = { ...makeClaim('قال البنتاغون', { note: 'old' }), version: 1 };
    const current: Claim = { ...claim, note: 'their note', version: 2, updatedBy: 'Omar' };
    const { onUpdate, user, rerender } = setup(claim, () => ({
      ok: false,
      error: { code: 'conflict', message: 'note changed' },
      current,
    }));
    await user.click(screen.getByLabelText('Note'));
    await user.keyboard(' mine');
    await user.tab();
    expect(onUpdate).toHaveBeenCalledWith({ note: 'old mine' }, 1);
    expect((await screen.findByRole('alert')).textContent).toContain('their note');
    rerender(<ClaimEditor canEdit canDelete claim={current} onUpdate={onUpdate} onDelete={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('their note');
  });

  it('limits field lengths to the shared LIMITS', () => {
    setup(makeClaim('قال البنتاغون'));
    expect(screen.getByLabelText('Summary').getAttribute('maxlength')).toBe('280');
    expect(screen.getByLabelText('Source').getAttribute('maxlength')).toBe('200');
  });

  it('Delete claim calls onDelete', async () => {
    const { onDelete, user } = setup(makeClaim('قال البنتاغون'));
    await act(() => user.click(screen.getByRole('button', { name: 'Delete claim' })));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
