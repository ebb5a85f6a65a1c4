// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { ClaimHistory } from '../history/ClaimHistory.tsx';
import { peopleFrom } from '../state/usePeople.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { makeClaim } from '../test/fixtures.ts';
import { ClaimEditor } from './ClaimEditor.tsx';

afterEach(cleanup);

const people = peopleFrom([
  { id: 'u-omar', name: 'Omar', role: 'reviewer', active: true },
  { id: 'u-layla', name: 'Layla', role: 'editor', active: true },
]);
const at = (m: number) => new Date(Date.UTC(2024, 6, 4, 10, m)).toISOString();

function parked(claim: Claim, changes: object, baseVersion: number, current: Claim): ParkedConflict {
  return {
    entry: { opId: 'op-1', op: { event: 'claim:update', payload: { id: claim.id, changes, baseVersion, opId: 'op-1' } }, claimId: claim.id, base: { seen: baseVersion, effective: baseVersion }, attempts: 0, createdAt: claim.createdAt },
    current,
  };
}

describe('"Keep mine" tells the colleague whose text it replaces', () => {
  it('resolves the conflict and posts a comment mentioning them, with their text', async () => {
    const claim = { ...makeClaim('قال البنتاغون'), version: 1 };
    const theirs: Claim = { ...claim, summary: 'البنتاغون يتهم موسكو', version: 2, fieldVersions: { ...claim.fieldVersions, summary: 2 } };
    const history: HistoryEntry[] = [
      { id: 'h2', articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'summary', from: '', to: theirs.summary }], by: 'Omar', byId: 'u-omar', at: at(2) },
    ];
    const onResolveConflict = vi.fn();
    const onNotify = vi.fn();
    render(
      <ClaimEditor claim={theirs} canEdit canDelete onUpdate={vi.fn()} onDelete={vi.fn()} people={people} history={history} draftOwner="u-layla"
        conflicts={[parked(claim, { summary: 'My summary' }, 1, theirs)]} onResolveConflict={onResolveConflict} onNotify={onNotify} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onResolveConflict).toHaveBeenCalledWith('op-1', 'mine');
    expect(onNotify).toHaveBeenCalledTimes(1);
    expect(onNotify.mock.calls[0]![0]).toMatch(/^@Omar /);
    expect(onNotify.mock.calls[0]![0]).toContain('«البنتاغون يتهم موسكو»');
  });

  it('"Use theirs" tells no one', async () => {
    const claim = { ...makeClaim('موسكو استخدمت'), version: 1 };
    const theirs: Claim = { ...claim, summary: 'theirs', version: 2 };
    const history: HistoryEntry[] = [{ id: 'h2', articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'summary', from: '', to: 'theirs' }], by: 'Omar', byId: 'u-omar', at: at(2) }];
    const onNotify = vi.fn();
    render(<ClaimEditor claim={theirs} canEdit canDelete onUpdate={vi.fn()} onDelete={vi.fn()} people={people} history={history} draftOwner="u-layla"
      conflicts={[parked(claim, { summary: 'mine' }, 1, theirs)]} onResolveConflict={vi.fn()} onNotify={onNotify} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(onNotify).not.toHaveBeenCalled();
  });

  it('the replaced colleague restores their text from the history with one click', async () => {
    const claim: Claim = { ...makeClaim('صواريخ باليستية'), summary: 'Layla kept this' };
    const entries: HistoryEntry[] = [
      { id: 'h1', articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'summary', from: '', to: 'نص عمر' }], by: 'Omar', byId: 'u-omar', at: at(1) },
      { id: 'h2', articleId: claim.articleId, claimId: claim.id, action: 'updated', changes: [{ field: 'summary', from: 'نص عمر', to: 'Layla kept this' }], by: 'Layla', byId: 'u-layla', at: at(2) },
    ];
    const onRestore = vi.fn();
    render(<ClaimHistory history={{ entries, error: null, loading: false }} nameOf={people.nameOf} restoreText={{ meId: 'u-omar', claim, onRestore }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Restore my text' }));
    expect(onRestore).toHaveBeenCalledWith('summary', 'نص عمر');
  });
});
