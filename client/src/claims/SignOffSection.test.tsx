// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { can, type Role } from '../../../shared/domain/roles.ts';
import { makeClaim } from '../test/fixtures.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { SIGNOFF_FILTERS, bySignOff } from './signOffFilters.ts';

afterEach(cleanup);

function setup(claim: Claim, role: Role) {
  const onUpdate = vi.fn((_changes: object, _base: number) => ({ ok: true as const }));
  render(
    <ClaimEditor
      claim={claim}
      canEdit={can(role, 'claim:edit')}
      canDelete={false}
      onUpdate={onUpdate}
      onDelete={() => {}}
      signOff={{ ratings: DEFAULT_RATING_SCALE, canMarkReady: can(role, 'claim:mark-ready'), canApprove: can(role, 'claim:approve') }}
    />,
  );
  return { onUpdate, user: userEvent.setup() };
}

const buttons = () => within(screen.getByRole('region', { name: 'Public verdict' })).queryAllByRole('button').map((b) => b.textContent);

describe('the public verdict and sign-off of a claim', () => {
  it('offers a reviewer "Mark ready" only; an editor "Approve" and "Send back…"; a viewer nothing', () => {
    const claim = makeClaim('أول زيارة', { status: 'verified' });
    setup(claim, 'reviewer');
    expect(buttons()).toEqual(['Mark ready']);
    cleanup();
    setup({ ...claim, review: 'ready' }, 'editor');
    expect(buttons()).toEqual(['Approve', 'Send back…']);
    cleanup();
    setup({ ...claim, review: 'ready' }, 'viewer');
    expect(buttons()).toEqual([]);
    expect(screen.queryByRole('combobox', { name: 'Rating' })).toBeNull();
  });

  it('marks ready, and the explanation is saved as its own public field', async () => {
    const claim = makeClaim('أول زيارة', { status: 'verified' });
    const { onUpdate, user } = setup(claim, 'reviewer');
    const explanation = screen.getByLabelText(/Explanation/);
    expect(explanation.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('Public')).toBeTruthy();
    await user.type(explanation, 'أكد البيان ذلك');
    await user.tab();
    expect(onUpdate).toHaveBeenCalledWith({ explanation: 'أكد البيان ذلك' }, claim.version);
    await user.click(screen.getByRole('button', { name: 'Mark ready' }));
    expect(onUpdate).toHaveBeenLastCalledWith({ review: 'ready' }, claim.version);
  });

  it('offers the scale’s labels, defaulting to the status’s label', async () => {
    const claim = makeClaim('أول زيارة', { status: 'disputed' });
    const { onUpdate, user } = setup(claim, 'reviewer');
    const select = screen.getByRole('combobox', { name: 'Rating' }) as HTMLSelectElement;
    expect(select.options[0]!.textContent).toBe('Default: False');
    expect([...select.options].slice(1).map((o) => o.value)).toEqual(DEFAULT_RATING_SCALE.labels.map((l) => l.id));
    await user.selectOptions(select, 'misleading');
    expect(onUpdate).toHaveBeenCalledWith({ rating: 'misleading' }, claim.version);
  });

  it('shows who approved and when; an editor sends it back with a comment', async () => {
    const claim: Claim = { ...makeClaim('أول زيارة', { status: 'verified' }), review: 'approved', approval: { by: 'رانيا', byId: 'u-rania', at: '2024-07-05T12:00:00.000Z' } };
    const { onUpdate, user } = setup(claim, 'editor');
    expect(screen.getByRole('group', { name: 'Sign-off' }).textContent).toContain('by رانيا');
    expect(buttons()).toEqual(['Send back…']);
    await user.click(screen.getByRole('button', { name: 'Send back…' }));
    await user.type(screen.getByLabelText('Comment for the reviewer'), 'نحتاج مصدرا ثانيا');
    await user.click(screen.getByRole('button', { name: 'Send back' }));
    expect(onUpdate).toHaveBeenCalledWith({ review: 'none', reviewComment: 'نحتاج مصدرا ثانيا' }, claim.version);
  });

  it('filters claims by each sign-off stage', () => {
    const claims = [
      { id: 'a', review: 'none' as const },
      { id: 'b', review: 'ready' as const },
      { id: 'c', review: 'approved' as const },
      { id: 'd', review: 'ready' as const },
      { id: 'e', review: 'approved' as const },
    ];
    // c is in the live version; e was approved after it; a was published, then sent back (still live until republished).
    const live = new Set(['c', 'a']);
    expect(SIGNOFF_FILTERS.map((f) => [f.id, bySignOff(claims, f.id, live).map((c) => c.id)])).toEqual([
      ['ready', ['b', 'd']],
      ['approved', ['c', 'e']],
      ['published', ['a', 'c']],
    ]);
    expect(bySignOff(claims, 'published')).toEqual([]);
    expect(bySignOff(claims, null)).toBe(claims);
  });
});
