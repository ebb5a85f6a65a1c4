import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPresenceChange, type PresenceChange } from '../../shared/domain/presence.ts';
import type { PresenceUser } from '../../shared/protocol/events.ts';
import { PresenceRegistry, type PresenceCluster, type PresenceMessage } from '../../server/realtime/presence.ts';

/**
 * The registry alone, with a hand-driven cluster: what it tells its own
 * connections when other nodes' messages arrive late, twice, or stop.
 */
const ARTICLE = 'a1';
const HEARTBEAT = 1000;

function user(id: string, name: string, selection: PresenceUser['selection'] = null): PresenceUser {
  return { id, userId: `u-${name}`, name, color: '#000000', colorIndex: 0, claimId: null, selection };
}

function setup() {
  const published: PresenceChange[] = [];
  const sent: PresenceMessage[] = [];
  let deliver: (m: PresenceMessage) => void = () => {};
  const cluster: PresenceCluster = { node: 'here', heartbeatMs: HEARTBEAT, send: (m) => sent.push(m), onMessage: (h) => (deliver = h) };
  const registry = new PresenceRegistry((c) => published.push(c), cluster);
  // What a connection here sees: the list folded from every change.
  const seen = () => published.reduce<PresenceUser[]>((list, c) => applyPresenceChange(list, c), []);
  const fromThere = (users: PresenceUser[], version: number) => deliver({ kind: 'article', node: 'there', articleId: ARTICLE, users, version });
  return { registry, published, sent, seen, fromThere, deliver: (m: PresenceMessage) => deliver(m) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PresenceRegistry with several nodes', () => {
  it('passes on only the entries another node changed', () => {
    const { registry, published, fromThere } = setup();
    fromThere([user('x', 'Omar'), user('y', 'Sara')], 1);
    vi.advanceTimersByTime(200);
    fromThere([user('x', 'Omar', { start: 1, end: 4 }), user('y', 'Sara')], 2);
    vi.advanceTimersByTime(200);
    expect(published.at(-1)).toEqual({ articleId: ARTICLE, users: [user('x', 'Omar', { start: 1, end: 4 })], left: [] });
    registry.close();
  });

  it('ignores a message that arrives after a newer one from the same node (no one who left comes back)', () => {
    const { registry, seen, fromThere } = setup();
    fromThere([user('x', 'Omar'), user('y', 'Sara')], 1);
    vi.advanceTimersByTime(200);
    fromThere([user('y', 'Sara')], 3); // Omar left
    vi.advanceTimersByTime(200);
    fromThere([user('x', 'Omar'), user('y', 'Sara')], 2); // late
    vi.advanceTimersByTime(200);
    expect(seen().map((u) => u.name)).toEqual(['Sara']);
    expect(registry.users(ARTICLE).map((u) => u.name)).toEqual(['Sara']);
    registry.close();
  });

  it("drops a silent node's people, telling each connection who left", () => {
    const { registry, seen, fromThere, deliver } = setup();
    registry.join(ARTICLE, 'me', { id: 'u-me', name: 'Layla' });
    fromThere([user('x', 'Omar')], 1);
    vi.advanceTimersByTime(200);
    expect(seen().map((u) => u.name)).toEqual(['Layla', 'Omar']);
    // 'there' stops; another node keeps beating, so only 'there' is dead.
    for (let t = 0; t < 5; t++) {
      deliver({ kind: 'heartbeat', node: 'elsewhere' });
      vi.advanceTimersByTime(HEARTBEAT);
    }
    expect(seen().map((u) => u.name)).toEqual(['Layla']);
    registry.close();
  });

  it('tells the other nodes its people at most ten times a second, the last with the latest state', () => {
    const { registry, sent } = setup();
    registry.join(ARTICLE, 'me', { id: 'u-me', name: 'Layla' });
    for (let i = 0; i < 50; i++) {
      registry.update(ARTICLE, 'me', { claimId: null, selection: { start: i, end: i + 1 } });
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(200);
    const announced = sent.filter((m): m is Extract<PresenceMessage, { kind: 'article' }> => m.kind === 'article');
    expect(announced.length).toBeLessThanOrEqual(7); // 0.7 s at ten a second, and the first at once
    expect(announced.at(-1)!.users[0]!.selection).toEqual({ start: 49, end: 50 });
    expect(new Set(announced.map((m) => m.version)).size).toBe(announced.length);
    registry.close();
  });
});
