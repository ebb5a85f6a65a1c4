// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import type { Ack, ServerToClientEvents } from '../../../shared/protocol/events.ts';
import type { ConnectionState, Realtime } from '../realtime/connection.ts';
import { useWorkspace } from './useWorkspace.ts';
import { article, makeClaim } from '../test/fixtures.ts';

/** A Realtime whose answers the test decides, and whose broadcasts the test fires. */
function fakeRealtime(claims: () => Claim[]) {
  const handlers = new Map<string, (e: never) => void>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  const rt = {
    get state() {
      return state;
    },
    joinArticle: vi.fn(async () => ({ ok: true as const, article, claims: claims(), users: [] })),
    leaveArticle: vi.fn(async () => ({ ok: true as const })),
    createClaim: vi.fn(),
    updateClaim: vi.fn<Realtime['updateClaim']>(),
    deleteClaim: vi.fn(),
    restoreClaim: vi.fn(),
    on: (event: string, h: (e: never) => void) => {
      handlers.set(event, h);
      return () => handlers.delete(event);
    },
    onState: (l: (s: ConnectionState) => void) => {
      stateListeners.add(l);
      l(state);
      return () => stateListeners.delete(l);
    },
    close: () => {},
    setState(next: ConnectionState) {
      state = next;
      stateListeners.forEach((l) => l(next));
    },
    emit<E extends keyof ServerToClientEvents>(event: E, payload: Parameters<ServerToClientEvents[E]>[0]) {
      handlers.get(event)?.(payload as never);
    },
  };
  return rt;
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ article, claims: [] }))));
});
afterEach(() => vi.unstubAllGlobals());

const layla = { id: 'u-layla', name: 'Layla' };

describe('useWorkspace', () => {
  const claim = makeClaim('قال البنتاغون');

  async function connected(server: Claim[]) {
    let serverClaims = server;
    const rt = fakeRealtime(() => serverClaims);
    const hook = renderHook(() => useWorkspace(rt as unknown as Realtime, article.id, layla));
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.claims).toHaveLength(serverClaims.length));
    return { rt, hook, setServer: (c: Claim[]) => (serverClaims = c) };
  }

  it('shows an update at once and rolls it back with the error when the server refuses', async () => {
    const { rt, hook } = await connected([claim]);
    let answer!: (a: Ack<{ claim: Claim }>) => void;
    rt.updateClaim.mockImplementation(() => new Promise((r) => (answer = r)));
    let pending!: Promise<unknown>;
    act(() => {
      pending = hook.result.current.actions.updateClaim(claim.id, { status: 'disputed' }, claim.version);
    });
    expect(hook.result.current.claims[0]!.status).toBe('disputed');
    expect(rt.updateClaim).toHaveBeenCalledWith({ id: claim.id, changes: { status: 'disputed' }, baseVersion: claim.version });
    await act(async () => {
      answer({ ok: false, error: { code: 'storage_failed', message: 'Disk full' } });
      await pending;
    });
    expect(hook.result.current.claims[0]!.status).toBe('unreviewed');
    expect(hook.result.current.notice).toBe('Disk full');
  });

  it('applies colleagues’ broadcasts for this article only', async () => {
    const { rt, hook } = await connected([claim]);
    const other = makeClaim('أول زيارة');
    act(() => rt.emit('claim:created', { articleId: article.id, claim: other }));
    act(() => rt.emit('claim:created', { articleId: 'another', claim: { ...other, id: 'zz' } }));
    expect(hook.result.current.claims.map((c) => c.id)).toEqual([claim.id, other.id]);
    act(() => rt.emit('claim:deleted', { articleId: article.id, id: claim.id }));
    expect(hook.result.current.claims.map((c) => c.id)).toEqual([other.id]);
  });

  it('re-joins after a reconnect and replaces its state with the join result', async () => {
    const { rt, hook, setServer } = await connected([claim]);
    act(() => rt.setState('disconnected'));
    expect(hook.result.current.connection).toBe('disconnected');
    const missed = makeClaim('أول زيارة');
    setServer([missed]);
    act(() => rt.setState('connected'));
    await waitFor(() => expect(hook.result.current.claims.map((c) => c.id)).toEqual([missed.id]));
    expect(rt.joinArticle).toHaveBeenCalledTimes(2);
  });
});
