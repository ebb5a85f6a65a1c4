// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { makeClaim } from '../test/fixtures.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { peopleFrom } from '../state/usePeople.ts';

afterEach(cleanup);

function setup(claim: Claim, extra: { conflicts?: ParkedConflict[]; history?: HistoryEntry[] } = {}) {
  const onUpdate = vi.fn((_changes: object, _base: number) => ({ ok: true as const }));
  const onDelete = vi.fn();
  const onResolveConflict = vi.fn();
  const people = peopleFrom([
    { id: 'u-omar', name: 'Omar', role: 'reviewer', active: true },
    { id: 'u-rania', name: 'رانيا', role: 'editor', active: true },
  ]);
  const utils = render(
    <ClaimEditor canEdit canDelete claim={claim} onUpdate={onUpdate} onDelete={onDelete} onResolveConflict={onResolveConflict} people={people} {...extra} />,
  );
  return { onUpdate, onDelete, onResolveConflict, people, user: userEvent.setup(), ...utils };
}

/** A change of mine the server refused because `current` had moved on. */
function parked(claim: Claim, changes: object, baseVersion: number, current: Claim): ParkedConflict {
  return {
    entry: {
      opId: 'op-conflict-1',
      op: { event: 'claim:update', payload: { id: claim.id, changes, baseVersion, opId: 'op-conflict-1' } },
      claimId: claim.id,
      base: { seen: baseVersion, effective: baseVersion },
      attempts: 0,
      createdAt: claim.createdAt,
    },
    current,
  };
}

describe('ClaimEditor: status', () => {
  it('marks the current status as pressed, labelled in the interface language', () => {
    setup({ ...makeClaim('قال البنتاغون', { status: 'attributed' }), version: 3 });
    const attributed = screen.getByRole('button', { name: /Attributed/ });
    expect(attributed.getAttribute('aria-pressed')).toBe('true');
    expect(attributed.textContent).toContain('Attributed');
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

  it('on a conflict shows their value beside mine and who changed it; Keep mine and Use theirs are the person’s choice', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 2 };
    const theirs: Claim = { ...claim, status: 'disputed', version: 3, updatedBy: 'Omar' };
    const { onResolveConflict, user } = setup(theirs, { conflicts: [parked(claim, { status: 'verified' }, 2, theirs)] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Omar');
    expect(alert.textContent).toContain('Theirs');
    expect(alert.textContent).toContain('Disputed');
    expect(alert.textContent).toContain('Verified');
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onResolveConflict).toHaveBeenLastCalledWith('op-conflict-1', 'mine');
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(onResolveConflict).toHaveBeenLastCalledWith('op-conflict-1', 'theirs');
  });

  it('names who changed the contested field from the history, not whoever edited the claim last', () => {
    const claim = makeClaim('قال البنتاغون');
    const current: Claim = { ...claim, status: 'disputed', note: 'x', version: 3, updatedBy: 'Omar', fieldVersions: { ...claim.fieldVersions, status: 2, note: 3 } };
    const history: HistoryEntry[] = [
      { id: `${claim.id}@2`, articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'status', from: 'unreviewed', to: 'disputed' }], by: 'رانيا', byId: 'u-rania', at: '2024-07-04T10:00:00.000Z' },
      { id: `${claim.id}@3`, articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'note', from: '', to: 'x' }], by: 'Omar', byId: 'u-omar', at: '2024-07-04T10:01:00.000Z' },
    ];
    setup(current, { conflicts: [parked(claim, { status: 'verified' }, 1, current)], history });
    expect(screen.getByRole('alert').textContent).toMatch(/^رانيا changed the status/);
  });

  it('an assignee conflict shows people’s names, not account ids', () => {
    const claim = makeClaim('قال البنتاغون');
    const current: Claim = { ...claim, assigneeId: 'u-omar', version: 2, updatedBy: 'Omar' };
    setup(current, { conflicts: [parked(claim, { assigneeId: 'u-rania' }, 1, current)] });
    const alert = screen.getByRole('alert').textContent!;
    expect(alert).toContain('Omar');
    expect(alert).toContain('رانيا');
    expect(alert).not.toContain('u-rania');
  });
});

describe('ClaimEditor: assignee', () => {
  it('offers active colleagues and Unassigned, and sends the choice on the version shown', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 4 };
    const { onUpdate, user } = setup(claim);
    const select = screen.getByLabelText('Assignee') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['Unassigned', 'Omar', 'رانيا']);
    await user.selectOptions(select, 'Omar');
    expect(onUpdate).toHaveBeenCalledWith({ assigneeId: 'u-omar' }, 4);
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
