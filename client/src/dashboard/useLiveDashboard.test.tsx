// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { dashboardFigures } from '../../../shared/dashboard/figures.ts';
import type { WireOp } from '../realtime/wire.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { Dashboard } from './Dashboard.tsx';
import { useLiveDashboard } from './useLiveDashboard.ts';

const omar = { id: 'u-omar', name: 'Omar' };
const span = (find: string) => {
  const body = article.body.join('\n\n');
  const start = [...body.slice(0, body.indexOf(find))].length;
  return { start, end: start + [...find].length };
};
const create = (find: string): WireOp => ({ event: 'claim:create', payload: { articleId: article.id, target: span(find), attributedTo: 'البنتاغون' } });

/** The JSON export as the server would give it from the fake server's state. */
function exportOf(server: FakeServer, history: unknown[] = []) {
  return { format: 'isnad-export', version: 1, articles: [article], claims: server.liveClaims(), comments: [], history };
}

let fetch: ReturnType<typeof stubFetch>;
let server: FakeServer;
beforeEach(() => {
  localStorage.clear();
  server = new FakeServer();
  const answers = () => exportOf(server);
  fetch = stubFetch();
  fetch.mockImplementation(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.includes('/export?format=json')) return new Response(JSON.stringify(answers()));
    return new Response(JSON.stringify({ people: [] }));
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useLiveDashboard', () => {
  it('loads the export, joins every article, and follows colleagues\' changes live', async () => {
    const rt = new FakeRealtime(server, { id: 'u-mona', name: 'Mona' });
    const lost = vi.fn();
    const hook = renderHook(() => useLiveDashboard(rt, lost));
    await waitFor(() => expect(hook.result.current.loaded).toBe(true));
    expect(fetch).toHaveBeenCalledWith('/api/export?format=json', expect.anything());
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.liveArticles).toBe(1));
    expect(rt.joins).toEqual([undefined]);
    // The snapshot join is followed by a fresh export of that article, for its history.
    await waitFor(() => expect(fetch).toHaveBeenCalledWith(`/api/articles/${article.id}/export?format=json`, expect.anything()));

    const created = rt.colleague(create('استخدمت صواريخ باليستية'), omar);
    expect(created.ok).toBe(true);
    const id = (created as { claim: { id: string } }).claim.id;
    await act(async () => {
      rt.colleague({ event: 'claim:update', payload: { id, changes: { status: 'disputed' } } }, omar);
    });
    const f = dashboardFigures(hook.result.current.input, {}, '2024-07-05T00:00:00.000Z');
    expect(f.byStatus.disputed).toBe(1);
    expect(f.decisionsPerReviewer).toMatchObject([{ reviewerId: 'u-omar', name: 'Omar', decisions: 1 }]);
    expect(f.sources).toMatchObject([{ name: 'البنتاغون', claims: 1, disputed: 1 }]);
    expect(lost).not.toHaveBeenCalled();
  });

  it('catches up after a lost broadcast, and again after a reconnect', async () => {
    const rt = new FakeRealtime(server, { id: 'u-mona', name: 'Mona' });
    const hook = renderHook(() => useLiveDashboard(rt, () => {}));
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.liveArticles).toBe(1));
    rt.dropBroadcasts = true;
    const a = rt.colleague(create('أوكرانيا'), omar) as { claim: { id: string } };
    rt.dropBroadcasts = false;
    // The next broadcast shows the gap; the hook re-joins from the last change it has.
    await act(async () => {
      rt.colleague({ event: 'claim:update', payload: { id: a.claim.id, changes: { status: 'verified' } } }, omar);
    });
    await waitFor(() => expect(rt.joins).toEqual([undefined, 0]));
    await waitFor(() => expect(Object.values(hook.result.current.input.claims).map((c) => c.status)).toEqual(['verified']));

    act(() => rt.setState('disconnected'));
    rt.colleague(create('الكرملين'), omar);
    act(() => rt.setState('connected'));
    await waitFor(() => expect(rt.joins).toEqual([undefined, 0, 2]));
    await waitFor(() => expect(Object.keys(hook.result.current.input.claims)).toHaveLength(2));
  });

  it('drives the dashboard: a status change by a colleague moves the chart', async () => {
    const rt = new FakeRealtime(server, { id: 'u-mona', name: 'Mona' });
    function Page() {
      const live = useLiveDashboard(rt, () => {});
      return <Dashboard input={live.input} now="2024-07-05T00:00:00.000Z" />;
    }
    render(<Page />);
    act(() => rt.setState('connected'));
    const chart = () => screen.getByTestId('status-chart').getAttribute('aria-label');
    await waitFor(() => expect(chart()).toContain('0 in all'));
    const c = (await act(async () => rt.colleague(create('أوكرانيا'), omar))) as { claim: { id: string } };
    await waitFor(() => expect(chart()).toBe('Claims by status, 1 in all: Unreviewed 1, Attributed 0, Verified 0, Disputed 0'));
    await act(async () => {
      rt.colleague({ event: 'claim:update', payload: { id: c.claim.id, changes: { status: 'verified' } } }, omar);
    });
    expect(chart()).toBe('Claims by status, 1 in all: Unreviewed 0, Attributed 0, Verified 1, Disputed 0');
    expect(screen.getByTestId('progress').textContent).toContain('100% reviewed');
  });
});
