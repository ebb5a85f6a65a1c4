import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../shared/suggest/suggest.ts';
import { evaluate, loadSets, locate, overlapsEnough, sourceMatches, type LabelledSet } from './quality.ts';

const suggestion = (start: number, end: number, over: Partial<Suggestion> = {}): Suggestion => ({ start, end, quote: '', source: '', cue: '', kind: 'attributed', score: 0.6, ...over });

describe('suggestion quality measure', () => {
  it('counts a span right when the overlap is at least half of the shorter', () => {
    expect(overlapsEnough({ start: 0, end: 10 }, { start: 5, end: 40 })).toBe(true);
    expect(overlapsEnough({ start: 0, end: 10 }, { start: 6, end: 40 })).toBe(false);
    expect(overlapsEnough({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
  });

  it('compares sources after Arabic folding and case, one a run of whole words of the other', () => {
    expect(sourceMatches({ quote: '', kind: 'attributed', source: 'يوري أوشاكوف' }, 'يوري اوشاكوف، المستشار الدبلوماسي لبوتين')).toBe(true);
    expect(sourceMatches({ quote: '', kind: 'attributed', source: 'the Pentagon' }, 'Pentagon')).toBe(true);
    expect(sourceMatches({ quote: '', kind: 'attributed', source: 'وزارة الموارد المائية', sourceAlso: ['الوزارة'] }, 'الوزارة')).toBe(true);
    expect(sourceMatches({ quote: '', kind: 'attributed', source: 'وزارة الموارد المائية' }, 'الوزارة')).toBe(false);
    expect(sourceMatches({ quote: '', kind: 'attributed', source: 'Lee' }, 'Leeds council')).toBe(false);
  });

  it('matches each label and each suggestion once, by kind, and reports misses, extras and wrong sources', () => {
    const set: LabelledSet = {
      name: 't',
      lang: 'en',
      origin: '',
      paragraphs: ['aaaa bbbb cccc dddd'],
      labels: [
        { quote: 'aaaa', source: 'X', kind: 'attributed' },
        { quote: 'bbbb', source: 'Y', kind: 'attributed' },
        { quote: 'dddd', source: '', kind: 'factual' },
      ],
    };
    // One long suggestion over both attributed labels, one right kind on the wrong label, one factual on "cccc".
    const got = evaluate(set, [suggestion(0, 9, { source: 'X' }), suggestion(10, 14, { kind: 'factual' }), suggestion(15, 19, { source: 'Z' })]);
    expect(got.attributed).toMatchObject({ labels: 2, suggested: 2, matched: 1 });
    expect(got.factual).toMatchObject({ labels: 1, suggested: 1, matched: 0, precision: 0, recall: 0 });
    expect(got.missed.map((l) => l.quote).sort()).toEqual(['bbbb', 'dddd']);
    expect(got.sourceAccuracy).toBe(1);
  });

  it('refuses a label whose quote is not exactly once in the body', () => {
    const set: LabelledSet = { name: 't', lang: 'en', origin: '', paragraphs: ['aa bb aa'], labels: [{ quote: 'aa', source: '', kind: 'factual' }] };
    expect(() => locate(set)).toThrow(/exactly once/);
  });

  it('every shipped labelled set is well formed: quotes found once, sources on attributed labels only', () => {
    const sets = loadSets();
    expect(sets.length).toBeGreaterThanOrEqual(3);
    for (const set of sets) {
      const labels = locate(set);
      for (const l of labels) expect(l.kind === 'attributed' ? l.source !== '' : l.source === '', `${set.name}: ${l.quote}`).toBe(true);
    }
    expect(new Set(sets.map((s) => s.lang))).toEqual(new Set(['ar', 'en']));
  });
});
