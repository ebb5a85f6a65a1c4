import { describe, expect, it } from 'vitest';
import { can, ROLES } from '../domain/roles.ts';
import { sourceKey, sourceSpelling } from './source-key.ts';
import { canonicalKey, groupSources, type SourceMerge } from './merges.ts';
import { planMerge, planUnmerge } from './merge-plan.ts';
import { suggestMerges } from './suggest-merges.ts';
import { emptyTally, type SourceTally } from './tally.ts';

const who = { by: 'Mona', byId: 'u1', at: '2026-01-01T00:00:00.000Z' };

function tally(spelling: string, counts: Partial<SourceTally['byStatus']>): SourceTally {
  const t = emptyTally(sourceKey(spelling));
  Object.assign(t.byStatus, counts);
  t.claims = Object.values(t.byStatus).reduce((a, b) => a + b, 0);
  t.spellings[spelling] = t.claims;
  return t;
}

const KREMLIN = sourceKey('الكرملين');
const KREMLIN2 = sourceKey('الكريملين');
const WASHINGTON = sourceKey('واشنطن');
const US = sourceKey('الولايات المتحدة');

function workspace() {
  const tallies = [tally('الكرملين', { attributed: 2, disputed: 1 }), tally('الكريملين', { verified: 1 }), tally('واشنطن', { attributed: 1 }), tally('الولايات المتحدة', { disputed: 2 })];
  return new Map(tallies.map((t) => [t.key, t]));
}

function applied(merges: Map<string, SourceMerge>, plan: ReturnType<typeof planMerge>): Map<string, SourceMerge> {
  if (!plan.ok) throw new Error(`refused: ${plan.code}`);
  const next = new Map(merges);
  for (const k of plan.remove) next.delete(k);
  for (const [k, v] of plan.put) next.set(k, v);
  return next;
}

describe('source keys', () => {
  it('make spellings that differ only in diacritics, hamza, ة/ه, ى/ي, tatweel, digits, case and spaces one source', () => {
    expect(sourceKey('الكرملينَ')).toBe(KREMLIN);
    expect(sourceKey('  الكـــرملين ')).toBe(KREMLIN);
    expect(sourceKey('وزارة الدفاع')).toBe(sourceKey('وزاره  الدفاع'));
    expect(sourceKey('مصطفى')).toBe(sourceKey('مصطفي'));
    expect(sourceKey('أمريكا')).toBe(sourceKey('امريكا'));
    expect(sourceKey('قمة ٢٠٢٤')).toBe(sourceKey('قمة 2024'));
    expect(sourceKey('The Kremlin')).toBe(sourceKey('the  KREMLIN'));
  });

  it('keep spellings that differ in letters apart, and give no key to an empty source', () => {
    expect(KREMLIN2).not.toBe(KREMLIN);
    expect(WASHINGTON).not.toBe(US);
    expect(sourceKey('   ')).toBe('');
    expect(sourceSpelling('  the   Pentagon ')).toBe('the Pentagon');
  });
});

