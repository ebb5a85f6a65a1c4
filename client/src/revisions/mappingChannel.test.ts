// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { article, makeClaim } from '../test/fixtures.ts';
import { computeMapping, type MappingMessage, type MappingRequest } from './mappingJob.ts';
import { MappingChannel, SUPERSEDED } from './mappingChannel.ts';

/** A worker that answers only when told to, or fails to load, as a real one can. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  received: MappingMessage[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: MappingMessage) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Runs the last request as the real worker does, and answers. */
  answer() {
    const { id, request } = this.received.at(-1)!;
    this.onmessage?.({ data: { id, effects: computeMapping(request) } });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

const draft = (body: string): MappingRequest => ({ kind: 'preview', article, claims: [makeClaim('حسب الكرملين')], body });
const [P1, P2] = article.body as [string, string];

describe('MappingChannel', () => {
  it('runs the mapping in a worker, and a newer request ends the one still running instead of queueing behind it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const channel = new MappingChannel();
    const first = channel.run(draft(`مقدمة.\n\n${P1}\n\n${P2}`));
    const second = channel.run(draft(`${P1}\n\n${P2.replace('حسب الكرملين', 'كما قال مسؤول')}`));
    expect(await first).toBe(SUPERSEDED);
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, false]);

    FakeWorker.made[1]!.answer();
    const effects = await second;
    expect(effects !== SUPERSEDED && effects?.counts).toEqual({ moved: 0, reworded: 0, orphaned: 1, placed: 0 });
    // The worker stays for the next request.
    void channel.run(draft(`مقدمة.\n\n${P1}\n\n${P2}`));
    expect(FakeWorker.made).toHaveLength(2);
    channel.close();
    expect(FakeWorker.made[1]!.terminated).toBe(true);
  });

  it('a worker that cannot start is replaced by the same mapping on this thread, for this request and the next', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const channel = new MappingChannel();
    const pending = channel.run(draft(`مقدمة.\n\n${P1}\n\n${P2}`));
    FakeWorker.made[0]!.onerror?.();
    const effects = await pending;
    expect(effects !== SUPERSEDED && effects?.counts.moved).toBe(1);
    const next = await channel.run(draft(`${P1}\n\nمقدمة.\n\n${P2}`));
    expect(next !== SUPERSEDED && next?.counts.moved).toBe(1);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
