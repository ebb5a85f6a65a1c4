import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unchangedEnds } from './text-diff.ts';

describe('unchangedEnds', () => {
  it('finds the common start and end around an edit, without overlapping', () => {
    expect(unchangedEnds('وتعد هذه الزيارة هي الأولى', 'وتعد هذه الزيارة الأولى')).toEqual({ prefix: 17, suffix: 6 });
    expect(unchangedEnds('abc', 'abc')).toEqual({ prefix: 3, suffix: 0 });
    expect(unchangedEnds('aaa', 'aaaa')).toEqual({ prefix: 3, suffix: 0 });
    expect(unchangedEnds('', 'new')).toEqual({ prefix: 0, suffix: 0 });
  });

  it('never cuts a surrogate pair in half', () => {
    // 😀 and 😃 share their high surrogate; the last two share only their low one: the pair stays whole either way.
    const { prefix } = unchangedEnds('x😀y', 'x😃y');
    expect(prefix).toBe(1);
    const { suffix } = unchangedEnds('a\uD83D\uDE80', 'b\uD83C\uDE80');
    expect(suffix).toBe(0);
  });

  it('what it calls unchanged is unchanged, for any edit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (head, cut, put, tail) => {
        const before = head + cut + tail;
        const after = head + put + tail;
        const { prefix, suffix } = unchangedEnds(before, after);
        expect(before.slice(0, prefix)).toBe(after.slice(0, prefix));
        expect(before.slice(before.length - suffix)).toBe(after.slice(after.length - suffix));
        expect(prefix + suffix).toBeLessThanOrEqual(Math.min(before.length, after.length));
        expect(prefix).toBeGreaterThanOrEqual(0);
        // Whole characters only.
        expect([...before.slice(0, prefix)].join('')).toBe(before.slice(0, prefix));
        expect(/^[\uDC00-\uDFFF]/.test(before.slice(before.length - suffix))).toBe(false);
      }),
    );
  });
});
