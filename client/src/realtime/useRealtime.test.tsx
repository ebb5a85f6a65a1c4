// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { Realtime } from './connection.ts';
import { useRealtime } from './useRealtime.ts';

// The socket module is loaded on demand; here it hands out recognisable fakes.
const opened: Array<{ close: ReturnType<typeof vi.fn> }> = [];
vi.mock('./connection.ts', () => ({
  connect: () => {
    const rt = { close: vi.fn() };
    opened.push(rt);
    return rt as unknown as Realtime;
  },
}));

afterEach(() => {
  cleanup();
  opened.length = 0;
});

describe('useRealtime', () => {
  it('reads as connecting (null) until socket.io has loaded, then hands out the one connection', async () => {
    const { result } = renderHook(() => useRealtime());
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(opened).toHaveLength(1);
    expect(result.current).toBe(opened[0]);
  });

  it('opens no socket for a workspace closed before socket.io arrived', async () => {
    const { unmount } = renderHook(() => useRealtime());
    unmount();
    // The hook asked for the module first, so it has had it by the time this import resolves.
    await import('./connection.ts');
    await Promise.resolve();
    expect(opened).toHaveLength(0);
  });

  it('closes its socket when the workspace closes', async () => {
    const { result, unmount } = renderHook(() => useRealtime());
    await waitFor(() => expect(result.current).not.toBeNull());
    unmount();
    expect(opened[0]!.close).toHaveBeenCalledTimes(1);
  });
});
