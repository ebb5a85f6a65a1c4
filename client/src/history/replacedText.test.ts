import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { replacedTexts } from './replacedText.ts';

let n = 0;
const entry = (byId: string, action: HistoryEntry['action'], changes: HistoryEntry['changes']): HistoryEntry => ({
  id: `h${++n}`, articleId: 'a', claimId: 'c1', action, changes, by: byId, byId, at: new Date(Date.UTC(2024, 6, 4, 10, n)).toISOString(),
});

describe('replacedTexts: my text a colleague replaced', () => {
  const created = entry('u-layla', 'created', [{ field: 'status', from: null, to: 'unreviewed' }]);
  const mine = entry('u-layla', 'updated', [{ field: 'summary', from: '', to: 'أول زيارة منذ 24 عامًا' }]);
  const theirs = entry('u-omar', 'updated', [{ field: 'summary', from: 'أول زيارة منذ 24 عامًا', to: 'First visit in 24 years' }]);

  it('offers my replaced text back while their text is still the value', () => {
    const claim = { id: 'c1', summary: 'First visit in 24 years', attributedTo: '', note: '' };
    expect(replacedTexts([created, mine, theirs], 'u-layla', claim)).toEqual([{ entryId: theirs.id, field: 'summary', value: 'أول زيارة منذ 24 عامًا' }]);
  });

  it('offers nothing to the colleague who replaced it, nor once the value changed again', () => {
    const claim = { id: 'c1', summary: 'First visit in 24 years', attributedTo: '', note: '' };
    expect(replacedTexts([created, mine, theirs], 'u-omar', claim)).toEqual([]);
    expect(replacedTexts([created, mine, theirs], 'u-layla', { ...claim, summary: 'something else' })).toEqual([]);
    const restored = entry('u-layla', 'updated', [{ field: 'summary', from: 'First visit in 24 years', to: 'أول زيارة منذ 24 عامًا' }]);
    expect(replacedTexts([created, mine, theirs, restored], 'u-layla', { ...claim, summary: 'أول زيارة منذ 24 عامًا' })).toEqual([]);
  });

  it('does not offer text that was not mine', () => {
    const other = entry('u-rania', 'updated', [{ field: 'note', from: '', to: 'check the source' }]);
    const replaced = entry('u-omar', 'updated', [{ field: 'note', from: 'check the source', to: 'done' }]);
    expect(replacedTexts([created, other, replaced], 'u-layla', { id: 'c1', summary: '', attributedTo: '', note: 'done' })).toEqual([]);
  });
});
