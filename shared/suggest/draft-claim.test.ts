import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { draftClaim } from './draft-claim.ts';
import type { Suggestion } from './types.ts';

const base: Suggestion = { start: 10, end: 20, quote: '', source: '', cue: '', kind: 'attributed', score: 0.6 };

describe('draftClaim', () => {
  it('an attributed suggestion becomes an attributed claim naming its source, summarised by source and opening words', () => {
    const s = { ...base, quote: 'كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها', source: 'الدول الغربية', cue: 'وتزعم' };
    expect(draftClaim(s)).toEqual({
      start: 10,
      end: 20,
      status: 'attributed',
      attributedTo: 'الدول الغربية',
      summary: 'الدول الغربية: كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها',
    });
  });

  it('a factual statement has no source and starts unreviewed; a long quote is cut to its first words', () => {
    const quote = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const draft = draftClaim({ ...base, kind: 'factual', quote });
    expect(draft).toMatchObject({ status: 'unreviewed', attributedTo: '' });
    expect(draft.summary).toBe(`${quote.split(' ').slice(0, 12).join(' ')}…`);
  });

  it('stays within the limits the server enforces, cutting between code points', () => {
    const source = '😀'.repeat(LIMITS.attributedTo + 50);
    const quote = Array.from({ length: 12 }, () => 'ب'.repeat(60)).join(' ');
    const draft = draftClaim({ ...base, source, quote });
    expect([...draft.attributedTo]).toHaveLength(LIMITS.attributedTo);
    expect([...draft.summary].length).toBeLessThanOrEqual(LIMITS.summary);
    expect(draft.summary.endsWith('…')).toBe(true);
    expect(draft.summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
