import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.ts';

afterEach(() => vi.useRealTimers());

describe('throttle (presence: about 10 a second, the latest state last)', () => {
  it('sends the first value at once, coalesces the rest, and ends with the latest', () => {
    vi.useFakeTimers();
    const sent: number[] = [];
    const t = throttle((v: number) => sent.push(v), 100);
    for (let i = 1; i <= 30; i++) {
      t(i);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(200);
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(30);
    // 300 ms of calls: the first at once, then at most one per 100 ms.
    expect(sent.length).toBeLessThanOrEqual(5);
  });

  it('flush sends a waiting value now; cancel forgets it', () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const t = throttle((v: string) => sent.push(v), 100);
    t('a');
    t('b');
    t.flush();
    expect(sent).toEqual(['a', 'b']);
    t('c');
    t.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['a', 'b']);
  });
});
