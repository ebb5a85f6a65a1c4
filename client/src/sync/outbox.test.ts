import { describe, expect, it, vi } from 'vitest';
import type { Delivery, MutationAck, WireOp } from '../realtime/wire.ts';
import { makeClaim } from '../test/fixtures.ts';
import { Outbox, type OutboxEvent } from './outbox.ts';
import { newTempId } from './outboxEntry.ts';
import { loadOutbox, outboxKey, type StorageLike } from './outboxStorage.ts';

/** localStorage as a Map: what survives a "reload" is what was written here. */
function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const KEY = outboxKey('u-layla', 'test-article');
const claim = makeClaim('قال البنتاغون');
const update = (id: string, changes: object, baseVersion = 1): WireOp =>
  ({ event: 'claim:update', payload: { id, changes, baseVersion } }) as WireOp;
const ok = (extra: Partial<Extract<MutationAck, { ok: true }>> = {}): Delivery => ({ delivered: true, ack: { ok: true, seq: 1, ...extra } });

/** An outbox whose sends the test answers one by one. */
function harness(storage = memoryStorage(), answer?: (op: WireOp) => Delivery | Promise<Delivery>) {
  const sent: WireOp[] = [];
  const events: OutboxEvent[] = [];
  const send = vi.fn(async (op: WireOp) => {
    sent.push(op);
    return answer ? answer(op) : ok({ claim });
  });
  const outbox = new Outbox({ storage, key: KEY, send, sleep: async () => {} });
  outbox.subscribe((e) => events.push(e));
  const settled = () => events.flatMap((e) => (e.type === 'settled' ? [e] : []));
  return { outbox, sent, send, events, settled, storage };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Outbox: queue and persistence', () => {
  it('gives every change an opId, persists it at once, and sends nothing until resumed', () => {
    const { outbox, send, storage } = harness();
    const entry = outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id, base: { seen: 1 } });
    expect(entry.opId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect((entry.op.payload as { opId?: string }).opId).toBe(entry.opId);
    expect(send).not.toHaveBeenCalled();
    expect(loadOutbox(storage, KEY).entries).toEqual([entry]);
  });

  it('survives a reload: a new outbox on the same storage has the same entries, in order, with their opIds', async () => {
    const storage = memoryStorage();
    const first = harness(storage).outbox;
    const a = first.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    const b = first.enqueue({ op: { event: 'comment:create', payload: { claimId: claim.id, text: 'checked' } }, claimId: claim.id, tempId: newTempId() });
    const reloaded = harness(storage);
    expect(reloaded.outbox.entries.map((e) => e.opId)).toEqual([a.opId, b.opId]);
    reloaded.outbox.resume();
    await flush();
    expect(reloaded.sent.map((op) => (op.payload as { opId: string }).opId)).toEqual([a.opId, b.opId]);
    expect(reloaded.outbox.entries).toEqual([]);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('drops what a corrupt or edited storage holds rather than sending it', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, JSON.stringify({ v: 1, entries: [{ opId: 'short', op: { event: 'claim:update', payload: {} } }, 42], conflicts: 'x' }));
    expect(harness(storage).outbox.entries).toEqual([]);
    storage.setItem(KEY, '{not json');
    expect(harness(storage).outbox.entries).toEqual([]);
  });

  it('keeps entries another tab queued for the same person and article', () => {
    const storage = memoryStorage();
    const tabA = harness(storage).outbox;
    const tabB = harness(storage).outbox;
    const a = tabA.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    const b = tabB.enqueue({ op: update(claim.id, { note: 'from B' }), claimId: claim.id });
    expect(loadOutbox(storage, KEY).entries.map((e) => e.opId).sort()).toEqual([a.opId, b.opId].sort());
  });
});

