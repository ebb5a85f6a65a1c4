// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useRefetchedJson } from './useRefetchedJson.ts';
import { errorMessages } from '../i18n/errors.messages.ts';

/** Requests the test answers by hand, in any order. */
interface Pending {
  url: string;
  signal: AbortSignal | undefined;
  answer(body: object, status?: number): Promise<void>;
}
let pending: Pending[];

beforeEach(() => {
  pending = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          pending.push({
            url: String(input),
            signal: init?.signal ?? undefined,
            // Like a server that answers even after the browser gave up on the request.
            answer: async (body, status = 200) => {
              await act(async () => resolve(new Response(JSON.stringify(body), { status })));
            },
          });
        }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function mount(initial: { url: string | null; key: number }, onSessionLost = () => {}) {
  return renderHook(({ url, key }) => useRefetchedJson<{ n: string }>(url, key, onSessionLost), { initialProps: initial });
}

describe('useRefetchedJson', () => {
  it('asks once, and again when the refresh key moves; refreshes asked for meanwhile cost one request, sent after the answer', async () => {
    const hook = mount({ url: '/api/x', key: 0 });
    expect(pending.map((p) => p.url)).toEqual(['/api/x']);
    hook.rerender({ url: '/api/x', key: 1 });
    hook.rerender({ url: '/api/x', key: 2 });
    // One request in flight at a time.
    expect(pending).toHaveLength(1);
    await pending[0]!.answer({ n: 'first' });
    expect(hook.result.current.answer).toEqual({ url: '/api/x', data: { ok: true, n: 'first' } });
    expect(pending).toHaveLength(2);
    await pending[1]!.answer({ n: 'second' });
    expect(hook.result.current.answer?.data.n).toBe('second');
    // Nothing more was asked for.
    expect(pending).toHaveLength(2);
  });

  it('an answer to an older query never replaces a newer one', async () => {
    const hook = mount({ url: '/api/x?status=verified', key: 0 });
    hook.rerender({ url: '/api/x?status=disputed', key: 0 });
    // The new query goes out at once; the old request is cancelled.
    expect(pending.map((p) => p.url)).toEqual(['/api/x?status=verified', '/api/x?status=disputed']);
    expect(pending[0]!.signal?.aborted).toBe(true);
    await pending[1]!.answer({ n: 'disputed' });
    // The old answer arrives late anyway.
    await pending[0]!.answer({ n: 'verified' });
    expect(hook.result.current.answer).toEqual({ url: '/api/x?status=disputed', data: { ok: true, n: 'disputed' } });
    expect(pending).toHaveLength(2);
  });

  it('an older answer arriving first is not shown either: the page waits for the one it asked for', async () => {
    const hook = mount({ url: '/api/x?a', key: 0 });
    hook.rerender({ url: '/api/x?b', key: 0 });
    await pending[0]!.answer({ n: 'a' });
    expect(hook.result.current.answer).toBeNull();
    await pending[1]!.answer({ n: 'b' });
    expect(hook.result.current.answer?.url).toBe('/api/x?b');
  });

  it('a failed refresh keeps the last answer and says why; a lost session is reported', async () => {
    const lost = vi.fn();
    const hook = mount({ url: '/api/x', key: 0 }, lost);
    await pending[0]!.answer({ n: 'good' });
    hook.rerender({ url: '/api/x', key: 1 });
    await pending[1]!.answer({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } }, 500);
    expect(hook.result.current.answer?.data.n).toBe('good');
    // Worded by its code in the person's language (client/src/i18n/errors.ts), not as the server sent it.
    expect(hook.result.current.error).toEqual({ url: '/api/x', message: errorMessages.internal_error.en });
    expect(lost).not.toHaveBeenCalled();
    hook.rerender({ url: '/api/x', key: 2 });
    await pending[2]!.answer({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, 401);
    expect(lost).toHaveBeenCalledTimes(1);
    // The next answer clears the error.
    hook.rerender({ url: '/api/x', key: 3 });
    await pending[3]!.answer({ n: 'again' });
    expect(hook.result.current).toEqual({ answer: { url: '/api/x', data: { ok: true, n: 'again' } }, error: null });
  });

  it('asks nothing without a URL, and cancels what is on its way when the URL goes or the page closes', async () => {
    const hook = mount({ url: null, key: 0 });
    hook.rerender({ url: null, key: 1 });
    expect(pending).toHaveLength(0);
    hook.rerender({ url: '/api/x', key: 1 });
    hook.rerender({ url: null, key: 1 });
    expect(pending[0]!.signal?.aborted).toBe(true);
    hook.rerender({ url: '/api/y', key: 1 });
    hook.unmount();
    expect(pending[1]!.signal?.aborted).toBe(true);
    await waitFor(() => expect(pending).toHaveLength(2));
  });
});