describe('merging sources', () => {
  it('counts merged spellings as one source under the chosen name, and only those', () => {
    const merges = applied(new Map(), planMerge(new Map(), workspace(), { into: KREMLIN, from: [KREMLIN2] }, who));
    const views = groupSources(workspace().values(), merges);
    const kremlin = views.find((v) => v.key === KREMLIN)!;
    expect(kremlin).toMatchObject({ name: 'الكرملين', claims: 4, byStatus: { attributed: 2, verified: 1, disputed: 1, unreviewed: 0 }, keys: [KREMLIN, KREMLIN2] });
    expect(kremlin.spellings).toEqual(['الكرملين', 'الكريملين']);
    expect(kremlin.merged).toEqual([{ key: KREMLIN2, ...who }]);
    expect(views.map((v) => v.key).sort()).toEqual([KREMLIN, US, WASHINGTON].sort());
    expect(canonicalKey(merges, KREMLIN2)).toBe(KREMLIN);
    expect(canonicalKey(merges, WASHINGTON)).toBe(WASHINGTON);
  });

  it('takes the canonical spelling the editor chooses, and refuses one no claim uses', () => {
    const merges = applied(new Map(), planMerge(new Map(), workspace(), { into: KREMLIN, from: [KREMLIN2], name: 'الكريملين' }, who));
    expect(groupSources(workspace().values(), merges).find((v) => v.key === KREMLIN)!.name).toBe('الكريملين');
    expect(planMerge(new Map(), workspace(), { into: KREMLIN, from: [KREMLIN2], name: 'Kremlin' }, who)).toEqual({ ok: false, code: 'invalid_payload', field: 'name' });
  });

  it('refuses merging into itself, unknown keys, cycles and moving an alias out of its group', () => {
    const t = workspace();
    expect(planMerge(new Map(), t, { into: KREMLIN, from: [KREMLIN] }, who)).toMatchObject({ ok: false, code: 'merge_self' });
    expect(planMerge(new Map(), t, { into: KREMLIN, from: [] }, who)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(planMerge(new Map(), t, { into: 'nobody', from: [KREMLIN] }, who)).toMatchObject({ ok: false, code: 'not_found', field: 'into' });
    expect(planMerge(new Map(), t, { into: KREMLIN, from: ['nobody'] }, who)).toMatchObject({ ok: false, code: 'not_found', field: 'from' });
    const merges = applied(new Map(), planMerge(new Map(), t, { into: KREMLIN, from: [KREMLIN2] }, who));
    expect(planMerge(merges, t, { into: KREMLIN2, from: [KREMLIN] }, who)).toMatchObject({ ok: false, code: 'merge_cycle', field: 'into' });
    expect(planMerge(merges, t, { into: WASHINGTON, from: [KREMLIN2] }, who)).toMatchObject({ ok: false, code: 'merge_cycle', field: 'from' });
  });

  it('brings a merged group along when its canonical key is merged in, so no chain forms', () => {
    const t = workspace();
    let merges = applied(new Map(), planMerge(new Map(), t, { into: US, from: [WASHINGTON] }, who));
    merges = applied(merges, planMerge(merges, t, { into: KREMLIN, from: [US] }, { ...who, at: '2026-01-02T00:00:00.000Z' }));
    expect([...merges].map(([k, m]) => [k, m.into]).sort()).toEqual([[US, KREMLIN], [WASHINGTON, KREMLIN]].sort());
    expect(groupSources(t.values(), merges)).toHaveLength(2);
  });

  it('undoes one alias, or a whole group by its canonical key, and refuses a key in no merge', () => {
    const t = workspace();
    let merges = applied(new Map(), planMerge(new Map(), t, { into: KREMLIN, from: [KREMLIN2, WASHINGTON] }, who));
    expect(applied(merges, planUnmerge(merges, KREMLIN2)).has(WASHINGTON)).toBe(true);
    merges = applied(merges, planUnmerge(merges, KREMLIN));
    expect(merges.size).toBe(0);
    expect(groupSources(t.values(), merges)).toHaveLength(4);
    expect(planUnmerge(merges, US)).toEqual({ ok: false, code: 'not_found' });
  });
});

describe('merge suggestions', () => {
  it('suggest lookalike spellings but never different names of one government', () => {
    const suggestions = suggestMerges(groupSources(workspace().values(), new Map()));
    expect(suggestions).toEqual([{ keys: [KREMLIN, KREMLIN2], similarity: expect.closeTo(0.889, 3) }]);
  });

  it('leave out sources already merged together', () => {
    const merges = applied(new Map(), planMerge(new Map(), workspace(), { into: KREMLIN, from: [KREMLIN2] }, who));
    expect(suggestMerges(groupSources(workspace().values(), merges))).toEqual([]);
  });
});

describe('who may merge sources', () => {
  it('is editors and admins; everyone who reads sees the Sources view', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, [can(r, 'article:read'), can(r, 'sources:merge')]]))).toEqual({
      admin: [true, true],
      editor: [true, true],
      reviewer: [true, false],
      viewer: [true, false],
    });
  });
});
