// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { statusEntry, testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';
import { chartLabel, dashboard, DashboardHarness, drillPanel, listedIds, num, optionsOf, rows } from '../test/dashboardHarness.tsx';

/**
 * The dashboard page's data flow: the first load and its failure, the
 * watch over the socket and the refreshes it brings, a new article, and a
 * drill-down the server cut short.
 */

let h: DashboardHarness;
beforeEach(() => {
  h = new DashboardHarness();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Dashboard: loading and errors', () => {
  it('says so when the figures cannot be loaded, and a lost session leads to sign-in', async () => {
    h.fetch.mockImplementation(async () => new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in first.' } }), { status: 401 }));
    h.mount();
    expect(screen.getByText('Loading the dashboard…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('The dashboard could not be loaded');
    expect(h.sessionLost).toHaveBeenCalled();
  });
});

describe('Dashboard: live', () => {
  it('watches for changes once connected, and a change refreshes the figures and the open list', async () => {
    await h.show();
    const rt = h.realtime;
    const live = () => screen.getByTestId('dashboard-live');
    expect(live().getAttribute('data-live')).toBe('false');
    expect(live().textContent).toBe('Not live: showing the last figures loaded');
    const asked = h.api.asked.length;
    act(() => rt.setState('connected'));
    await waitFor(() => expect(live().getAttribute('data-live')).toBe('true'));
    expect(live().textContent).toBe('Updates live');
    expect(rt.watches).toEqual([{ watch: true, connected: true }]);
    // Changes made before the watch took hold were never announced: the figures are fetched again.
    await waitFor(() => expect(h.api.asked.length).toBe(asked + 1));

    const user = userEvent.setup();
    await user.click(num('2 disputed claims'));
    await waitFor(() => expect(listedIds()).toEqual(['c2', 'c6']));
    // A colleague disputes c5; the server says A2 changed.
    const ws = h.api.workspace;
    const c5 = { ...ws.claims.c5!, status: 'disputed' as const, version: 2 };
    h.api.workspace = {
      ...ws,
      claims: { ...ws.claims, c5 },
      history: { ...ws.history, c5: [...ws.history.c5!, statusEntry(c5, 'u2', '2024-07-10T11:00:00.000Z', 'unreviewed', 'disputed')] },
    };
    act(() => rt.emit('dashboard:changed', { articleIds: ['A2'] }));
    await waitFor(() => expect(chartLabel()).toBe('Claims by status, 6 in all: Unreviewed 1, Attributed 1, Verified 1, Disputed 3'));
    await waitFor(() => expect(listedIds()).toEqual(['c2', 'c5', 'c6']));
    expect(rows('reviewers')[0]).toEqual(['Omar', 3]);
    expect(dashboard().querySelector('[data-testid=recent] > li')!.getAttribute('data-claim-id')).toBe('c5');

    act(() => rt.setState('disconnected'));
    expect(live().getAttribute('data-live')).toBe('false');
    expect(live().textContent).toBe('Not live: showing the last figures loaded');
    // Back: the watch again (the server forgot it with the connection), and both lists fetched again.
    const beforeReconnect = h.api.asked.length;
    act(() => rt.setState('connected'));
    await waitFor(() => expect(live().getAttribute('data-live')).toBe('true'));
    expect(rt.watches.map((w) => w.watch)).toEqual([true, true]);
    await waitFor(() => expect(h.api.asked.length).toBe(beforeReconnect + 2));
  });

  it('a new article appears in the filter and the table', async () => {
    await h.show();
    const rt = h.realtime;
    act(() => rt.setState('connected'));
    const ws = h.api.workspace;
    const a3 = { ...ws.articles.A2!, id: 'A3', title: 'Wire copy', createdAt: '2024-07-09T00:00:00.000Z' };
    h.api.workspace = { ...ws, articles: { ...ws.articles, A3: a3 } };
    act(() => rt.emit('article:created', { article: a3 }));
    await waitFor(() => expect(dashboard().querySelectorAll('[data-testid=articles] tbody tr')).toHaveLength(3));
    expect(optionsOf('Article')).toContain('Wire copy');
  });
});

describe('Dashboard: a long drill-down', () => {
  it('a list longer than the server sends says it shows only the first ones', async () => {
    const ws = testWorkspace();
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`m${i}`, { ...ws.claims.c3!, id: `m${i}` }]));
    await h.show({ ...ws, claims: { ...ws.claims, ...many } });
    const user = userEvent.setup();
    await user.click(num('202 claims without a source'));
    await waitFor(() => expect(drillPanel().querySelectorAll('.drill-list > li')).toHaveLength(200));
    expect(within(drillPanel()).getByRole('heading').textContent).toContain('showing the first 200');
    expect(drillPanel().textContent).toContain('More claims match than are listed here');

    await user.click(num('2 disputed claims'));
    await waitFor(() => expect(listedIds()).toEqual(['c2', 'c6']));
    expect(drillPanel().textContent).not.toContain('showing the first');
  });
});