describe('Outbox: sending', () => {
  it('sends strictly in order, one at a time', async () => {
    let release!: () => void;
    const { outbox, sent } = harness(memoryStorage(), (op) =>
      op.event === 'claim:update' && 'status' in op.payload.changes ? new Promise<Delivery>((r) => (release = () => r(ok({ claim })))) : ok({ claim }),
    );
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.enqueue({ op: update(claim.id, { note: 'second' }), claimId: claim.id });
    outbox.resume();
    await flush();
    expect(sent).toHaveLength(1);
    release();
    await flush();
    expect(sent).toHaveLength(2);
  });

  it('retries a timed-out send with the same opId; the entry stays queued meanwhile', async () => {
    let calls = 0;
    const { outbox, sent, settled } = harness(memoryStorage(), () => (++calls < 3 ? { delivered: false, reason: 'timeout' } : ok({ claim })));
    const entry = outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.resume();
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    expect(sent.map((op) => (op.payload as { opId: string }).opId)).toEqual([entry.opId, entry.opId, entry.opId]);
  });

  it('stops when the link drops mid-send and resends the same op (same opId) when resumed', async () => {
    let online = false;
    const { outbox, sent, settled } = harness(memoryStorage(), () => (online ? ok({ claim }) : { delivered: false, reason: 'disconnected' }));
    const entry = outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.resume();
    await flush();
    expect(sent).toHaveLength(1);
    expect(outbox.entries).toHaveLength(1);
    expect(outbox.entries[0]!.attempts).toBe(1);
    online = true;
    outbox.resume();
    await vi.waitFor(() => expect(settled()).toHaveLength(1));
    expect(sent.map((op) => (op.payload as { opId: string }).opId)).toEqual([entry.opId, entry.opId]);
  });

  it('retries transient refusals (storage_failed) and reports final ones', async () => {
    const answers: Delivery[] = [
      { delivered: true, ack: { ok: false, error: { code: 'storage_failed', message: 'disk' } } },
      ok({ claim }),
      { delivered: true, ack: { ok: false, error: { code: 'forbidden', message: 'no' } } },
    ];
    const { outbox, settled } = harness(memoryStorage(), () => answers.shift()!);
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.enqueue({ op: { event: 'claim:delete', payload: { id: claim.id } }, claimId: claim.id });
    outbox.resume();
    await vi.waitFor(() => expect(settled()).toHaveLength(2));
    expect(settled().map((e) => e.ack.ok)).toEqual([true, false]);
    expect(outbox.entries).toEqual([]);
  });

  it('an expired session blocks the queue and keeps it', async () => {
    const { outbox, events } = harness(memoryStorage(), () => ({ delivered: true, ack: { ok: false, error: { code: 'unauthenticated', message: 'sign in' } } }));
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.resume();
    await flush();
    expect(events.some((e) => e.type === 'blocked')).toBe(true);
    expect(outbox.entries).toHaveLength(1);
  });

  it('parks a conflict, with the server’s current claim, until the person decides', async () => {
    const current = { ...claim, status: 'disputed' as const, version: 2, updatedBy: 'Omar' };
    const storage = memoryStorage();
    const { outbox } = harness(storage, () => ({ delivered: true, ack: { ok: false, error: { code: 'conflict', message: 'x' }, current } }));
    const entry = outbox.enqueue({ op: update(claim.id, { status: 'verified' }), claimId: claim.id });
    outbox.resume();
    await flush();
    expect(outbox.conflicts).toEqual([{ entry, current }]);
    expect(harness(storage).outbox.conflicts).toHaveLength(1); // survives a reload too
    outbox.dismissConflict(entry.opId);
    expect(loadOutbox(storage, KEY).conflicts).toEqual([]);
  });
});

