// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { Article } from '../../../shared/domain/schemas.ts';
import { FakeRealtime, FakeServer } from '../test/fakeServer.ts';
import { article } from '../test/fixtures.ts';
import { REFRESH_DEBOUNCE_MS, TICK_MS, useDashboardWatch } from './useDashboardWatch.ts';

let rt: FakeRealtime;
beforeEach(() => {
  vi.useFakeTimers();
  rt = new FakeRealtime(new FakeServer());
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function watching(callbacks: { onSessionLost?: () => void; onArticleCreated?: (a: Article) => void } = {}) {
  return renderHook(() => useDashboardWatch(rt, { onSessionLost: callbacks.onSessionLost ?? (() => {}), onArticleCreated: callbacks.onArticleCreated }));
}

async function connect() {
  act(() => rt.setState('connected'));
  // The watch's ack, then the refresh it asks for.
  await wait(REFRESH_DEBOUNCE_MS);
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useDashboardWatch', () => {
  it('watches on every connect and refreshes after each, since notices may have been missed', async () => {
    const hook = watching();
    expect(hook.result.current).toMatchObject({ connection: 'connecting', live: false, refreshes: 0 });
    expect(rt.watches).toEqual([]);
    await connect();
    expect(rt.watches).toEqual([{ watch: true, connected: true }]);
    expect(hook.result.current).toMatchObject({ connection: 'connected', live: true, refreshes: 1 });

    act(() => rt.setState('disconnected'));
    expect(hook.result.current).toMatchObject({ connection: 'disconnected', live: false });
    await connect();
    expect(rt.watches.map((w) => w.watch)).toEqual([true, true]);
    expect(hook.result.current).toMatchObject({ live: true, refreshes: 2 });
  });

  it('a burst of notices is one refresh, about 300 ms after the last', async () => {
    const hook = watching();
    await connect();
    act(() => rt.emit('dashboard:changed', { articleIds: ['a'] }));
    await wait(200);
    act(() => rt.emit('dashboard:changed', { articleIds: ['b'] }));
    await wait(REFRESH_DEBOUNCE_MS - 1);
    expect(hook.result.current.refreshes).toBe(1);
    await wait(1);
    expect(hook.result.current.refreshes).toBe(2);
    await wait(5 * REFRESH_DEBOUNCE_MS);
    expect(hook.result.current.refreshes).toBe(2);
  });

  it('a new article refreshes, and is handed on for the list of articles', async () => {
    const created = vi.fn();
    const hook = watching({ onArticleCreated: created });
    await connect();
    act(() => rt.emit('article:created', { article }));
    expect(created).toHaveBeenCalledWith(article);
    await wait(REFRESH_DEBOUNCE_MS);
    expect(hook.result.current.refreshes).toBe(2);
  });

  it('refreshes when the page is shown again, and every minute while it is shown', async () => {
    const hook = watching();
    await connect();
    setVisibility('hidden');
    await wait(TICK_MS);
    // Hidden: the clock does not fetch.
    expect(hook.result.current.refreshes).toBe(1);
    setVisibility('visible');
    await wait(REFRESH_DEBOUNCE_MS);
    expect(hook.result.current.refreshes).toBe(2);
    await wait(TICK_MS);
    expect(hook.result.current.refreshes).toBe(3);
  });

  it('a watch that failed is sent again at the next tick', async () => {
    const hook = watching();
    const watch = vi.spyOn(rt, 'watchDashboard').mockResolvedValueOnce({ ok: false, error: { code: 'internal_error', message: 'The server did not answer in time.' } });
    await connect();
    expect(hook.result.current.live).toBe(false);
    await wait(TICK_MS);
    expect(watch).toHaveBeenCalledTimes(2);
    expect(hook.result.current.live).toBe(true);
  });

  it('a lost session is reported, from the connection or from the watch', async () => {
    const lost = vi.fn();
    watching({ onSessionLost: lost });
    vi.spyOn(rt, 'watchDashboard').mockResolvedValueOnce({ ok: false, error: { code: 'unauthenticated', message: 'Sign in first.' } });
    await connect();
    expect(lost).toHaveBeenCalledTimes(1);
    act(() => rt.setState('disconnected', 'unauthenticated'));
    expect(lost).toHaveBeenCalledTimes(2);
  });

  it('stops watching when the page closes', async () => {
    const hook = watching();
    await connect();
    hook.unmount();
    expect(rt.watches.map((w) => w.watch)).toEqual([true, false]);
  });
});
