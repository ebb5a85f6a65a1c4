// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';
import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import { dashboard, DashboardHarness, listedIds, num } from '../test/dashboardHarness.tsx';

/** The hand-counted workspace with sign-off: c1, c2 approved (c1 in A1's live version), c4, c5 ready. */
function signedOff(): DashboardInput {
  const ws = testWorkspace();
  const review: Record<string, 'ready' | 'approved'> = { c1: 'approved', c2: 'approved', c4: 'ready', c5: 'ready' };
  const stageOf = (id: string): 'none' | 'ready' | 'approved' => review[id] ?? 'none';
  const claims = Object.fromEntries(Object.entries(ws.claims).map(([id, c]) => [id, { ...c, review: stageOf(id) }]));
  return { ...ws, claims, live: { A1: new Set(['c1']) } };
}

let h: DashboardHarness;
beforeEach(() => {
  h = new DashboardHarness();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const stages = (el: Element) => [...el.querySelectorAll('button.num')].map((b) => Number(b.getAttribute('data-value')));

describe('Dashboard: sign-off', () => {
  it('shows ready, approved and published in total and per article, each opening its claims', async () => {
    await h.show(signedOff());
    const card = screen.getByTestId('signoff');
    expect(stages(card.querySelector('ul')!)).toEqual([2, 2, 1]);
    const a1 = card.querySelector('[data-testid=signoff-articles] tr[data-article-id=A1]')!;
    expect(stages(a1)).toEqual([1, 2, 1]);
    const user = userEvent.setup();
    await user.click(num('1 published claims'));
    await waitFor(() => expect(listedIds()).toEqual(['c1']));
    expect(screen.getByTestId('drilldown').textContent).toContain('Published claims');
    await user.click(num('2 ready claims'));
    await waitFor(() => expect(listedIds()).toEqual(['c4', 'c5']));
  });

  it('filters every figure by sign-off stage, and asks the server for it', async () => {
    await h.show(signedOff());
    await userEvent.setup().selectOptions(screen.getByLabelText('Sign-off stage'), 'approved');
    await waitFor(() => expect(h.lastQuery()).toEqual({ signOff: 'approved', staleDays: '7' }));
    await waitFor(() => expect(stages(screen.getByTestId('signoff').querySelector('ul')!)).toEqual([0, 2, 1]));
    expect(dashboard().querySelectorAll('[data-testid=articles] tbody tr')).toHaveLength(2);
  });
});