describe('Outbox: things created offline', () => {
  it('a claim created offline gets a temporary id; later ops on it are sent with the real id', async () => {
    const real = { ...claim, id: 'real-claim-id' };
    const { outbox, sent } = harness(memoryStorage(), (op) => (op.event === 'claim:create' ? ok({ claim: real }) : ok({ claim: { ...real, version: 2 } })));
    const temp = newTempId();
    outbox.enqueue({ op: { event: 'claim:create', payload: { articleId: real.articleId, target: { start: 0, end: 4 } } }, claimId: temp, tempId: temp });
    outbox.enqueue({ op: update(temp, { status: 'verified' }), claimId: temp, base: { seen: 1 } });
    outbox.enqueue({ op: { event: 'comment:create', payload: { claimId: temp, text: 'mine' } }, claimId: temp, tempId: newTempId() });
    outbox.resume();
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[1]).toMatchObject({ event: 'claim:update', payload: { id: 'real-claim-id', baseVersion: 1 } });
    expect(sent[2]).toMatchObject({ event: 'comment:create', payload: { claimId: 'real-claim-id' } });
  });

  it('evidence added and removed offline: the removal names the evidence the server made', async () => {
    const withEvidence = {
      ...claim,
      version: 2,
      evidence: [{ id: 'ev-real', url: 'https://example.org/a', title: '', note: '', addedBy: 'Layla', addedById: 'u-layla', addedAt: claim.createdAt }],
    };
    const { outbox, sent } = harness(memoryStorage(), () => ok({ claim: withEvidence }));
    const ev = newTempId();
    outbox.enqueue({ op: { event: 'evidence:add', payload: { claimId: claim.id, url: 'https://example.org/a' } }, claimId: claim.id, tempId: ev });
    outbox.enqueue({ op: { event: 'evidence:remove', payload: { claimId: claim.id, evidenceId: ev } }, claimId: claim.id });
    outbox.resume();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ payload: { evidenceId: 'ev-real' } });
  });

  it('when the create is refused, what was queued on it is dropped, not sent', async () => {
    const { outbox, sent, events } = harness(memoryStorage(), () => ({ delivered: true, ack: { ok: false, error: { code: 'range_out_of_bounds', message: 'x' } } }));
    const temp = newTempId();
    outbox.enqueue({ op: { event: 'claim:create', payload: { articleId: 'test-article', target: { start: 0, end: 4 } } }, claimId: temp, tempId: temp });
    outbox.enqueue({ op: update(temp, { status: 'verified' }), claimId: temp });
    outbox.resume();
    await flush();
    expect(sent).toHaveLength(1);
    expect(events.filter((e) => e.type === 'dropped')).toHaveLength(1);
    expect(outbox.entries).toEqual([]);
  });
});

describe('Outbox: base versions of queued edits', () => {
  it('my own edits made on the same version build on each other once acked (no conflict with myself)', async () => {
    let version = 5;
    const { outbox, sent } = harness(memoryStorage(), () => ok({ claim: { ...claim, version: ++version } }));
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.enqueue({ op: update(claim.id, { status: 'disputed' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.enqueue({ op: update(claim.id, { note: 'n' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.resume();
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent.map((op) => (op.payload as { baseVersion: number }).baseVersion)).toEqual([5, 6, 7]);
  });

  it('when a colleague changed the claim in between, the later edit keeps the version I saw', async () => {
    // The server went 5 -> 6 (Omar) -> 7 (my status): my note stays based on 5, so a
    // change Omar made to the note shows as a conflict instead of being overwritten.
    const { outbox, sent } = harness(memoryStorage(), () => ok({ claim: { ...claim, version: 7 } }));
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.enqueue({ op: update(claim.id, { note: 'n' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.resume();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect((sent[1]!.payload as { baseVersion: number }).baseVersion).toBe(5);
  });

  it('an edit from an editor opened before my acked change builds on it; one on a newer version is sent as is', async () => {
    const { outbox, sent } = harness(memoryStorage(), () => ok({ claim: { ...claim, version: 6 } }));
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }, 5), claimId: claim.id, base: { seen: 5 } });
    outbox.resume();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    outbox.enqueue({ op: update(claim.id, { note: 'typed since 5' }, 5), claimId: claim.id, base: { seen: 5 } });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    outbox.enqueue({ op: update(claim.id, { summary: 'on 9' }, 9), claimId: claim.id, base: { seen: 9 } });
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent.map((op) => (op.payload as { baseVersion: number }).baseVersion)).toEqual([5, 6, 9]);
  });

  it('after a conflict, "keep mine" on their version is sent on exactly that version', async () => {
    const current = { ...claim, status: 'disputed' as const, version: 2 };
    const answers: Delivery[] = [{ delivered: true, ack: { ok: false, error: { code: 'conflict', message: 'x' }, current } }, ok({ claim: { ...current, version: 3 } })];
    const { outbox, sent } = harness(memoryStorage(), () => answers.shift()!);
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }, 1), claimId: claim.id, base: { seen: 1 } });
    outbox.resume();
    await vi.waitFor(() => expect(outbox.conflicts).toHaveLength(1));
    outbox.enqueue({ op: update(claim.id, { status: 'verified' }, 2), claimId: claim.id, base: { seen: 2 } });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect((sent[1]!.payload as { baseVersion: number }).baseVersion).toBe(2);
  });
});
